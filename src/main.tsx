// Entry: starts the Python runtime at once (so it is warm by the first Run), then renders the app.
import "./runtime";
import "./i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { registerOfflineSupport } from "./app/offline";
import "./app/styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerOfflineSupport();
