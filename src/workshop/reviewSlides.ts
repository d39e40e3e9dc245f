// A lesson's review exercise as slides for a room discussion: first what arrived and its key
// figures, then each question with its options. The right answer is put into a slide's tree only
// once the facilitator reveals it, so it is nowhere in the page before.
import type { Element, ElementContent, RootContent } from "hast";
import type { LessonReview, ReviewAnswer, ReviewOption, ReviewQuestion, RichTextTree } from "../course/types";

/** The words a review slide needs from the interface, in the facilitator's language. */
export interface ReviewSlideWords {
  keyFigures: string;
  evidence: string;
  answer: string;
  none: string;
  rightMark: string;
  within: (tolerance: string) => string;
}

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, children: ElementContent[], className?: string[]): Element => ({
  type: "element",
  tagName,
  properties: className ? { className } : {},
  children,
});
const blocksOf = (tree: RichTextTree): RootContent[] => tree.children.filter((node) => node.type === "element");
/** An option's text as list-item content; its paragraphs may stay paragraphs inside an <li>. */
const contentOf = (tree: RichTextTree): ElementContent[] => tree.children.filter((node): node is ElementContent => node.type !== "doctype");

function optionList(options: readonly ReviewOption[], right: ReadonlySet<string> | undefined, words: ReviewSlideWords): Element {
  return el(
    "ol",
    options.map((option) => {
      const marked = right?.has(option.id);
      return el("li", marked ? [el("strong", [text(`${words.rightMark} `)]), ...contentOf(option.text)] : contentOf(option.text), marked ? ["review-slide-right"] : undefined);
    }),
    ["review-slide-options"],
  );
}

/** Enough decimals to tell the tolerance apart, never fewer than the value needs up to three. */
function formatNumber(value: number, tolerance: number, lang: string): string {
  const decimals = tolerance > 0 ? Math.min(3, Math.max(0, Math.ceil(-Math.log10(tolerance)))) : 3;
  return new Intl.NumberFormat(lang, { maximumFractionDigits: decimals }).format(value);
}

function rightIds(answer: ReviewAnswer): Set<string> {
  if (answer.kind === "findings") return new Set(answer.options);
  if (answer.kind === "number") return new Set();
  return new Set([answer.option]);
}

function answerBlocks(question: ReviewQuestion, answer: ReviewAnswer, lang: string, words: ReviewSlideWords): RootContent[] {
  const named = (options: readonly ReviewOption[] | undefined, ids: readonly string[]) =>
    ids.flatMap((id) => options?.find((option) => option.id === id) ?? []).flatMap((option) => contentOf(option.text).flatMap(inline));
  let said: ElementContent[];
  if (answer.kind === "number") {
    const unit = question.unit ? ` ${question.unit}` : "";
    said = [text(`${formatNumber(answer.value, answer.tolerance, lang)}${unit} (${words.within(`${formatNumber(answer.tolerance, answer.tolerance, lang)}${unit}`)})`)];
  } else if (answer.kind === "findings") {
    said = answer.options.length === 0 ? [text(words.none)] : named(question.options, answer.options).flatMap((part, i) => (i === 0 ? [part] : [text(" / "), part]));
  } else {
    said = named(question.options, [answer.option]);
  }
  return [el("p", [el("strong", [text(`${words.answer} `)]), ...said], ["review-slide-answer"]), ...blocksOf(question.explanation)];
}

/** An element's phrasing content: a paragraph's children, so several options fit one sentence. */
function inline(node: ElementContent): ElementContent[] {
  return node.type === "element" && node.tagName === "p" ? node.children : [node];
}

export function reviewIntroTree(review: LessonReview, lang: keyof LessonReview["text"], words: ReviewSlideWords): RichTextTree {
  const texts = review.text[lang];
  const figures = texts.view.flatMap((block) => (block.type === "figures" ? block.items : []));
  const children: RootContent[] = [...blocksOf(texts.intro)];
  if (figures.length > 0) {
    // One block, so a slide never ends on the label without its figures.
    const list = el(
      "ul",
      figures.map((item) => el("li", [text(`${item.label}: `), item.highlight ? el("strong", [text(item.value)]) : text(item.value)])),
    );
    children.push(el("div", [el("p", [el("strong", [text(words.keyFigures)])]), list], ["review-slide-figures"]));
  }
  return { type: "root", children };
}

export function reviewQuestionTree(review: LessonReview, lang: keyof LessonReview["text"], index: number, revealed: boolean, words: ReviewSlideWords): RichTextTree {
  const question = review.text[lang].questions[index];
  const answer = question && (Object.hasOwn(review.answers, question.id) ? review.answers[question.id] : undefined);
  if (!question || !answer) return { type: "root", children: [] };
  const right = revealed ? rightIds(answer) : undefined;
  const children: RootContent[] = [...blocksOf(question.prompt)];
  if (question.options) children.push(optionList(question.options, right, words));
  if (question.evidence) {
    const evidence = revealed && answer.kind === "decision" ? new Set(answer.evidence) : undefined;
    children.push(el("div", [el("p", [el("strong", [text(words.evidence)])]), optionList(question.evidence, evidence, words)]));
  }
  if (revealed) children.push(...answerBlocks(question, answer, lang, words));
  return { type: "root", children };
}
