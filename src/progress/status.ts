// What done means for a lesson, item by item per track, and the status the home page shows.
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { codeHash } from "./checkedVersion";
import { lessonOf } from "./merge";
import { hasReviewAnswers, reviewAnswered } from "./review";
import type { LessonProgress, Progress, TRACKS } from "./schema";

export type LessonStatus = "not-started" | "in-progress" | "done";

/** A learner's way through the course: "I write the code" or "I review and decide". */
export type Track = (typeof TRACKS)[number];

/** What status needs of a lesson: the index's summary has it all, so the home page loads no lesson. */
export type StatusLesson = Pick<LessonSummary, "slug" | "starter" | "review">;

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

/** Every review question answered right (for its current version); a lesson without questions has none to answer. */
const reviewDone = (own: LessonProgress | undefined, lesson: StatusLesson) => {
  const { right, total } = reviewAnswered(own, lesson.review);
  return total > 0 && right === total;
};

export function doneItems(progress: Progress, lesson: StatusLesson, track: Track): DoneItem[] {
  const own = lessonOf(progress, lesson.slug);
  const first: DoneItem =
    track === "code"
      ? { id: "checks", done: checksPassForCode(own, lesson.starter) }
      : // Lesson 00 has no review: there the review track's first step is choosing it.
        lesson.review
        ? { id: "review", done: reviewDone(own, lesson) }
        : { id: "track", done: progress.track !== undefined };
  return [first, { id: "draft", done: hasDraft(own) }];
}

/** Work that counts as started on a track: the other track's work alone does not (drafts belong to both). */
function touched(own: LessonProgress, starter: Record<Language, string>, track: Track) {
  if (own.drafts.length > 0) return true;
  if (track === "review") return hasReviewAnswers(own);
  // `starter` in every language: code equal to any of them is untouched (older progress stored it).
  const edited = own.code !== undefined && !Object.values(starter).includes(own.code);
  return edited || own.checks !== undefined;
}

export function lessonStatus(progress: Progress, lesson: StatusLesson, track: Track): LessonStatus {
  const own = lessonOf(progress, lesson.slug);
  if (!own) return "not-started";
  if (doneItems(progress, lesson, track).every((item) => item.done)) return "done";
  return touched(own, lesson.starter, track) ? "in-progress" : "not-started";
}
