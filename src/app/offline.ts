// Registers the service worker once Python has been ready and idle for a few seconds, so
// precaching (some 25 MB read and written) never competes with the start or a learner's first Run.
import { registerSW } from "virtual:pwa-register";
import { runtime } from "../runtime";

const QUIET_MS = 3000;

export function registerOfflineSupport() {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = runtime.subscribe(decide);
  function decide() {
    clearTimeout(timer);
    if (runtime.getStatus() !== "ready") return;
    timer = setTimeout(() => {
      unsubscribe();
      void registerSW({ immediate: true });
    }, QUIET_MS);
  }
  decide();
}
