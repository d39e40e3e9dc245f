// One file's text in its own scroll frame, reachable by keyboard, with a note when it is cut short.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { fileText } from "./fileText";

export function FileView({ name, content, label }: { name: string; content: string; label: string }) {
  const { t } = useTranslation();
  const { text, shown, total } = fileText(name, content);
  const id = useId();
  return (
    <figure className="review-file" aria-labelledby={id}>
      <figcaption id={id}>{label}</figcaption>
      <pre tabIndex={0}>
        {text}
      </pre>
      {shown < total && <p className="muted">{t("review.linesShown", { shown, total })}</p>}
    </figure>
  );
}
