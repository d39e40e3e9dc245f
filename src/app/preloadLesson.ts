// On a lesson's address the entry starts loading the lesson page's code and the lesson's text
// with the app, instead of once the app has run and its router has matched the address. The app
// waits for both, a little while, and renders the lesson in one go (see router.tsx).
import type { ComponentType } from "react";
import { BASENAME } from "./basename";

let preloaded: Promise<ComponentType | undefined> = Promise.resolve(undefined);

export function preloadLesson(pathname: string): void {
  // The router's "/lessons/:slug" (paths.lesson), matched without loading the router.
  const match = pathname.startsWith(BASENAME) ? /^\/lessons\/([^/]+)\/?$/.exec(pathname.slice(BASENAME.length)) : null;
  if (!match?.[1]) return;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return; // a malformed address: the router says the page is not found
  }
  const page = import("./LessonPage").then((module) => module.default);
  const text = import("../course/course").then(({ course }) => course.load(slug) ?? Promise.reject(new Error("no such lesson")));
  // A failure (or a slug the course lacks) leaves the page to the router, which shows it.
  preloaded = Promise.all([page, text]).then(
    ([Page]) => Page,
    () => undefined,
  );
}

// On a slow network the layout and a loading note show after this long, as on other pages, and the
// lesson follows when it has loaded.
const WAIT_MS = 250;

/** The lesson page, once it and the lesson's text have loaded; undefined on any other address, or
 * if they take longer than WAIT_MS from now. */
export function preloadedLesson(): Promise<ComponentType | undefined> {
  return Promise.race([preloaded, new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_MS))]);
}
