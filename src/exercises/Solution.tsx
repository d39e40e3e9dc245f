// The reference solution, usable: highlighted and read only, Copy, "Compare with my code" (a diff)
// and "Put it in the editor", which asks first and keeps the learner's code for one Undo.
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
// Monaco stays out of the first load: the viewer and the diff arrive with the editor's chunk.
import { CodeDiff, CodeViewer } from "../editor";

type Copy = "idle" | "copied" | "refused";

interface Props {
  solution: string;
  /** The code in the learner's editor now. */
  code: string;
  setCode: (code: string) => void;
}

export function Solution({ solution, code, setCode }: Props) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** The learner's code from before "Put it in the editor", until they undo or edit on. */
  const [replaced, setReplaced] = useState<string | null>(null);
  const [undone, setUndone] = useState(false);
  const [copy, setCopy] = useState<Copy>("idle");

  const copySolution = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(solution);
      setCopy("copied");
    } catch {
      setCopy("refused");
    }
  };
  const put = () => {
    setReplaced(code);
    setUndone(false);
    setCode(solution);
    setConfirming(false);
  };
  const undo = () => {
    if (replaced === null) return;
    setCode(replaced);
    setReplaced(null);
    setUndone(true);
  };
  // Undo is offered while the editor still holds the solution as it was put there.
  const canUndo = replaced !== null && code === solution;

  return (
    <div className="solution">
      <h5>{t("hints.solution")}</h5>
      <div className="toolbar" role="toolbar" aria-label={t("hints.solution")}>
        <button type="button" onClick={() => void copySolution()}>
          {t("solution.copy")}
        </button>
        <button type="button" aria-expanded={comparing} onClick={() => setComparing((on) => !on)}>
          {comparing ? t("solution.hideCompare") : t("solution.compare")}
        </button>
        {confirming ? (
          <span className="confirm" role="group" aria-label={t("solution.putConfirm")}>
            <span>{t("solution.putConfirm")}</span>
            <button type="button" className="danger" onClick={put}>
              {t("solution.putYes")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={code === solution}>
            {t("solution.put")}
          </button>
        )}
      </div>
      <p role="status" className={copy === "refused" ? "copy-refused" : "copy-done"}>
        {copy === "copied" && t("solution.copied")}
        {copy === "refused" && t("solution.copyRefused")}
      </p>
      <div role="status" className="undo-notice">
        {canUndo && (
          <>
            <span>{t("solution.putDone")}</span>
            <button type="button" onClick={undo}>
              {t("solution.undo")}
            </button>
          </>
        )}
        {undone && !canUndo && <span>{t("solution.undone")}</span>}
      </div>
      <Suspense fallback={<pre className="solution-fallback" tabIndex={0}>
            {solution}
          </pre>}>
        {comparing ? (
          <div className="solution-frame diff-frame" aria-label={t("solution.compareLabel")} role="group">
            <CodeDiff original={code} modified={solution} originalLabel={t("solution.yourCode")} modifiedLabel={t("solution.viewerLabel")} />
          </div>
        ) : (
          <div className="solution-frame">
            <CodeViewer value={solution} label={t("solution.viewerLabel")} />
          </div>
        )}
      </Suspense>
    </div>
  );
}
