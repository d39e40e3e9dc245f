// One learner's shared work, lesson by lesson: the status on both tracks (their own first), review
// answers, checks (marked when reported by the learner), hints, time, requests and the code they
// chose to share; all learner text shown as text.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { lessonOf, TRACK_NAMES, trackOf, type BoardRow } from "../grid/model";
import { Feedback } from "../../ui/Feedback";
import { LearnerName } from "../grid/LearnerName";
import { ReviewAnswers } from "./ReviewAnswers";

interface Props {
  row: BoardRow;
  name: string;
  lessons: readonly LessonSummary[];
  lang: Language;
  onClose: () => void;
}

export function LearnerDetail({ row, name, lessons, lang, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const time = (iso: string) => new Date(iso).toLocaleTimeString(lang, { timeStyle: "short" });
  const own = trackOf(row);
  const byTrack = [own, ...TRACK_NAMES.filter((track) => track !== own)];
  return (
    <dialog ref={dialog} className="learner-detail" aria-labelledby="learner-detail-heading" onClose={onClose}>
      <h3 id="learner-detail-heading">
        <LearnerName name={name} />
        {row.team && (
          <span className="muted">
            {" "}
            (<LearnerName name={row.team} />)
          </span>
        )}
      </h3>
      <p className="detail-track">{row.track ? t("live.detail.track", { track: t(`tracks.${row.track}.label`) }) : t("live.detail.noTrack")}</p>
      {lessons.map((summary) => {
        const lesson = lessonOf(row, summary.slug);
        if (!lesson) return null;
        const results = lesson.checks?.results ?? [];
        return (
          <section key={summary.slug} aria-label={summary.text[lang].title}>
            <h4>
              {String(summary.order).padStart(2, "0")} {summary.text[lang].title}
              {byTrack.map((track) => {
                const status = lesson.tracks[track]?.status;
                return status && ` · ${t("tracks.status", { track: t(`tracks.name.${track}`), status: t(`status.${status}`) })}`;
              })}
            </h4>
            {lesson.review && (
              <>
                <p>{t("tracks.reviewRight", { right: lesson.review.right, total: lesson.review.total })}</p>
                <ReviewAnswers summary={summary} review={lesson.review} lang={lang} />
              </>
            )}
            {lesson.checks && (
              <>
                <p>
                  {t("live.detail.checks", { passed: results.filter((r) => r.passed).length, total: results.length, at: time(lesson.checks.at) })}
                  {lesson.checks.reported && <strong className="reported"> {t("live.detail.reported")}</strong>}
                </p>
                <ul className="check-list">
                  {results.map((r) => (
                    <li key={r.name} className={r.passed ? "pass" : "fail"}>
                      <span className="check-mark" aria-hidden="true">
                        {r.passed ? "✓" : "✗"}
                      </span>
                      <span dir="auto">
                        <Feedback text={r.title} />
                      </span>{" "}
                      <span className="visually-hidden">{r.passed ? t("check.passed") : t("check.failed")}</span>
                      {(lesson.failStreaks?.[r.name] ?? 0) > 1 && <span className="muted"> · {t("live.detail.streak", { count: lesson.failStreaks?.[r.name] })}</span>}
                      {r.message && (
                        <p className="check-message" dir="auto">
                          <Feedback text={r.message} />
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              {t("live.detail.hints", { count: lesson.hintsShown })}
              {lesson.solutionShown && ` · ${t("live.detail.solution")}`}
              {lesson.timeMs !== undefined && ` · ${t("live.detail.time", { count: Math.round(lesson.timeMs / 60_000) })}`}
            </p>
            {lesson.drafts
              .filter((d) => d.request.trim())
              .map((d) => (
                <p key={d.id} className="shared-request" dir="auto">
                  {d.request}
                </p>
              ))}
            {lesson.code && (
              <>
                <p>{t("live.detail.code", { at: time(lesson.code.at) })}</p>
                <pre className="shared-code">{lesson.code.text}</pre>
              </>
            )}
          </section>
        );
      })}
      <form method="dialog">
        <button type="submit" className="primary">
          {t("live.detail.close")}
        </button>
      </form>
    </dialog>
  );
}
