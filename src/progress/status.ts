// What done means for a lesson, item by item per track, and the status the home page shows.
import type { Language } from "../course/languages";
import { codeHash } from "./checkedVersion";
import type { LessonProgress } from "./schema";

export type LessonStatus = "not-started" | "in-progress" | "done";

/** A learner's way through a lesson. The review track ("I review and decide") adds its own entry. */
export type Track = "code";

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

const trackItems: Record<Track, (progress: LessonProgress | undefined, starter: Record<Language, string>) => DoneItem[]> = {
  code: (progress, starter) => [
    { id: "checks", done: checksPassForCode(progress, starter) },
    { id: "draft", done: hasDraft(progress) },
  ],
};

export function doneItems(progress: LessonProgress | undefined, starter: Record<Language, string>, track: Track = "code"): DoneItem[] {
  return trackItems[track](progress, starter);
}

/** `starter` in every language: code equal to any of them is untouched (older progress stored it). */
export function lessonStatus(progress: LessonProgress | undefined, starter: Record<Language, string>, track: Track = "code"): LessonStatus {
  if (!progress) return "not-started";
  if (doneItems(progress, starter, track).every((item) => item.done)) return "done";
  const edited = progress.code !== undefined && !Object.values(starter).includes(progress.code);
  const touched = edited || progress.checks !== undefined || progress.drafts.length > 0;
  return touched ? "in-progress" : "not-started";
}
