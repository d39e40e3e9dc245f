// The course in its two forms: the source the loader validates from lessons/, and the compiled
// form the app receives, where markdown is already a syntax tree and each lesson loads on demand.
import type { Root } from "hast";
import type { CheckCatalog } from "./catalog";
import type { Language } from "./languages";
import type { Communication, ExampleRequest, Frontmatter } from "./schema";

export interface Sections<T> {
  what: T;
  why: T;
  how: T;
}

/** What the home page, navigation and the workshop need of a lesson: it ships with the app. */
export interface LessonSummary {
  folder: string;
  order: number;
  slug: string;
  minutes: number;
  roles: Frontmatter["roles"];
  reads: string[];
  writes: string[];
  /** Shipped with the index: a lesson's status tells started from untouched by comparing with it.
   * One per language (its comments and printed lines are translated); the logic is the same. */
  starter: Record<Language, string>;
  text: Record<Language, { title: string; summary: string }>;
}

export interface CourseIndex {
  lessons: LessonSummary[];
}

export interface Course extends CourseIndex {
  /** The lesson's full text and code, loaded on demand; undefined for a slug the course lacks. */
  load(slug: string): Promise<Lesson> | undefined;
  /** The lesson if it has already loaded, so a page can show it without waiting a render. */
  loaded(slug: string): Lesson | undefined;
}

/** One lesson's text as the loader reads it: markdown strings. */
export interface LessonSourceText {
  title: string;
  summary: string;
  sections: Sections<string>;
  hints: string[];
  communication: Communication;
}

export interface LessonSource extends Omit<LessonSummary, "text"> {
  solution: Record<Language, string>;
  check: string;
  /** Titles and feedback of check.py, per language (checks.LANG.yaml). */
  checks: Record<Language, CheckCatalog>;
  text: Record<Language, LessonSourceText>;
}

export interface CourseSource {
  lessons: LessonSource[];
}

/** Markdown compiled at build time (HTML in the source is dropped), rendered by RichText. */
export type RichTextTree = Root;

export interface LessonText {
  title: string;
  summary: string;
  sections: Sections<RichTextTree>;
  hints: RichTextTree[];
  communication: Omit<Communication, "situation" | "examples"> & {
    situation: RichTextTree;
    examples: (Omit<ExampleRequest, "request"> & { request: RichTextTree })[];
  };
}

/** A whole lesson as its page needs it, loaded with its own chunk. */
export interface Lesson extends Omit<LessonSource, "text"> {
  text: Record<Language, LessonText>;
}

/** The glossary and further reading as the app receives them (compiled from lessons/glossary/). */
export interface GlossaryEntry {
  id: string;
  term: string;
  match: string[];
  definition: RichTextTree;
}
export interface ReadingEntry {
  id: string;
  lessons: string[];
  title: string;
  by: string;
  published: string;
  note: RichTextTree;
  url?: string;
}
export interface GlossaryContent {
  glossary: Record<Language, GlossaryEntry[]>;
  reading: Record<Language, ReadingEntry[]>;
}
