// The learner's portfolio as Markdown: the project's summary, then per lesson in course order,
// their code, checks and requests; dates as a reader writes them, not as ISO timestamps.
import type { TFunction } from "i18next";
import type { Language } from "../../course/languages";
import type { CourseIndex } from "../../course/types";
import { draftsMarkdown } from "../../exercises/draftsMarkdown";
import type { LessonProgress, Progress } from "../../progress/model";
import type { Part } from "../summary/projectSummary";

const readable = (iso: string, lang: Language) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(date);
};

/** A fence longer than any run of backticks inside, so the learner's text cannot close it early. */
export function fenced(text: string, info = "") {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.replace(/\n$/, "")}\n${fence}`;
}

function lessonMarkdown(title: string, lesson: LessonProgress, t: TFunction, lang: Language): string {
  const parts = [`## ${title}`, `### ${t("myData.code")}`, lesson.code?.trim() ? fenced(lesson.code, "python") : t("myData.noCode")];
  parts.push(`### ${t("myData.checks")}`);
  if (lesson.checks) {
    const { results, at } = lesson.checks;
    const passed = results.filter((r) => r.passed).length;
    parts.push(t("myData.checksSummary", { passed, count: results.length, at: readable(at, lang) }));
    const items = results.map((r) => {
      const line = `- ${r.passed ? `✓ ${t("check.passed")}` : `✗ ${t("check.failed")}`}: ${r.title}`;
      return !r.passed && r.message ? `${line}\n\n${fenced(r.message, "text").replace(/^/gm, "  ")}` : line;
    });
    if (items.length > 0) parts.push(items.join("\n"));
  } else {
    parts.push(t("myData.noChecks"));
  }
  parts.push(`### ${t("myData.requests")}`, draftsMarkdown(lesson.drafts, t, 4) || t("myData.noRequests"));
  return parts.join("\n\n");
}

/** The summary page's parts as Markdown: each fact a line; reference files said to be so. */
function summaryMarkdown(parts: Part[], t: TFunction): string[] {
  const read = parts.flatMap((part) => (part.state.kind === "read" ? [{ part, state: part.state }] : []));
  if (read.length === 0) return [];
  return [
    `## ${t("summary.portfolioHeading")}`,
    ...read.map(({ part, state }) => {
      const heading = `### ${t(`summary.part.${part.id}`)}${state.source === "reference" ? ` ${t("summary.portfolioReference")}` : ""}`;
      return [heading, state.facts.map((fact) => `- ${t(`summary.fact.${fact.key}`)}: ${fact.value}`).join("\n")].join("\n\n");
    }),
  ];
}

export function portfolioMarkdown(course: CourseIndex, progress: Progress, lang: Language, t: TFunction, now = new Date(), summary: Part[] = []): string {
  const head = [`# ${t("myData.portfolioTitle")}`];
  if (progress.learner?.trim()) head.push(t("myData.by", { learner: progress.learner.trim() }));
  head.push(t("myData.exportedOn", { date: new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(now) }));
  head.push(...summaryMarkdown(summary, t));
  const known = new Set(course.lessons.map((lesson) => lesson.slug));
  const lessons = [
    ...course.lessons.flatMap((lesson) => {
      const work = progress.lessons[lesson.slug];
      const title = `${String(lesson.order).padStart(2, "0")} · ${lesson.text[lang].title}`;
      return work ? [lessonMarkdown(title, work, t, lang)] : [];
    }),
    // Work on lessons this version of the course no longer has is still the learner's.
    ...Object.entries(progress.lessons)
      .filter(([slug]) => !known.has(slug))
      .map(([slug, work]) => lessonMarkdown(slug, work, t, lang)),
  ];
  return `${[...head, ...(lessons.length > 0 ? lessons : [t("myData.noLessons")])].join("\n\n")}\n`;
}
