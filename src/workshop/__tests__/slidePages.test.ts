import { describe, expect, it } from "vitest";
import type { Root } from "hast";
import { blocks, pageTree, paginate } from "../slidePages";

const at = (...heights: number[]) => {
  let top = 0;
  return heights.map((height) => {
    const extent = { top, bottom: top + height };
    top += height + 10; // a margin between blocks
    return extent;
  });
};

describe("paginate", () => {
  it("keeps blocks together while they fit and starts a new slide when the next would not", () => {
    expect(paginate(at(100, 100, 100), 400)).toEqual([[0, 1, 2]]);
    expect(paginate(at(100, 100, 100, 100), 250)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
  it("gives a block taller than a slide a slide of its own", () => {
    expect(paginate(at(50, 900, 50), 300)).toEqual([[0], [1], [2]]);
  });
  it("has one empty slide for an empty section", () => {
    expect(paginate([], 300)).toEqual([[]]);
  });
});

describe("pageTree", () => {
  it("takes the page's blocks, leaving out the whitespace between them", () => {
    const p = (text: string) => ({ type: "element" as const, tagName: "p", properties: {}, children: [{ type: "text" as const, value: text }] });
    const tree: Root = { type: "root", children: [p("a"), { type: "text", value: "\n" }, p("b"), { type: "text", value: "\n" }, p("c")] };
    expect(blocks(tree)).toHaveLength(3);
    expect(pageTree(tree, [1, 2]).children).toEqual([p("b"), p("c")]);
  });
  it("leaves out blocks of a page measured on a longer text (an answer just hidden)", () => {
    const tree: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [] }] };
    expect(pageTree(tree, [0, 1, 2]).children).toHaveLength(1);
  });
});
