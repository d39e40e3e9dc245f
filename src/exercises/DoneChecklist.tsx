// What done means for this lesson on the learner's track, ticked from their progress as they work;
// the home page's status comes from the same items (progress/status.ts). The other track is one
// click away, and switching keeps the work of both.
import { useTranslation } from "react-i18next";
import { doneItems, useProgress, useTrack, type StatusLesson, type Track } from "../progress";

export function DoneChecklist({ lesson }: { lesson: StatusLesson }) {
  const { t } = useTranslation();
  const progress = useProgress();
  const [chosen, choose] = useTrack();
  const track: Track = chosen ?? "code";
  const other: Track = track === "code" ? "review" : "code";
  const items = doneItems(progress, lesson, track);
  const all = items.every((item) => item.done);
  return (
    <section className={all ? "done-checklist all-done" : "done-checklist"} aria-labelledby="done-heading">
      <h2 id="done-heading">{t("done.heading")}</h2>
      <p className="done-track">
        {chosen ? t("tracks.yours", { track: t(`tracks.${track}.label`) }) : t("tracks.unchosen")}{" "}
        <button type="button" className="link-button" onClick={() => choose(other)}>
          {t("tracks.switchTo", { track: t(`tracks.${other}.label`) })}
        </button>
      </p>
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
