// The course as the app uses it: every lesson's summary at once, a lesson's full text on demand.
import { lessonModules, lessons } from "virtual:course";
import type { Course, GlossaryContent, Lesson, LessonSummary } from "./types";

const loading = new Map<string, Promise<Lesson>>();
const loadedLessons = new Map<string, Lesson>();

/** The same promise for a slug every time, so React's `use` can wait on it across renders. */
function load(slug: string): Promise<Lesson> | undefined {
  const importModule = lessonModules[slug];
  if (!importModule) return undefined;
  let promise = loading.get(slug);
  if (!promise) {
    promise = importModule().then((module) => {
      loadedLessons.set(slug, module.default);
      return module.default;
    });
    // A failure stays: the page shows it with a Try again that reloads (retrying here would make
    // `use` suspend again and again). The handler only marks the rejection as seen.
    promise.catch(() => undefined);
    loading.set(slug, promise);
  }
  return promise;
}

export const course: Course = { lessons, load, loaded: (slug) => loadedLessons.get(slug) };

export function findLesson(slug: string): LessonSummary | undefined {
  return course.lessons.find((lesson) => lesson.slug === slug);
}

let glossary: Promise<GlossaryContent> | undefined;

/** The glossary and further reading, loaded with their own chunk the first time they are needed. */
export function loadGlossary(): Promise<GlossaryContent> {
  glossary ??= import("virtual:course/glossary").then((module) => module.default);
  return glossary;
}
