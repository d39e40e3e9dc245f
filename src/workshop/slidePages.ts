// Splits a section's blocks into slides by measure: as many whole blocks as fit the slide's height.
import type { Root, RootContent } from "hast";

/** The blocks of a compiled section (headings, paragraphs, lists, tables, code), in order. */
export function blocks(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type === "element");
}

/**
 * Greedy pages from block extents (top and bottom of each block, in pixels, in document order):
 * a block starts a new page when the page would grow taller than `available`. A block taller
 * than a page gets a page of its own (the slide scales it down to fit).
 */
export function paginate(extents: { top: number; bottom: number }[], available: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let pageTop = 0;
  extents.forEach((extent, i) => {
    if (page.length > 0 && extent.bottom - pageTop > available) {
      pages.push(page);
      page = [];
    }
    if (page.length === 0) pageTop = extent.top;
    page.push(i);
  });
  if (page.length > 0) pages.push(page);
  return pages.length > 0 ? pages : [[]];
}

/** A page's blocks; indices past the end (a layout measured on a longer text, before it is measured again) are left out. */
export function pageTree(tree: Root, page: number[]): Root {
  const all = blocks(tree);
  return { type: "root", children: page.flatMap((i) => all[i] ?? []) };
}
