// A lesson's status as shown on the course home page.
import type { Language } from "../course/languages";
import type { LessonProgress } from "./schema";

export type LessonStatus = "not-started" | "in-progress" | "done";

export function hasDraft(progress: LessonProgress | undefined) {
  return (progress?.drafts ?? []).some((draft) => draft.request.trim() !== "");
}

/** `starter` in every language: code equal to any of them is untouched (older progress stored it). */
export function lessonStatus(progress: LessonProgress | undefined, starter: Record<Language, string>): LessonStatus {
  if (!progress) return "not-started";
  if (progress.checks?.passed && hasDraft(progress)) return "done";
  const edited = progress.code !== undefined && !Object.values(starter).includes(progress.code);
  const touched = edited || progress.checks !== undefined || progress.drafts.length > 0;
  return touched ? "in-progress" : "not-started";
}
