// One review question: the prompt, the answer controls, Check answer, and the feedback on the
// latest attempt. Retrying is changing the answer and checking again; nothing locks.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewAnswer, ReviewOption, ReviewQuestion } from "../../course/types";
import type { GivenAnswer } from "../../progress";
import { RichText } from "../../ui/RichText";
import { inlineTree } from "./inline";
import { buildAnswer, inputsOf, sameAnswer, type Inputs } from "./inputs";
import { QuestionControls } from "./QuestionControls";
import { QuestionFeedback } from "./QuestionFeedback";
import { scoreReview } from "./score";

interface Props {
  question: ReviewQuestion;
  answer: ReviewAnswer;
  number: number;
  count: number;
  /** The stored latest attempt for this version of the question. */
  stored: GivenAnswer | undefined;
  onCheck: (given: GivenAnswer, correct: boolean) => void;
  /** Offered once a next-request question is answered right. */
  onDraft: (option: ReviewOption) => void;
}

export function ReviewQuestionForm({ question, answer, number, count, stored, onCheck, onDraft }: Props) {
  const { t } = useTranslation();
  const [inputs, setInputs] = useState<Inputs>(() => inputsOf(stored));
  const [attempt, setAttempt] = useState<GivenAnswer | undefined>(stored);
  const [problem, setProblem] = useState<string>();
  const id = `review-q-${question.id}`;
  const score = attempt && scoreReview(question, answer, attempt);
  const built = buildAnswer(question, inputs);
  const changed = attempt !== undefined && (!("given" in built) || !sameAnswer(built.given, attempt));
  const picked = score?.kind === "next-request" && score.correct ? question.options?.find((o) => o.id === score.option) : undefined;

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!("given" in built)) {
      setProblem(built.problem === "not-a-number" ? t("review.notANumber", { input: inputs.text.trim() }) : t(`review.${built.problem}`));
      return;
    }
    setProblem(undefined);
    setAttempt(built.given);
    onCheck(built.given, scoreReview(question, answer, built.given).correct);
  };

  const change = (next: Inputs) => {
    setInputs(next);
    setProblem(undefined);
  };

  return (
    <form className="review-question" onSubmit={check} noValidate>
      <fieldset>
        <legend>
          <span className="review-line review-question-number">{t("review.questionNumber", { number, count })}</span>
          <RichText tree={inlineTree(question.prompt)} />
        </legend>
        <QuestionControls question={question} inputs={inputs} onChange={change} errorId={problem && question.kind === "number" ? `${id}-problem` : undefined} />
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
        <button type="submit">{t("review.check")}</button>
        {changed && <p className="muted">{t("review.changed")}</p>}
        <div className="review-feedback" aria-live="polite" data-testid={`${id}-feedback`}>
          {score && <QuestionFeedback question={question} score={score} />}
        </div>
        {picked && (
          <button type="button" onClick={() => onDraft(picked)}>
            {t("review.draft")}
          </button>
        )}
      </fieldset>
    </form>
  );
}
