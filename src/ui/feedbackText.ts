// Check titles and feedback are written in the lessons' markdown; only its inline code and
// emphasis are read here. Everything else, HTML and links included, stays plain text.
export type FeedbackPart = { kind: "text" | "code" | "strong" | "em"; text: string };

// `code` first (nothing inside it is emphasis), then **strong**, then *em* or _em_. A marker
// must touch its text on both sides, so "2 * 3 * 4" and snake_case_names stay as written.
const INLINE = /`([^`\n]+)`|\*\*(?=\S)([^*\n]*?\S)\*\*|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}])/gu;

export function parseFeedback(text: string): FeedbackPart[] {
  const parts: FeedbackPart[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    const [, code, strong, star, underscore] = match;
    if (code !== undefined) parts.push({ kind: "code", text: code });
    else if (strong !== undefined) parts.push({ kind: "strong", text: strong });
    else parts.push({ kind: "em", text: star ?? underscore ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
