// The sandbox frame waits for the first page: starting its process and compiling Python while the
// app renders held the lesson's text back by about 160 ms on two cores (bench/startup-ab.mjs), so
// index.html fetches Python's files at once but adds the frame only once the app says its first
// page is on screen, or after a second at the latest (a page that never says so still gets Python).
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
