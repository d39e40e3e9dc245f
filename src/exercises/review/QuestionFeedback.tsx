// What an attempt taught: right or not (in words and a mark, never colour alone), the feedback
// written for that very answer, and once right the explanation.
import { useTranslation } from "react-i18next";
import type { ReviewOption, ReviewQuestion } from "../../course/types";
import { RichText } from "../../ui/RichText";
import { inlineTree } from "./inline";
import type { ReviewScore } from "./score";

const find = (options: ReviewOption[] | undefined, id: string) => options?.find((option) => option.id === id);

function OptionFeedback({ heading, ids, options }: { heading: string; ids: string[]; options: ReviewOption[] | undefined }) {
  // Unknown ids (a hand-edited file) have no feedback to show.
  const known = ids.flatMap((id) => find(options, id) ?? []);
  if (known.length === 0) return null;
  return (
    <div className="review-feedback-group">
      <p className="review-feedback-heading">{heading}</p>
      <ul>
        {known.map((option) => (
          <li key={option.id}>
            <strong>
              <RichText tree={inlineTree(option.text)} />
            </strong>
            <RichText tree={option.feedback} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Details({ question, score }: { question: ReviewQuestion; score: ReviewScore }) {
  const { t } = useTranslation();
  switch (score.kind) {
    case "number": {
      if (score.correct) return null;
      const typical = score.typical !== undefined && question.typical && Object.hasOwn(question.typical, score.typical) ? question.typical[score.typical] : undefined;
      const text = typical ?? question.wrong;
      return text ? <RichText tree={text} /> : null;
    }
    case "choice":
    case "next-request": {
      const picked = find(question.options, score.option);
      return picked ? <RichText tree={picked.feedback} /> : null;
    }
    case "findings":
      return (
        <>
          <OptionFeedback heading={t("review.missedFindings", { count: score.missed.length })} ids={score.missed} options={question.options} />
          <OptionFeedback heading={t("review.wrongFindings", { count: score.wrongPicks.length })} ids={score.wrongPicks} options={question.options} />
        </>
      );
    case "decision": {
      const picked = find(question.options, score.option);
      return (
        <>
          {picked && <RichText tree={picked.feedback} />}
          <OptionFeedback heading={t("review.missedEvidence")} ids={score.missed} options={question.evidence} />
          <OptionFeedback heading={t("review.wrongEvidence", { count: score.wrongPicks.length })} ids={score.wrongPicks} options={question.evidence} />
        </>
      );
    }
  }
}

export function QuestionFeedback({ question, score }: { question: ReviewQuestion; score: ReviewScore }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={score.correct ? "review-verdict right" : "review-verdict wrong"}>
        <span className="review-mark" aria-hidden="true">
          {score.correct ? "✓" : "✗"}
        </span>{" "}
        {score.correct ? t("review.right") : t("review.wrong")}
      </p>
      <Details question={question} score={score} />
      {score.correct ? (
        <div className="review-explanation">
          <p className="review-feedback-heading">{t("review.why")}</p>
          <RichText tree={question.explanation} />
        </div>
      ) : (
        <p className="muted">{t("review.tryAgain")}</p>
      )}
    </>
  );
}
