// What the learner's code printed, then its error (their own lines only) or how the run ended.
import { useTranslation } from "react-i18next";
import type { CheckOutcome, DisplayBundle, PythonError } from "../runtime";
import { DisplayOutput } from "./DisplayOutput";
import { endedText } from "./endedText";
import type { OutputChunk } from "./output";

interface Props {
  output: OutputChunk[];
  displays: DisplayBundle[];
  error: PythonError | null;
  ended: Exclude<CheckOutcome, { status: "done" }> | null;
  running: boolean;
}

export function OutputPanel({ output, displays, error, ended, running }: Props) {
  const { t } = useTranslation();
  const empty = output.length === 0 && displays.length === 0 && !error && !ended;
  return (
    <section className="output" aria-labelledby="output-heading">
      <h4 id="output-heading">{t("run.output")}</h4>
      <div className="output-body" role="log" aria-live="polite" tabIndex={0} data-testid="output">
        {empty && <p className="muted">{running ? t("run.running") : t("run.noOutput")}</p>}
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
