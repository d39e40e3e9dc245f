// Joins the lines of a Japanese sentence in a markdown tree: browsers show a source line break
// inside a paragraph as a space, which Japanese does not have between its characters. Lesson
// sources keep their line breaks; the compiled text drops them where STYLE.ja.md says so.
import { joinJapanese, LINE_BREAK } from "../../src/course/japanese";

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** The first or last character of a node's text; "" for none or a space (never part of a gap). */
function edgeChar(node: Node | undefined, end: "first" | "last"): string {
  if (!node) return "";
  if (typeof node.value === "string") return (end === "first" ? node.value.at(0) : node.value.at(-1))?.trim() ?? "";
  const children = node.children ?? [];
  return edgeChar(end === "first" ? children[0] : children.at(-1), end);
}

/** Removes, in place, the line breaks Japanese does not have from the text of a markdown tree. */
export function joinJapaneseLines(node: Node): void {
  const children = node.children ?? [];
  children.forEach((child, i) => {
    if (child.type === "text" && child.value !== undefined) {
      // The neighbours' characters decide a break at either end of this text node.
      const before = edgeChar(children[i - 1], "last");
      const after = edgeChar(children[i + 1], "first");
      const joined = joinJapanese(`${before}${child.value}${after}`, LINE_BREAK);
      child.value = joined.slice(before.length, joined.length - after.length);
    } else joinJapaneseLines(child);
  });
}
