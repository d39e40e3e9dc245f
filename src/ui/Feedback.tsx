// A check's title or message with its inline code and emphasis rendered; never HTML, never a link.
import { parseFeedback } from "./feedbackText";

export function Feedback({ text }: { text: string }) {
  return parseFeedback(text).map((part, i) => {
    if (part.kind === "code") return <code key={i}>{part.text}</code>;
    if (part.kind === "strong") return <strong key={i}>{part.text}</strong>;
    if (part.kind === "em") return <em key={i}>{part.text}</em>;
    return part.text;
  });
}
