// Hints one at a time; the reference solution only after every hint has been read.
import { useTranslation } from "react-i18next";
import type { RichTextTree } from "../course/types";
import { RichText } from "../ui/RichText";
import { Solution } from "./Solution";

interface Props {
  hints: RichTextTree[];
  shown: number;
  solution: string;
  solutionShown: boolean;
  /** The learner's code, to compare with the solution and to restore after putting it in. */
  code: string;
  setCode: (code: string) => void;
  onShowHint: () => void;
  onShowSolution: () => void;
}

export function Hints({ hints, shown, solution, solutionShown, code, setCode, onShowHint, onShowSolution }: Props) {
  const { t } = useTranslation();
  const visible = hints.slice(0, shown);
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h4 id="hints-heading">{t("hints.heading")}</h4>
      <ol className="hint-list">
        {visible.map((hint, i) => (
          <li key={i}>
            <RichText tree={hint} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={onShowHint}>
          {t("hints.show", { number: shown + 1, count: hints.length })}
        </button>
      ) : solutionShown ? (
        <Solution solution={solution} code={code} setCode={setCode} />
      ) : (
        <button type="button" onClick={onShowSolution}>
          {t("hints.showSolution")}
        </button>
      )}
    </section>
  );
}
