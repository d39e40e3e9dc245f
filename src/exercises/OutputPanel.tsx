// What the learner's code printed, then its error (their own lines only) or how the run ended;
// marked as old once the code in the editor is no longer the code that printed it.
import { useTranslation } from "react-i18next";
import type { CheckOutcome, DisplayBundle, PythonError } from "../runtime";
import { DisplayOutput } from "./DisplayOutput";
import { endedText } from "./endedText";
import type { OutputChunk } from "./output";
import { useWarmTimeFormat } from "./useWarmTimeFormat";

interface Props {
  output: OutputChunk[];
  displays: DisplayBundle[];
  error: PythonError | null;
  ended: Exclude<CheckOutcome, { status: "done" }> | null;
  running: boolean;
  /** When the run that produced this output ended; null before the first run. */
  ranAt: Date | null;
  /** The editor's code (or language) is not what produced this output. */
  stale: boolean;
}

export function OutputPanel({ output, displays, error, ended, running, ranAt, stale }: Props) {
  const { t, i18n } = useTranslation();
  useWarmTimeFormat(i18n.language);
  const empty = output.length === 0 && displays.length === 0 && !error && !ended;
  const emptyText = running
    ? t("run.running")
    : ranAt
      ? t("fresh.ranSilently", { time: ranAt.toLocaleTimeString(i18n.language) })
      : t("run.noOutput");
  return (
    <section className={stale ? "output stale" : "output"} aria-labelledby="output-heading">
      <h4 id="output-heading">{t("run.output")}</h4>
      {stale && !running && <p className="stale-note">{t("fresh.outputOld")}</p>}
      <div className="output-body" role="log" aria-live="polite" tabIndex={0} data-testid="output">
        {empty && <p className="muted">{emptyText}</p>}
        {output.map((chunk, i) => (
          <pre key={i} className={`stream-${chunk.stream}`}>
            {chunk.text}
          </pre>
        ))}
        {displays.map((bundle, i) => (
          <DisplayOutput key={i} bundle={bundle} />
        ))}
        {error && (
          <div className="python-error" role="alert">
            <p>{error.line ? t("run.errorAtLine", { line: error.line }) : t("run.error")}</p>
            <pre>{error.message}</pre>
          </div>
        )}
        {ended && (
          <p className="run-ended" role="status">
            {endedText(t, ended)}
          </p>
        )}
      </div>
    </section>
  );
}
