// What needs the facilitator now: raised hands (oldest first, answered with one press), the
// checks most of the room fails in its latest results, and the review questions most answered
// wrong (one to discuss in the presenter view).
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { isolate } from "../../room";
import { failingNow, shownNames, wrongAnswersNow, type BoardRow } from "../grid/model";
import { LearnerName } from "../grid/LearnerName";

interface Props {
  rows: readonly BoardRow[];
  lessons: readonly LessonSummary[];
  lang: Language;
  now: number;
  onAnswer: (key: string) => void;
}

export function Attention({ rows, lessons, lang, now, onAnswer }: Props) {
  const { t } = useTranslation();
  const names = shownNames(rows);
  const title = (slug: string | undefined) => {
    const lesson = lessons.find((l) => l.slug === slug);
    return lesson ? `${String(lesson.order).padStart(2, "0")} ${lesson.text[lang].title}` : "";
  };
  const hands = rows.filter((row) => row.hand).sort((a, b) => (a.hand!.raisedAt < b.hand!.raisedAt ? -1 : 1));
  const failing = failingNow(rows, lessons, lang);
  const wrong = wrongAnswersNow(rows, lessons);
  return (
    <div className="attention">
      <section aria-labelledby="hands-heading">
        <h3 id="hands-heading">{t("live.handsHeading", { count: hands.length })}</h3>
        {hands.length === 0 ? (
          <p className="muted">{t("live.noHands")}</p>
        ) : (
          <ul className="hands">
            {hands.map((row) => {
              const minutes = Math.max(0, Math.floor((now - Date.parse(row.hand!.raisedAt)) / 60_000));
              const name = names.get(row.key) ?? row.name;
              return (
                <li key={row.key}>
                  <span aria-hidden="true">✋ </span>
                  <LearnerName name={name} />
                  {row.team && <span className="muted"> (<LearnerName name={row.team} />)</span>} · {title(row.hand!.lesson) || t("live.noLesson")} · {t("live.minutesAgo", { count: minutes })}{" "}
                  <button type="button" onClick={() => onAnswer(row.key)} aria-label={t("live.answerFor", { name: isolate(name) })}>
                    {t("live.answer")}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="failing-heading">
        <h3 id="failing-heading">{t("live.failingHeading")}</h3>
        {failing.length === 0 ? (
          <p className="muted">{t("live.noFailing")}</p>
        ) : (
          <ol className="failing">
            {failing.map((check) => (
              <li key={`${check.lesson}/${check.name}`}>
                <strong dir="auto">{check.title}</strong> · {title(check.lesson)} · {t("live.failingCount", { failing: check.failing, checked: check.checked })}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="wrong-heading">
        <h3 id="wrong-heading">{t("live.wrongHeading")}</h3>
        {wrong.length === 0 ? (
          <p className="muted">{t("live.noWrong")}</p>
        ) : (
          <ol className="failing">
            {wrong.map((question) => (
              <li key={`${question.lesson}/${question.question}`}>
                <strong>{t("live.reviewQuestion", { lesson: title(question.lesson), number: question.number })}</strong> · {t("live.wrongCount", { wrong: question.wrong, count: question.answered })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
