// The learner's portfolio as Markdown: the project's summary, then per lesson in course order,
// its status on both tracks, their code, checks, review answers and requests; dates as a reader
// writes them, not as ISO timestamps.
import type { TFunction } from "i18next";
import type { Language } from "../../course/languages";
import type { CourseIndex, LessonSummary } from "../../course/types";
import { draftsMarkdown } from "../../exercises/draftsMarkdown";
import { answerVerdict, lessonStatus, reviewAnswered, TRACKS, type LessonProgress, type Progress } from "../../progress/model";
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

/** The lesson's status on each track; a lesson this course no longer has has none to tell. */
function statusMarkdown(progress: Progress, summary: LessonSummary, t: TFunction): string[] {
  const lines = TRACKS.map((track) => {
    const status = t("tracks.status", { track: t(`tracks.name.${track}`), status: t(`status.${lessonStatus(progress, summary, track)}`) });
    const work = progress.lessons[summary.slug];
    const count = track === "review" && summary.review ? ` (${t("tracks.reviewRight", { ...reviewAnswered(work, summary.review) })})` : "";
    return `- ${status}${count}`;
  });
  return [`### ${t("myData.status")}`, lines.join("\n")];
}

/** Each answered question by id, right or not; right counts only for the question as it is now. */
function answersMarkdown(lesson: LessonProgress, summary: LessonSummary | undefined, t: TFunction): string[] {
  const answers = Object.entries(lesson.review?.answers ?? {});
  if (answers.length === 0 && !summary?.review) return [];
  const items = answers.map(([id, answer]) => {
    const verdict = answerVerdict(id, answer, summary && (summary.review?.questions ?? []));
    return `- ${verdict === "right" ? "✓" : "✗"} ${t(`myData.answer.${verdict}`)}: \`${id.replace(/`/g, "'")}\``;
  });
  return [`### ${t("myData.reviewAnswers")}`, items.length > 0 ? items.join("\n") : t("myData.noReviewAnswers")];
}

function lessonMarkdown(title: string, lesson: LessonProgress, t: TFunction, lang: Language, status: string[] = [], summary?: LessonSummary): string {
  const parts = [`## ${title}`, ...status, `### ${t("myData.code")}`, lesson.code?.trim() ? fenced(lesson.code, "python") : t("myData.noCode")];
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
  parts.push(...answersMarkdown(lesson, summary, t));
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
  const track = progress.track?.value;
  head.push(track ? t("myData.track", { track: t(`tracks.${track}.label`) }) : t("myData.noTrack"));
  head.push(t("myData.exportedOn", { date: new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(now) }));
  head.push(...summaryMarkdown(summary, t));
  const known = new Set(course.lessons.map((lesson) => lesson.slug));
  const lessons = [
    ...course.lessons.flatMap((lesson) => {
      const work = progress.lessons[lesson.slug];
      const title = `${String(lesson.order).padStart(2, "0")} · ${lesson.text[lang].title}`;
      return work ? [lessonMarkdown(title, work, t, lang, statusMarkdown(progress, lesson, t), lesson)] : [];
    }),
    // Work on lessons this version of the course no longer has is still the learner's.
    ...Object.entries(progress.lessons)
      .filter(([slug]) => !known.has(slug))
      .map(([slug, work]) => lessonMarkdown(slug, work, t, lang)),
  ];
  return `${[...head, ...(lessons.length > 0 ? lessons : [t("myData.noLessons")])].join("\n\n")}\n`;
}
