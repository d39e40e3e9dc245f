// Registers the service worker once Python is ready, so precaching never competes with start-up.
import { registerSW } from "virtual:pwa-register";
import { runtime } from "../runtime";

export function registerOfflineSupport() {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const register = () => void registerSW({ immediate: true });
  if (runtime.getStatus() === "ready") return register();
  const unsubscribe = runtime.subscribe(() => {
    if (runtime.getStatus() !== "ready") return;
    unsubscribe();
    register();
  });
}
