// The validated course, built from the lesson folders bundled by Vite.
import { loadCourse, type LessonFiles } from "./loader";

const raw = import.meta.glob<string>(
  ["/lessons/*/*.md", "/lessons/*/*.yaml", "/lessons/*/*.py"],
  { query: "?raw", import: "default", eager: true },
);

const files: LessonFiles = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace(/^\/lessons\//, ""), text]),
);

export const course = loadCourse(files);

export function findLesson(slug: string) {
  return course.lessons.find((lesson) => lesson.slug === slug);
}
