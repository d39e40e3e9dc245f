// A lesson with a review exercise, for tests of the room, the board and the presenter until the
// course's lessons carry review content of their own.
import type { Lesson, LessonReview, LessonSummary, ReviewText, RichTextTree } from "../types";

export const para = (text: string): RichTextTree => ({
  type: "root",
  children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] }],
});

const option = (id: string, text: string) => ({ id, text: para(text), feedback: para(`Feedback on ${text}`) });

const reviewText = (lang: string): ReviewText => ({
  name: lang === "ja" ? "佐藤" : "Sato",
  title: lang === "ja" ? "分析のレビュー" : "Review of the analysis",
  intro: para(lang === "ja" ? "あなたはプロダクトマネージャーです。" : "You are the product manager."),
  view: [
    { type: "heading", text: "Summary" },
    { type: "figures", items: [{ label: "Rows", value: "1,204", highlight: false }, { label: "Late share", value: "12.5%", highlight: true }] },
  ],
  questions: [
    { id: "rows", kind: "number", unit: "rows", prompt: para(lang === "ja" ? "何行ありますか。" : "How many rows does the table have?"), explanation: para("The summary counts 1,204 rows.") },
    {
      id: "metric",
      kind: "choice",
      prompt: para("Which figure answers the question?"),
      explanation: para("The late share is the figure asked for."),
      options: [option("late", "The late share"), option("rows", "The row count"), option("mean", "The mean delay")],
    },
    {
      id: "flaws",
      kind: "findings",
      prompt: para("Which problems do you see?"),
      explanation: para("Two problems: duplicates and a missing week."),
      options: [option("dupes", "Duplicate orders"), option("week", "A missing week"), option("fine", "Nothing is wrong")],
    },
    {
      id: "ship",
      kind: "decision",
      prompt: para("Do you ship it?"),
      explanation: para("Not yet: the duplicates change the figure."),
      options: [option("ship", "Ship it"), option("hold", "Hold it")],
      evidence: [option("dupes", "The duplicates"), option("font", "The font")],
    },
  ],
});

export const reviewSummary = {
  reviewer: "product-manager" as const,
  questions: [
    { id: "rows", version: "v-rows" },
    { id: "metric", version: "v-metric" },
    { id: "flaws", version: "v-flaws" },
    { id: "ship", version: "v-ship" },
  ],
};

export const lessonReview: LessonReview = {
  ...reviewSummary,
  program: "solution",
  answers: {
    rows: { kind: "number", value: 1204, tolerance: 0, typical: { head: 5 } },
    metric: { kind: "choice", option: "late" },
    flaws: { kind: "findings", options: ["dupes", "week"] },
    ship: { kind: "decision", option: "hold", evidence: ["dupes"] },
  },
  files: {},
  text: { en: reviewText("en"), ja: reviewText("ja") },
};

export const reviewedSummary: LessonSummary = {
  folder: "01-analyze",
  order: 1,
  slug: "analyze",
  minutes: 30,
  roles: ["product-manager"],
  reads: [],
  writes: [],
  starter: { en: "# start", ja: "# 開始" },
  text: { en: { title: "Analyze", summary: "Look at the data." }, ja: { title: "分析", summary: "データを見る。" } },
  review: reviewSummary,
};

export const plainSummary: LessonSummary = {
  ...reviewedSummary,
  folder: "00-welcome",
  order: 0,
  slug: "welcome",
  text: { en: { title: "Welcome", summary: "Start here." }, ja: { title: "ようこそ", summary: "ここから。" } },
  review: undefined,
};

const lessonText = (title: string) => ({
  title,
  summary: "",
  sections: { what: para(`What of ${title}`), why: para(`Why of ${title}`), how: para(`How of ${title}`) },
  hints: [],
  communication: { situation: para(`Situation of ${title}`), examples: [] },
});

/** The lesson chunks the presenter loads: text per section, and the review for the reviewed lesson. */
export function fixtureLesson(summary: LessonSummary): Lesson {
  const { text, review, ...rest } = summary;
  return {
    ...rest,
    solution: summary.starter,
    check: "",
    checks: { en: {}, ja: {} },
    text: { en: lessonText(text.en.title), ja: lessonText(text.ja.title) },
    ...(review ? { review: lessonReview } : {}),
  } as unknown as Lesson;
}
