// The course in its two forms: the source the loader validates from lessons/, and the compiled
// form the app receives, where markdown is already a syntax tree and each lesson loads on demand.
import type { Root } from "hast";
import type { CheckCatalog } from "./catalog";
import type { Language } from "./languages";
import type { RequestKind, RoleId } from "./roles";
import type { Communication, ExampleRequest, Frontmatter } from "./schema";
import type { ReviewSource } from "./reviewSchema";

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
  /** The review exercise's questions, when the lesson has one (lessons 01-06). */
  review?: ReviewSummary;
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

/** A lesson's review as the loader reads it: review.LANG.yaml and review.py resolved per language. */
export interface ReviewSourceFiles {
  text: Record<Language, ReviewSource>;
  python: Record<Language, string>;
}

export interface LessonSource extends Omit<LessonSummary, "text" | "review"> {
  solution: Record<Language, string>;
  review?: ReviewSourceFiles;
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
  /** Glossary terms are linked at their first use in the sections at build time. */
  sections: Sections<RichTextTree>;
  /** Ids of the glossary entries the sections use, in the glossary's order. */
  terms: string[];
  hints: RichTextTree[];
  communication: Omit<Communication, "situation" | "examples"> & {
    situation: RichTextTree;
    examples: (Omit<ExampleRequest, "request"> & { request: RichTextTree })[];
  };
}

/** A whole lesson as its page needs it, loaded with its own chunk. */
export interface Lesson extends Omit<LessonSource, "text" | "review"> {
  text: Record<Language, LessonText>;
  review?: LessonReview;
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

/** The right answer of a review question, computed by the lesson's review.py from the artifact. */
export type ReviewAnswer =
  | { kind: "number"; value: number; tolerance: number; typical: Record<string, number> }
  | { kind: "choice" | "next-request"; option: string }
  | { kind: "findings"; options: string[] }
  | { kind: "decision"; option: string; evidence: string[] };

/** A block of the artifact's view: display() bundles, key figures and headings. */
export type ReviewBlock =
  | { type: "text"; text: string }
  | { type: "table"; columns: string[]; rows: (string | number | boolean | null)[][]; total: number }
  | { type: "vega-lite"; spec: Record<string, unknown> }
  | { type: "heading"; text: string }
  | { type: "figures"; items: { label: string; value: string; highlight: boolean }[] };

export interface ReviewOption {
  id: string;
  text: RichTextTree;
  feedback: RichTextTree;
  /** next-request options: whom to ask, and the kind of request. */
  role?: RoleId;
  kind?: RequestKind;
}

export interface ReviewQuestion {
  id: string;
  kind: ReviewAnswer["kind"];
  prompt: RichTextTree;
  explanation: RichTextTree;
  unit?: string;
  wrong?: RichTextTree;
  typical?: Record<string, RichTextTree>;
  options?: ReviewOption[];
  evidence?: ReviewOption[];
}

export interface ReviewText {
  name: string;
  title: string;
  intro: RichTextTree;
  questions: ReviewQuestion[];
  /** The artifact as a person reads it, made by review.py's view() in this language. */
  view: ReviewBlock[];
}

/** What the home page needs to tell whether a lesson's review is done without loading it. */
export interface ReviewSummary {
  reviewer: RoleId;
  /** Question id -> a hash of its right answer: an answer given before the answer changed does not count. */
  questions: { id: string; version: string }[];
}

/** A lesson's review exercise as its page needs it, compiled at build time. */
export interface LessonReview extends ReviewSummary {
  program: string;
  answers: Record<string, ReviewAnswer>;
  /** The files under review (`shows`), as the program wrote them. */
  files: Record<string, string>;
  text: Record<Language, ReviewText>;
}
