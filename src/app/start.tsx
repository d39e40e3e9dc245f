// Renders the app; loaded by the entry right after it has started the Python worker. On a lesson's
// address it renders once the lesson has loaded (preloadLesson.ts), the whole page in one go.
import "../i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { createAppRouter } from "./router";
import { registerOfflineSupport } from "./offline";
import { preloadedLesson } from "./preloadLesson";
import "./styles.css";

const router = createAppRouter(await preloadedLesson());
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
registerOfflineSupport();
