// One line per check: passed or failed, with the feedback that says what to fix.
import { useTranslation } from "react-i18next";
import type { CheckResult } from "../runtime";

export function CheckResults({ results }: { results: CheckResult[] }) {
  const { t } = useTranslation();
  const passed = results.filter((r) => r.passed).length;
  const all = passed === results.length;
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <h4 id="checks-heading">{t("check.heading")}</h4>
      <p role="status" className={all ? "checks-summary pass" : "checks-summary fail"}>
        {all ? t("check.allPassed", { count: results.length }) : t("check.someFailed", { passed, count: results.length })}
      </p>
      <ul className="check-list">
        {results.map((result) => (
          <li key={result.name} className={result.passed ? "pass" : "fail"}>
            <span className="check-mark" aria-hidden="true">
              {result.passed ? "✓" : "✗"}
            </span>
            <span className="visually-hidden">{result.passed ? t("check.passed") : t("check.failed")}: </span>
            <span className="check-title">{result.title}</span>
            {!result.passed && result.message && <pre className="check-message">{result.message}</pre>}
          </li>
        ))}
      </ul>
    </section>
  );
}
