// The answer controls of one question, by kind: a number with its unit, radio buttons for one
// option, checkboxes for findings, and for a decision both (the option, then its evidence).
import { useTranslation } from "react-i18next";
import type { ReviewOption, ReviewQuestion } from "../../course/types";
import { RichText } from "../../ui/RichText";
import { inlineTree } from "./inline";
import type { Inputs } from "./inputs";

interface Props {
  question: ReviewQuestion;
  inputs: Inputs;
  onChange: (inputs: Inputs) => void;
  /** Id of the message saying why the entered number is refused, when it is. */
  errorId?: string;
}

function OptionLabel({ option }: { option: ReviewOption }) {
  const { t } = useTranslation();
  return (
    <span className="review-option-text">
      {option.role && option.kind && (
        <span className="review-request-meta">
          {t(`roles.${option.role}.name`)} · {t(`kinds.${option.kind}`)}
        </span>
      )}
      <RichText tree={inlineTree(option.text)} />
    </span>
  );
}

function Radios({ name, options, value, onChange }: { name: string; options: ReviewOption[]; value: string; onChange: (id: string) => void }) {
  return (
    <ul className="review-options">
      {options.map((option) => (
        <li key={option.id}>
          <label>
            <input type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
            <OptionLabel option={option} />
          </label>
        </li>
      ))}
    </ul>
  );
}

function Checkboxes({ options, picked, onChange }: { options: ReviewOption[]; picked: string[]; onChange: (ids: string[]) => void }) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...picked.filter((p) => p !== id), id] : picked.filter((p) => p !== id));
  return (
    <ul className="review-options">
      {options.map((option) => (
        <li key={option.id}>
          <label>
            <input type="checkbox" value={option.id} checked={picked.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />
            <OptionLabel option={option} />
          </label>
        </li>
      ))}
    </ul>
  );
}

export function QuestionControls({ question, inputs, onChange, errorId }: Props) {
  const { t } = useTranslation();
  const name = `review-${question.id}`;
  const options = question.options ?? [];
  switch (question.kind) {
    case "number":
      return (
        <div className="review-number">
          <label htmlFor={`${name}-value`}>{question.unit ? t("review.yourNumberIn", { unit: question.unit }) : t("review.yourNumber")}</label>
          <span className="review-number-field">
            <input
              id={`${name}-value`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={inputs.text}
              aria-invalid={errorId ? true : undefined}
              aria-describedby={errorId}
              onChange={(e) => onChange({ ...inputs, text: e.target.value })}
            />
            {question.unit && <span aria-hidden="true">{question.unit}</span>}
          </span>
        </div>
      );
    case "choice":
    case "next-request":
      return <Radios name={name} options={options} value={inputs.option} onChange={(option) => onChange({ ...inputs, option })} />;
    case "findings":
      return <Checkboxes options={options} picked={inputs.picks} onChange={(picks) => onChange({ ...inputs, picks })} />;
    case "decision":
      return (
        <>
          <fieldset className="review-group">
            <legend>{t("review.decision")}</legend>
            <Radios name={name} options={options} value={inputs.option} onChange={(option) => onChange({ ...inputs, option })} />
          </fieldset>
          <fieldset className="review-group">
            <legend>{t("review.evidence")}</legend>
            <Checkboxes options={question.evidence ?? []} picked={inputs.picks} onChange={(picks) => onChange({ ...inputs, picks })} />
          </fieldset>
        </>
      );
  }
}
