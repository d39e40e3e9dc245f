// Entry: sets up the Python runtime first (adopting the worker index.html started, or starting
// one), from a tiny chunk, so Pyodide loads while the app's larger bundle is still arriving; then
// renders the app. The learner's language's text, and on a lesson's address the lesson, are
// fetched alongside the app, not after it.
import "./runtime";
import { preloadLesson } from "./app/preloadLesson";
import { detectLanguage } from "./i18n/detect";
import { loadMessages } from "./i18n/messages";

loadMessages(detectLanguage()).catch(() => undefined); // the app's own load of it reports a failure
void import("./app/start");
preloadLesson(location.pathname);
