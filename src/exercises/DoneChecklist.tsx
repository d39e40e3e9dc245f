// What done means for this lesson, ticked from the learner's progress as they work; the home
// page's status comes from the same items (progress/status.ts).
import { useTranslation } from "react-i18next";
import type { LessonSummary } from "../course/types";
import { doneItems, useLessonProgress, type Track } from "../progress";

export function DoneChecklist({ lesson, track = "code" }: { lesson: LessonSummary; track?: Track }) {
  const { t } = useTranslation();
  const [progress] = useLessonProgress(lesson.slug);
  const items = doneItems(progress, lesson.starter, track);
  const all = items.every((item) => item.done);
  return (
    <section className={all ? "done-checklist all-done" : "done-checklist"} aria-labelledby="done-heading">
      <h2 id="done-heading">{t("done.heading")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? "ticked" : undefined}>
            <span className="done-mark" aria-hidden="true">
              {item.done ? "✓" : "○"}
            </span>
            <span className="visually-hidden">{item.done ? t("done.ticked") : t("done.open")}: </span>
            {t(`done.item.${item.id}`)}
          </li>
        ))}
      </ul>
      {all && <p className="done-all">{t("done.all")}</p>}
    </section>
  );
}
