import { describe, expect, it } from "vitest";
import type { ElementContent, Root, RootContent } from "hast";
import type { LessonReview, ReviewQuestion } from "../../course/types";
import { reviewIntroTree, reviewQuestionTree, type ReviewSlideWords } from "../reviewSlides";

const para = (value: string): Root => ({ type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] }] });
const option = (id: string, text: string) => ({ id, text: para(text), feedback: para(`feedback of ${id}`) });
const words: ReviewSlideWords = {
  keyFigures: "Key figures",
  evidence: "Evidence",
  answer: "Answer:",
  none: "nothing is wrong",
  rightMark: "✓",
  within: (tolerance) => `within ±${tolerance}`,
};

const question = (id: string, kind: ReviewQuestion["kind"], extra: Partial<ReviewQuestion> = {}): ReviewQuestion => ({
  id,
  kind,
  prompt: para(`prompt of ${id}`),
  explanation: para(`explanation of ${id}`),
  ...extra,
});

const review: LessonReview = {
  reviewer: "product-manager",
  questions: [],
  program: "solution.py",
  files: {},
  answers: {
    share: { kind: "number", value: 30.0000001, tolerance: 0.5, typical: { overall: 67 } },
    big: { kind: "number", value: 97200, tolerance: 100, typical: {} },
    findings: { kind: "findings", options: ["f1", "f3"] },
    nothing: { kind: "findings", options: [] },
    decide: { kind: "decision", option: "conditions", evidence: ["e2"] },
    ask: { kind: "next-request", option: "r2" },
  },
  text: {
    en: {
      name: "Maya",
      title: "Decide",
      intro: para("You are Maya."),
      view: [
        { type: "heading", text: "Slices" },
        { type: "figures", items: [{ label: "Overall", value: "67 %", highlight: false }, { label: "Worst slice", value: "30 %", highlight: true }] },
      ],
      questions: [
        question("share", "number", { unit: "%" }),
        question("big", "number", { unit: "USD" }),
        question("findings", "findings", { options: [option("f1", "first finding"), option("f2", "a distractor"), option("f3", "third finding")] }),
        question("nothing", "findings", { options: [option("n1", "a distractor")] }),
        question("decide", "decision", { options: [option("go", "go"), option("conditions", "go with conditions")], evidence: [option("e1", "overall share"), option("e2", "the worst slice")] }),
        question("ask", "next-request", { options: [option("r1", "ask Ken"), option("r2", "ask the data scientist")] }),
      ],
    },
    ja: { name: "マヤ", title: "判断", intro: para("マヤさんです。"), view: [], questions: [] },
  },
};

const textOf = (node: Root | RootContent | ElementContent): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join(" ") : "";
const rightItems = (tree: Root) => {
  const found: string[] = [];
  const walk = (node: Root | RootContent | ElementContent) => {
    if (node.type === "element" && (node.properties.className as string[] | undefined)?.includes("review-slide-right")) found.push(textOf(node).trim());
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
};

describe("review slides", () => {
  it("show what arrived with the key figures, the highlighted one in bold", () => {
    const tree = reviewIntroTree(review, "en", words);
    expect(textOf(tree)).toContain("You are Maya.");
    // The label and its figures are one block: a slide never ends on the label alone.
    const last = tree.children.at(-1)!;
    expect(textOf(last)).toContain("Key figures");
    expect(textOf(last)).toContain("Worst slice");
    const bold = JSON.stringify(tree);
    expect(bold).toMatch(/"tagName":"strong","properties":\{\},"children":\[\{"type":"text","value":"30 %"\}\]/);
    expect(bold).not.toMatch(/"tagName":"strong","properties":\{\},"children":\[\{"type":"text","value":"67 %"\}\]/);
  });

  it("keep every answer out of a question's slide until it is revealed", () => {
    for (const [i, q] of review.text.en.questions.entries()) {
      const hidden = reviewQuestionTree(review, "en", i, false, words);
      expect(textOf(hidden)).toContain(`prompt of ${q.id}`);
      expect(textOf(hidden)).not.toContain("Answer:");
      expect(textOf(hidden)).not.toContain("explanation");
      expect(textOf(hidden)).not.toContain("✓");
      expect(textOf(hidden)).not.toContain("30");
      expect(textOf(hidden)).not.toContain("97,200");
      const shown = reviewQuestionTree(review, "en", i, true, words);
      expect(textOf(shown)).toContain("Answer:");
      expect(textOf(shown)).toContain(`explanation of ${q.id}`);
    }
  });

  it("say a number with the decimals its tolerance needs, and its unit", () => {
    expect(textOf(reviewQuestionTree(review, "en", 0, true, words))).toContain("30 % (within ±0.5 %)");
    expect(textOf(reviewQuestionTree(review, "en", 1, true, words))).toContain("97,200 USD (within ±100 USD)");
  });

  it("mark the right options, evidence and request, and say when nothing is wrong", () => {
    expect(rightItems(reviewQuestionTree(review, "en", 2, true, words))).toEqual(["✓  first finding", "✓  third finding"]);
    expect(textOf(reviewQuestionTree(review, "en", 2, true, words))).toContain("first finding  /  third finding");
    expect(rightItems(reviewQuestionTree(review, "en", 3, true, words))).toEqual([]);
    expect(textOf(reviewQuestionTree(review, "en", 3, true, words))).toContain("nothing is wrong");
    expect(rightItems(reviewQuestionTree(review, "en", 4, true, words))).toEqual(["✓  go with conditions", "✓  the worst slice"]);
    expect(rightItems(reviewQuestionTree(review, "en", 5, true, words))).toEqual(["✓  ask the data scientist"]);
  });

  it("are empty for a question that no longer exists", () => {
    expect(reviewQuestionTree(review, "en", 9, true, words).children).toEqual([]);
  });
});
