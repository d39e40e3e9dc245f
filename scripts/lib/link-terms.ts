// Glossary terms in a lesson's text, found at build time: each term is linked at its first use
// (the definition is also the link's title, shown on hover), and the lesson lists the terms it
// uses. Code, links and headings stay as written.
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { Language } from "../../src/course/languages";
import type { GlossaryEntry } from "../../src/course/types";
import { paths } from "../../src/app/paths";

const SKIP = new Set(["code", "pre", "a", "h1", "h2", "h3", "h4", "h5", "h6"]);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function plainText(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(plainText).join(" ") : "";
}

// English terms match as whole words in any case; Japanese ones as written.
function pattern(words: string[], lang: Language): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
  return lang === "ja" ? new RegExp(`(${alternatives})`, "u") : new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}

export function linkTerms(tree: Root, entries: GlossaryEntry[], lang: Language): Root {
  const pending = entries.map((entry) => ({ entry, re: pattern(entry.match, lang), title: plainText(entry.definition).replace(/\s+/g, " ").trim() }));
  const linked = new Set<string>();

  const inText = (value: string): ElementContent[] => {
    for (const { entry, re, title } of pending) {
      if (linked.has(entry.id)) continue;
      const match = re.exec(value);
      if (!match) continue;
      linked.add(entry.id);
      const link: Element = {
        type: "element",
        tagName: "a",
        properties: { href: `${paths.glossary()}#term-${entry.id}`, title, className: ["term-link"] },
        children: [{ type: "text", value: match[0] }],
      };
      return [...inText(value.slice(0, match.index)), link, ...inText(value.slice(match.index + match[0].length))].filter(
        (node) => node.type !== "text" || node.value !== "",
      );
    }
    return [{ type: "text", value }];
  };

  const visit = <T extends RootContent | ElementContent>(node: T): T[] => {
    if (node.type === "text") return inText(node.value) as T[];
    if (node.type === "element" && !SKIP.has(node.tagName)) return [{ ...node, children: node.children.flatMap((child) => visit(child)) }];
    return [node];
  };
  return { ...tree, children: tree.children.flatMap((child) => visit(child)) };
}

/** The entries whose words occur in the text, in the glossary's order. */
export function termsInText(entries: GlossaryEntry[], text: string, lang: Language): GlossaryEntry[] {
  return entries.filter((entry) => pattern(entry.match, lang).test(text));
}
