// Python waits for the first page: fetching its 20 MB and starting the sandbox's process and
// compile while the app loads and renders held the lesson's text back by about 350 ms on two
// cores and a local network (bench/startup-ab.mjs), and far more on a room's shared Wi-Fi, where
// the app's own small files would queue behind Python's. So index.html starts Python once the app
// says its first page is on screen, or a second after navigation at the latest (a page that never
// says so still gets Python).
export const FIRST_PAGE_EVENT = "course:first-page";
const LATEST_MS = 1000;

/** Resolves when the app has shown its first page, or at the latest a second after navigation. */
export function firstPageShown(): Promise<void> {
  return new Promise((resolve) => {
    addEventListener(FIRST_PAGE_EVENT, () => resolve(), { once: true });
    setTimeout(resolve, Math.max(0, LATEST_MS - performance.now()));
  });
}

/** Said by the app once its first page has been painted. */
export function announceFirstPage() {
  requestAnimationFrame(() => setTimeout(() => dispatchEvent(new Event(FIRST_PAGE_EVENT))));
}
