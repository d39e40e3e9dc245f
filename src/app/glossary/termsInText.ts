// Which glossary terms a lesson's text uses: its words, matched whole (English) or as written (Japanese).
import type { Root, RootContent } from "hast";
import type { Language } from "../../course/languages";
import type { GlossaryEntry } from "../../course/types";

export function plainText(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(plainText).join(" ") : "";
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function termsInText(entries: GlossaryEntry[], text: string, lang: Language): GlossaryEntry[] {
  return entries.filter((entry) =>
    entry.match.some((word) =>
      lang === "ja" ? text.includes(word) : new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "iu").test(text),
    ),
  );
}
