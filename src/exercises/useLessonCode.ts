// The learner's code for a lesson, shared by the editor and the hints' solution tools.
import { useCallback } from "react";
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { useLessonProgress, type LessonProgress } from "../progress";

/** Progress keeps code only once edited, so an untouched starter follows the language (code
 * stored equal to a starter, by older versions, counts as untouched too). */
export function lessonCode(progress: LessonProgress | undefined, lesson: LessonSummary, lang: Language): string {
  const stored = progress?.code;
  return stored !== undefined && !Object.values(lesson.starter).includes(stored) ? stored : lesson.starter[lang];
}

export function useLessonCode(lesson: LessonSummary, lang: Language) {
  const [progress, update] = useLessonProgress(lesson.slug);
  const code = lessonCode(progress, lesson, lang);
  // Code equal to a starter (any language's) is not kept: it is the untouched starter.
  const setCode = useCallback(
    (next: string) => update((p) => ({ ...p, code: Object.values(lesson.starter).includes(next) ? undefined : next })),
    [update, lesson.starter],
  );
  return [code, setCode] as const;
}
