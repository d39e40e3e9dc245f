// A lesson's status as shown on the course home page.
import type { LessonProgress } from "./schema";

export type LessonStatus = "not-started" | "in-progress" | "done";

export function hasDraft(progress: LessonProgress | undefined) {
  return (progress?.drafts ?? []).some((draft) => draft.request.trim() !== "");
}

export function lessonStatus(progress: LessonProgress | undefined, starter: string): LessonStatus {
  if (!progress) return "not-started";
  if (progress.checks?.passed && hasDraft(progress)) return "done";
  const touched = (progress.code !== undefined && progress.code !== starter) || progress.checks !== undefined || progress.drafts.length > 0;
  return touched ? "in-progress" : "not-started";
}
