// Japanese text rules shared by the build and the content test: which characters are Japanese,
// and where a line break or space from the source must disappear (STYLE.ja.md, "Spaces").

/** Full-width punctuation: 、。「」（）：！？ and the like. Nothing is spaced from it. */
export const FULLWIDTH_PUNCTUATION = /[\u3000-\u3003\u3005-\u303f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** Kana, kanji, the prolonged sound mark and full-width punctuation. */
export const JAPANESE_CHAR = /[\p{scx=Hira}\p{scx=Kana}\p{scx=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

const [J, P] = [JAPANESE_CHAR.source, FULLWIDTH_PUNCTUATION.source];

/**
 * Removes the gaps (matches of `gap`, e.g. a source line break) that Japanese does not have:
 * between two Japanese characters, and next to full-width punctuation.
 */
export function joinJapanese(text: string, gap: string): string {
  const pattern = new RegExp(`(?<=${J})(?:${gap})(?=${J})|(?<=${P})(?:${gap})|(?:${gap})(?=${P})`, "gu");
  return text.replace(pattern, "");
}

/** A line break inside a markdown paragraph, with the spaces around it. */
export const LINE_BREAK = "[ \\t]*\\r?\\n[ \\t]*";
/** The spaces YAML's folded style (>-) leaves where a line ended. */
export const SPACES = " +";
