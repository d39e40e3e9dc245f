// index.html's inline script (built by scripts/vite-plugin-python.ts): sets up Python's session
// before any of the app's code has arrived; it fetches Python's files and starts the sandbox once
// the first page shows (firstPage.ts), or a second after navigation if the app never says so.
import * as urls from "virtual:python-assets";
import { firstPageShown } from "./firstPage";
import { startSession, type Session } from "./session";

declare global {
  interface Window {
    /** The sandbox index.html started; the runtime takes it once (host.ts). */
    coursePython?: Session;
  }
}

try {
  window.coursePython = startSession(urls, urls.frameHTML, firstPageShown());
} catch {
  // The runtime starts its own sandbox.
}
