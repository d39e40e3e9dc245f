// Option texts and prompts sit in <label> and <legend>, which hold phrasing content only: their
// paragraphs become spans (block-styled in review.css), so the markup stays valid.
import type { ElementContent, RootContent } from "hast";
import type { RichTextTree } from "../../course/types";

export function inlineTree(tree: RichTextTree): RichTextTree {
  const children = tree.children.map((node): RootContent =>
    node.type === "element" && node.tagName === "p" ? { ...node, tagName: "span", properties: { ...node.properties, className: ["review-line"] } } : node,
  );
  return { ...tree, children };
}

/** The words of a text without its markup: a request copied into a draft is plain text. */
export function plainText(tree: RichTextTree): string {
  const text = (node: RootContent | ElementContent): string =>
    node.type === "text" ? node.value : "children" in node ? node.children.map(text).join("") : "";
  return tree.children
    .map(text)
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n\n");
}
