import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../../src/course/types";
import { linkTerms, plainText, termsInText } from "./link-terms";

const definition = (text: string): Root => ({ type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] }] });
const entries: GlossaryEntry[] = [
  { id: "iqr", term: "IQR", match: ["IQR", "outlier"], definition: definition("The spread of the middle half.") },
  { id: "slice", term: "Slice", match: ["slice", "slices"], definition: definition("A group of rows.") },
];
const p = (...children: Root["children"]) => ({ type: "element" as const, tagName: "p", properties: {}, children }) as Root["children"][number];
const text = (value: string) => ({ type: "text" as const, value });

describe("linkTerms", () => {
  it("links each term once, at its first use, with its definition as the title", () => {
    const tree: Root = { type: "root", children: [p(text("The IQR fence marks an outlier; the IQR again.")), p(text("Per slice and per slices."))] };
    const linked = linkTerms(tree, entries, "en");
    const links: { href: unknown; title: unknown; text: string }[] = [];
    const walk = (node: Root | Root["children"][number]) => {
      if (node.type === "element" && node.tagName === "a") links.push({ href: node.properties.href, title: node.properties.title, text: plainText(node) });
      if ("children" in node) node.children.forEach((child) => walk(child as Root["children"][number]));
    };
    walk(linked);
    expect(links).toEqual([
      { href: "/glossary#term-iqr", title: "The spread of the middle half.", text: "IQR" },
      { href: "/glossary#term-slice", title: "A group of rows.", text: "slice" },
    ]);
    // The words around the links are kept as they were.
    expect(plainText(linked).replace(/\s+/g, " ")).toBe(plainText(tree).replace(/\s+/g, " "));
  });

  it("leaves code, links and headings alone, and matches whole words only in English", () => {
    const code = { type: "element" as const, tagName: "code", properties: {}, children: [text("IQR")] };
    const tree: Root = { type: "root", children: [p(code, text(" sliced bread")), p(text("スライスごと"))] };
    expect(linkTerms(tree, entries, "en")).toEqual(tree);
    const ja: GlossaryEntry[] = [{ ...entries[1]!, match: ["スライス"] }];
    expect(JSON.stringify(linkTerms(tree, ja, "ja"))).toContain('"href":"/glossary#term-slice"');
  });

  it("finds the terms a text uses", () => {
    expect(termsInText(entries, "per slice", "en").map((e) => e.id)).toEqual(["slice"]);
    expect(termsInText(entries, "sliced", "en")).toEqual([]);
  });
});
