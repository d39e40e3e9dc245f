// Clearing all data also removes what the course keeps for working offline: its service worker,
// its Cache Storage (Workbox's precache of the app, the decompressed Python snapshot) and the note
// that the snapshot was kept. A later visit registers and fills them again.
import { SNAPSHOT_CACHE_NAME, SNAPSHOT_KEPT_KEY } from "../../runtime";

/** Where the course's service worker works: Workbox names its precache after it. */
const scope = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

const ours = (name: string, at: string) => name === SNAPSHOT_CACHE_NAME || (name.startsWith("workbox-") && name.endsWith(at));

/** Never throws: a browser without service workers or Cache Storage has nothing to clear. */
export async function clearOfflineCopies(): Promise<void> {
  const at = scope();
  try {
    const registration = await navigator.serviceWorker?.getRegistration(at);
    await registration?.unregister();
  } catch {
    // Nothing registered, or the browser forbids it here.
  }
  try {
    for (const name of await caches.keys()) if (ours(name, at)) await caches.delete(name);
  } catch {
    // No Cache Storage in this context.
  }
  try {
    localStorage.removeItem(SNAPSHOT_KEPT_KEY);
  } catch {
    // No localStorage: no hint was kept.
  }
}
