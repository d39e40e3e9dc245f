// The course's ending: the learner's project pulled together from their own artifacts (or the
// course's reference ones, marked), and what the next four processes would need.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { course } from "../../course/course";
import { paths } from "../paths";
import { useLanguage } from "../useLanguage";
import { projectSummary, type Part } from "./projectSummary";
import { useProjectFiles } from "./useProjectFiles";

const NEXT = ["deploy", "serve", "monitor", "retrain"] as const;

function PartView({ part }: { part: Part }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lesson = course.lessons.find((l) => l.slug === part.lesson);
  const number = lesson ? String(lesson.order).padStart(2, "0") : part.lesson;
  const state = part.state;
  return (
    <section className={`summary-part source-${state.kind === "read" ? state.source : state.kind}`} aria-labelledby={`part-${part.id}`}>
      <h2 id={`part-${part.id}`}>{t(`summary.part.${part.id}`)}</h2>
      <p className="muted">
        {lesson ? <Link to={paths.lesson(lesson.slug)}>{t("summary.lesson", { number, title: lesson.text[lang].title })}</Link> : null} ·{" "}
        <code>{part.files.join(", ")}</code>
      </p>
      {state.kind === "missing" && <p>{t("summary.missing", { lesson: number })}</p>}
      {state.kind === "unreadable" && (
        <p className="error-message">{t("summary.unreadable", { file: state.file, message: state.message, lesson: number })}</p>
      )}
      {state.kind === "read" && (
        <>
          <p className={state.source === "reference" ? "summary-reference" : "summary-own"}>{t(`summary.source.${state.source}`)}</p>
          <dl className="summary-facts">
            {state.facts.map((fact) => (
              <div key={fact.key}>
                <dt>{t(`summary.fact.${fact.key}`)}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

export default function SummaryPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { files, filling, fill } = useProjectFiles();
  useEffect(() => {
    document.title = `${t("summary.nav")} · ${t("layout.title")}`;
  }, [t]);
  const parts = files.state === "read" ? projectSummary(files.files, lang) : [];
  const gaps = parts.some((part) => part.state.kind === "missing");
  return (
    <article className="summary">
      <h1>{t("summary.title")}</h1>
      <p className="lead">{t("summary.lead")}</p>
      {files.state === "failed" && <p role="alert" className="error-message">{t("summary.readFailed", { message: files.message })}</p>}
      {gaps && (
        <p>
          <button type="button" onClick={() => void fill()} disabled={filling.running}>
            {t("summary.fill")}
          </button>
        </p>
      )}
      <p role="status">{filling.running ? t("summary.filling") : filling.error ? t("summary.fillFailed", { message: filling.error }) : ""}</p>
      {parts.map((part) => (
        <PartView key={part.id} part={part} />
      ))}
      <section className="summary-next" aria-labelledby="summary-next">
        <h2 id="summary-next">{t("summary.next.heading")}</h2>
        <ul>
          {NEXT.map((step) => (
            <li key={step}>{t(`summary.next.${step}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
