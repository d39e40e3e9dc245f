// Turns the validated course source into what the browser receives: markdown compiled to hast
// trees once at build time (so no markdown parser ships to learners), and a small index of every
// lesson apart from each lesson's full text and code.
import type { Root } from "hast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { CourseSource, GlossaryContent, GlossaryEntry, Lesson, LessonReview, LessonSource, LessonSummary, LessonText, LessonSourceText } from "../../src/course/types";
import type { GlossaryCourseSource } from "../../src/course/glossaryLoader";
import { LANGUAGES, type Language } from "../../src/course/languages";
import { CourseError } from "../../src/course/loader";
import { joinJapaneseLines } from "./japanese-lines";
import { linkTerms, plainText, termsInText } from "./link-terms";

// Raw HTML is refused below; remark-rehype without allowDangerousHtml would drop it anyway.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
const SAFE_URL = /^(https?:|mailto:|\/|#)/i;

function findHtml(node: { type: string; value?: unknown; children?: unknown[] }): string | undefined {
  if (node.type === "html") return String(node.value);
  for (const child of node.children ?? []) {
    const found = findHtml(child as typeof node);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Markdown to a hast tree without source positions, which the browser does not need. */
export function compileMarkdown(markdown: string): Root {
  const source = processor.parse(markdown);
  // Learners would never see it: say so to the author rather than drop it silently.
  const html = findHtml(source);
  if (html !== undefined) throw new Error(`raw HTML ${JSON.stringify(html.slice(0, 40))} is not shown: write it in markdown`);
  joinJapaneseLines(source);
  const tree = processor.runSync(source);
  return JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => {
      if (key === "position") return undefined;
      // Course links are to pages of the course or the web, never scripts.
      if ((key === "href" || key === "src") && typeof value === "string" && !SAFE_URL.test(value)) {
        throw new Error(`link "${value}" must start with https:, http:, mailto:, / or #`);
      }
      return value;
    }),
  ) as Root;
}

function compileText(folder: string, lang: Language, text: LessonSourceText): LessonText {
  // Errors name the file and field, like the loader's.
  const md = (file: string, field: string, markdown: string) => {
    try {
      return compileMarkdown(markdown);
    } catch (error) {
      throw new CourseError([`lessons/${folder}/${file}.${lang}.${file === "communication" ? "yaml" : "md"}: ${field}: ${(error as Error).message}`]);
    }
  };
  const { sections, hints, communication } = text;
  return {
    title: text.title,
    summary: text.summary,
    sections: {
      what: md("lesson", "sections.What", sections.what),
      why: md("lesson", "sections.Why", sections.why),
      how: md("lesson", "sections.How", sections.how),
    },
    terms: [],
    hints: hints.map((hint, i) => md("hints", `hints.${i}`, hint)),
    communication: {
      ...communication,
      situation: md("communication", "situation", communication.situation),
      examples: communication.examples.map((example, i) => ({ ...example, request: md("communication", `examples.${i}.request`, example.request) })),
    },
  };
}

/** Reviews by lesson folder, as scripts/lib/review-build.ts makes them. */
export type CompiledReviews = Record<string, LessonReview>;

export function compileLesson(lesson: LessonSource, review?: LessonReview): Lesson {
  const text = Object.fromEntries(LANGUAGES.map((lang) => [lang, compileText(lesson.folder, lang, lesson.text[lang])])) as Lesson["text"];
  // The review's source (YAML and Python) stays at build time; the page gets the compiled review.
  const compiled: Omit<LessonSource, "text"> & { text: Lesson["text"] } = { ...lesson, text };
  delete compiled.review;
  return review ? { ...(compiled as Lesson), review } : (compiled as Lesson);
}

export function summarize(lesson: LessonSource, review?: LessonReview): LessonSummary {
  const { folder, order, slug, minutes, roles, reads, writes, starter } = lesson;
  const text = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, { title: lesson.text[lang].title, summary: lesson.text[lang].summary }]),
  ) as LessonSummary["text"];
  const summary: LessonSummary = { folder, order, slug, minutes, roles, reads, writes, starter, text };
  return review ? { ...summary, review: { reviewer: review.reviewer, questions: review.questions } } : summary;
}

/** The lesson's sections with glossary terms linked, each once at its first use in the lesson
 * (done here, so the page neither waits for the glossary nor spends its first moments on it). */
function withTerms(text: LessonText, entries: GlossaryEntry[], lang: Language): LessonText {
  const { what, why, how } = text.sections;
  const linked = linkTerms({ type: "root", children: [...what.children, ...why.children, ...how.children] }, entries, lang).children;
  const [whyStart, howStart] = [what.children.length, what.children.length + why.children.length];
  return {
    ...text,
    sections: {
      what: { ...what, children: linked.slice(0, whyStart) },
      why: { ...why, children: linked.slice(whyStart, howStart) },
      how: { ...how, children: linked.slice(howStart) },
    },
    terms: termsInText(entries, [what, why, how].map(plainText).join(" "), lang).map((entry) => entry.id),
  };
}

export function compileCourse(course: CourseSource, reviews: CompiledReviews = {}, glossary?: GlossaryContent) {
  const own = (folder: string) => (Object.hasOwn(reviews, folder) ? reviews[folder] : undefined);
  const lessons = course.lessons.map((lesson) => compileLesson(lesson, own(lesson.folder)));
  return {
    index: course.lessons.map((lesson) => summarize(lesson, own(lesson.folder))),
    lessons: glossary
      ? lessons.map((lesson) => ({
          ...lesson,
          text: Object.fromEntries(LANGUAGES.map((lang) => [lang, withTerms(lesson.text[lang], glossary.glossary[lang], lang)])) as Lesson["text"],
        }))
      : lessons,
  };
}

/** The glossary and further reading with their markdown compiled, like the lessons' text. */
export function compileGlossary(source: GlossaryCourseSource): GlossaryContent {
  const md = (file: string, field: string, markdown: string) => {
    try {
      return compileMarkdown(markdown);
    } catch (error) {
      throw new CourseError([`lessons/glossary/${file}: ${field}: ${(error as Error).message}`]);
    }
  };
  const byLang = <T, U>(record: Record<Language, T[]>, map: (entry: T, lang: Language, i: number) => U) =>
    Object.fromEntries(LANGUAGES.map((lang) => [lang, record[lang].map((entry, i) => map(entry, lang, i))])) as Record<Language, U[]>;
  return {
    glossary: byLang(source.glossary, (entry, lang, i) => ({ ...entry, definition: md(`glossary.${lang}.yaml`, `${i}.definition`, entry.definition) })),
    reading: byLang(source.reading, (entry, lang, i) => ({ ...entry, note: md(`reading.${lang}.yaml`, `${i}.note`, entry.note) })),
  };
}
