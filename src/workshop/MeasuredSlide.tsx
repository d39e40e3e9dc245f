// One section on a 16:9 slide, split into as many slides as its blocks need: the text is laid out
// once out of sight at the slide's own size, measured, and shown a slide-full at a time. Everything
// on the slide is sized in the slide's own units, so the split is the same on any 16:9 screen.
import { useLayoutEffect, useRef, useState } from "react";
import type { RichTextTree } from "../course/types";
import { RichText } from "../ui/RichText";
import { blocks, pageTree, paginate } from "./slidePages";

interface Props {
  tree: RichTextTree;
  kicker: string;
  title: string;
  lang: string;
  /** Which of the section's slides to show; past the last shows the last. */
  page: number;
  onPages: (count: number) => void;
}

interface Layout {
  pages: number[][];
  /** Per page: 1, or less for a single block taller than the slide (scaled down, not cut). */
  scales: number[];
}

export function MeasuredSlide({ tree, kicker, title, lang, page, onPages }: Props) {
  const area = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout>(() => ({ pages: [blocks(tree).map((_, i) => i)], scales: [1] }));

  useLayoutEffect(() => {
    const body = measure.current;
    const box = area.current;
    if (!body || !box) return;
    const lay = () => {
      // A little room for the last block's margin and rounding.
      const available = box.clientHeight * 0.97;
      const origin = body.getBoundingClientRect().top;
      const extents = Array.from(body.children, (child) => {
        const rect = child.getBoundingClientRect();
        return { top: rect.top - origin, bottom: rect.bottom - origin };
      });
      const pages = paginate(extents, available);
      const scales = pages.map((page) => {
        const first = extents[page[0] ?? -1];
        const last = extents[page.at(-1) ?? -1];
        return first && last ? Math.min(1, available / Math.max(1, last.bottom - first.top)) : 1;
      });
      setLayout({ pages, scales });
      onPages(pages.length);
    };
    lay();
    void document.fonts?.ready.then(lay);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(lay);
    observer.observe(box);
    return () => observer.disconnect();
  }, [tree, onPages]);

  const index = Math.min(page, layout.pages.length - 1);
  const scale = layout.scales[index] ?? 1;
  return (
    <div className="presenter-frame" lang={lang} data-testid="slide-frame">
      <p className="presenter-kicker">{kicker}</p>
      <h3 className="presenter-title">{title}</h3>
      <div className="presenter-area" ref={area}>
        <div
          className="presenter-body"
          data-testid="slide-body"
          style={scale < 1 ? { transform: `scale(${scale})`, transformOrigin: "top left", width: `${100 / scale}%` } : undefined}
        >
          <RichText tree={pageTree(tree, layout.pages[index] ?? [])} />
        </div>
        <div className="presenter-body presenter-measure" ref={measure} aria-hidden="true">
          <RichText tree={{ type: "root", children: blocks(tree) }} />
        </div>
      </div>
    </div>
  );
}
