// Hints one at a time; the reference solution only after every hint has been read.
import { useTranslation } from "react-i18next";
import type { RichTextTree } from "../course/types";
import { RichText } from "../ui/RichText";

interface Props {
  hints: RichTextTree[];
  shown: number;
  solution: string;
  solutionShown: boolean;
  onShowHint: () => void;
  onShowSolution: () => void;
}

export function Hints({ hints, shown, solution, solutionShown, onShowHint, onShowSolution }: Props) {
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
        <div className="solution">
          <h5>{t("hints.solution")}</h5>
          <pre aria-label={t("hints.solution")}>{solution}</pre>
        </div>
      ) : (
        <button type="button" onClick={onShowSolution}>
          {t("hints.showSolution")}
        </button>
      )}
    </section>
  );
}
