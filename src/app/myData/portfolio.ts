// The learner's portfolio as Markdown: per lesson in course order, their code, checks and requests.
import type { TFunction } from "i18next";
import type { Language } from "../../course/languages";
import type { CourseIndex } from "../../course/types";
import { draftsMarkdown } from "../../exercises/draftsMarkdown";
import type { LessonProgress, Progress } from "../../progress/model";

/** A fence longer than any run of backticks inside, so the learner's text cannot close it early. */
export function fenced(text: string, info = "") {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.replace(/\n$/, "")}\n${fence}`;
}

function lessonMarkdown(title: string, lesson: LessonProgress, t: TFunction): string {
  const parts = [`## ${title}`, `### ${t("myData.code")}`, lesson.code?.trim() ? fenced(lesson.code, "python") : t("myData.noCode")];
  parts.push(`### ${t("myData.checks")}`);
  if (lesson.checks) {
    const { results, at } = lesson.checks;
    const passed = results.filter((r) => r.passed).length;
    parts.push(t("myData.checksSummary", { passed, count: results.length, at }));
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

export function portfolioMarkdown(course: CourseIndex, progress: Progress, lang: Language, t: TFunction, now = new Date()): string {
  const head = [`# ${t("myData.portfolioTitle")}`];
  if (progress.learner?.trim()) head.push(t("myData.by", { learner: progress.learner.trim() }));
  head.push(t("myData.exportedOn", { date: now.toISOString().slice(0, 10) }));
  const known = new Set(course.lessons.map((lesson) => lesson.slug));
  const lessons = [
    ...course.lessons.flatMap((lesson) => {
      const work = progress.lessons[lesson.slug];
      const title = `${String(lesson.order).padStart(2, "0")} · ${lesson.text[lang].title}`;
      return work ? [lessonMarkdown(title, work, t)] : [];
    }),
    // Work on lessons this version of the course no longer has is still the learner's.
    ...Object.entries(progress.lessons)
      .filter(([slug]) => !known.has(slug))
      .map(([slug, work]) => lessonMarkdown(slug, work, t)),
  ];
  return `${[...head, ...(lessons.length > 0 ? lessons : [t("myData.noLessons")])].join("\n\n")}\n`;
}
