// Renders the app; loaded by the entry right after it has started the Python worker.
import "../i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { registerOfflineSupport } from "./offline";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerOfflineSupport();
