// index.html's inline script (built by scripts/vite-plugin-python.ts): starts the sandbox and
// Python's downloads while the page is still parsing, before any of the app's code has arrived.
import * as urls from "virtual:python-assets";
import { startSession, type Session } from "./session";

declare global {
  interface Window {
    /** The sandbox index.html started; the runtime takes it once (host.ts). */
    coursePython?: Session;
  }
}

try {
  window.coursePython = startSession(urls, urls.frameHTML);
} catch {
  // The runtime starts its own sandbox.
}
