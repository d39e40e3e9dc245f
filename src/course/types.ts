// The course as the app sees it, after the loader has validated every lesson folder.
import type { Communication, Frontmatter, Language } from "./schema";

export interface LessonSections {
  what: string;
  why: string;
  how: string;
}

export interface LessonText {
  title: string;
  summary: string;
  sections: LessonSections;
  hints: string[];
  communication: Communication;
}

export interface Lesson {
  folder: string;
  order: number;
  slug: string;
  minutes: number;
  roles: Frontmatter["roles"];
  reads: string[];
  writes: string[];
  starter: string;
  solution: string;
  check: string;
  text: Record<Language, LessonText>;
}

export interface Course {
  lessons: Lesson[];
}
