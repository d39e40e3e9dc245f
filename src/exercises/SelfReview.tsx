// The lesson's self-review checklist; the ticks are saved with the lesson's progress.
import { useTranslation } from "react-i18next";

interface Props {
  items: string[];
  ticked: number[];
  onChange: (ticked: number[]) => void;
}

export function SelfReview({ items, ticked, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (index: number, on: boolean) =>
    onChange(on ? [...new Set([...ticked, index])].sort((a, b) => a - b) : ticked.filter((i) => i !== index));
  return (
    <fieldset className="self-review">
      <legend>{t("comm.checklist")}</legend>
      {items.map((item, i) => (
        <label key={i} className="self-review-item">
          <input type="checkbox" checked={ticked.includes(i)} onChange={(e) => toggle(i, e.target.checked)} />
          <span>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
