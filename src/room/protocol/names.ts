// Learner-typed names, made safe to show and to compare. A right-to-left override in a name must
// not reverse the rest of a board line, and zero-width characters must not make two identical-looking
// learners; shown names are also wrapped in <bdi> (see LearnerName) so each is isolated.

/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): in a name they only reorder what follows. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Marks (LRM RLM ALM) do no harm inside one name but make look-alikes; dropped when comparing. */
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;
/** Zero-width space, joiners, word joiner, byte-order mark, Mongolian vowel separator, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u180E\u00AD]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** A name as it may be shown: no bidi embeddings or overrides, no control or invisible characters, spaces collapsed. */
export function displayName(name: string): string {
  return name.replace(BIDI_CONTROLS, "").replace(CONTROL, " ").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * The key that decides who is who when nothing better is known: NFKC (full-width and
 * compatibility forms fold to one), without invisible and bidi characters, case-folded.
 */
export function nameKey(name: string): string {
  return displayName(name.normalize("NFKC")).replace(BIDI_MARKS, "").normalize("NFKC").toLowerCase();
}

/** What the server stores: NFKC, then made safe to show, cut to the limit. */
export function cleanTypedName(name: string, max: number): string {
  return [...displayName(name.normalize("NFKC"))].slice(0, max).join("").trim();
}

/** A name inside a sentence: first-strong isolate … pop directional isolate, for text where <bdi> cannot go (labels, titles). */
export const isolate = (name: string) => `\u2068${displayName(name)}\u2069`;
