// The code exercise's hints and solution, placed with the task (beside the editor on wide screens).
import type { Language } from "../course/languages";
import type { Lesson } from "../course/types";
import { useLessonProgress } from "../progress";
import { Hints } from "./Hints";
import { useLessonCode } from "./useLessonCode";

export function LessonHints({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  const [progress, update] = useLessonProgress(lesson.slug);
  const [code, setCode] = useLessonCode(lesson, lang);
  const hints = lesson.text[lang].hints;
  return (
    <Hints
      hints={hints}
      shown={progress?.hintsShown ?? 0}
      solution={lesson.solution[lang]}
      solutionShown={progress?.solutionShown ?? false}
      code={code}
      setCode={setCode}
      onShowHint={() => update((p) => ({ ...p, hintsShown: Math.min(p.hintsShown + 1, hints.length) }))}
      onShowSolution={() => update((p) => ({ ...p, solutionShown: true }))}
    />
  );
}
