// One line per check: passed or failed, with the feedback that says what to fix. Results for code,
// a language or input files that changed since are greyed and say so: never a pass for code that
// was not checked.
import { useTranslation } from "react-i18next";
import type { Freshness } from "../progress";
import type { CheckResult } from "../runtime";
import { Feedback } from "../ui/Feedback";

interface Props {
  results: CheckResult[];
  /** When the check ran (ISO). */
  at: string;
  freshness: Freshness;
  onCheckAgain: () => void;
  busy: boolean;
}

export function CheckResults({ results, at, freshness, onCheckAgain, busy }: Props) {
  const { t, i18n } = useTranslation();
  const passed = results.filter((r) => r.passed).length;
  const all = passed === results.length;
  const current = freshness === "current";
  const time = new Date(at).toLocaleTimeString(i18n.language);
  const summary = !current
    ? t("fresh.summaryOld", { passed, count: results.length })
    : all
      ? t("check.allPassed", { count: results.length })
      : t("check.someFailed", { passed, count: results.length });
  return (
    <section className={current ? "checks" : "checks stale"} aria-labelledby="checks-heading" data-testid="check-results">
      <h4 id="checks-heading">{t("check.heading")}</h4>
      <p role="status" className={!current ? "checks-summary old" : all ? "checks-summary pass" : "checks-summary fail"}>
        {summary}
      </p>
      {!current && (
        <p className="stale-note">
          {t(`fresh.checksOld.${freshness}`, { time })}{" "}
          <button type="button" onClick={onCheckAgain} disabled={busy}>
            {t("fresh.checkAgain")}
          </button>
        </p>
      )}
      <ul className="check-list">
        {results.map((result) => (
          <li key={result.name} className={result.passed ? "pass" : "fail"}>
            <span className="check-mark" aria-hidden="true">
              {result.passed ? "✓" : "✗"}
            </span>
            <span className="visually-hidden">{result.passed ? t("check.passed") : t("check.failed")}: </span>
            <span className="check-title">
              <Feedback text={result.title} />
            </span>
            {!result.passed && result.message && (
              <div className="check-message">
                <Feedback text={result.message} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
