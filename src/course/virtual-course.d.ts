// The compiled course, served by scripts/vite-plugin-lessons.ts.
declare module "virtual:course" {
  export const lessons: import("./types").LessonSummary[];
  export const lessonModules: Record<string, () => Promise<{ default: import("./types").Lesson }>>;
}

declare module "virtual:course/glossary" {
  const content: import("./types").GlossaryContent;
  export default content;
}
