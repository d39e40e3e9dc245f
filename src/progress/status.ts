// What done means for a lesson, item by item per track, and the status the home page shows.
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { codeHash } from "./checkedVersion";
import { reviewAnswered } from "./review";
import type { LessonProgress } from "./schema";

export type LessonStatus = "not-started" | "in-progress" | "done";

/** A learner's way through a lesson: "I write the code" or "I review and decide". */
export type Track = "code" | "review";

/** What status needs of a lesson; callers that knew only the starter code may still pass it alone. */
export type StatusLesson = Pick<LessonSummary, "starter" | "review">;
type LessonOrStarter = StatusLesson | Record<Language, string>;
const asLesson = (lesson: LessonOrStarter): StatusLesson => ("starter" in lesson ? lesson : { starter: lesson });

/** One thing done needs; its id names its label (`done.item.<id>`). */
export interface DoneItem {
  id: string;
  done: boolean;
}

export function hasDraft(progress: LessonProgress | undefined) {
  return (progress?.drafts ?? []).some((draft) => draft.request.trim() !== "");
}

/** Passed, and for the code the learner has now: a pass for code edited since does not count. */
export function checksPassForCode(progress: LessonProgress | undefined, starter: Record<Language, string>): boolean {
  const checks = progress?.checks;
  if (!checks?.passed) return false;
  if (!checks.version) return true; // recorded before versions were kept
  const codes = progress?.code !== undefined ? [progress.code] : Object.values(starter);
  return codes.some((code) => codeHash(code) === checks.version?.code);
}

/**
 * `trackChosen`: the learner picked a track (the review track's item for a lesson without a
 * review, lesson 00); it lives on the progress document, not on the lesson.
 */
export function doneItems(progress: LessonProgress | undefined, lesson: LessonOrStarter, track: Track = "code", trackChosen = false): DoneItem[] {
  const { starter, review } = asLesson(lesson);
  if (track === "code") return [{ id: "checks", done: checksPassForCode(progress, starter) }, { id: "draft", done: hasDraft(progress) }];
  const answered = review ? reviewAnswered(progress, review) : undefined;
  const first = answered ? { id: "review", done: answered.total > 0 && answered.right === answered.total } : { id: "track", done: trackChosen };
  return [first, { id: "draft", done: hasDraft(progress) }];
}

/** `starter` in every language: code equal to any of them is untouched (older progress stored it). */
export function lessonStatus(progress: LessonProgress | undefined, lesson: LessonOrStarter, track: Track = "code", trackChosen = false): LessonStatus {
  if (!progress) return "not-started";
  if (doneItems(progress, lesson, track, trackChosen).every((item) => item.done)) return "done";
  const { starter } = asLesson(lesson);
  const edited = progress.code !== undefined && !Object.values(starter).includes(progress.code);
  const answered = Object.keys(progress.review?.answers ?? {}).length > 0;
  const touched = edited || progress.checks !== undefined || progress.drafts.length > 0 || answered;
  return touched ? "in-progress" : "not-started";
}
