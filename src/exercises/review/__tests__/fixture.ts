// A review as the build would compile it for lesson 06: Maya (Product Manager) reviews a test
// report whose decision looked at the overall share only. One question of every kind.
import type { Lesson, LessonReview, ReviewQuestion, ReviewText } from "../../../course/types";
import { compileMarkdown } from "../../../../scripts/lib/compile-course";

const md = compileMarkdown;
const option = (id: string, text: string, feedback: string) => ({ id, text: md(text), feedback: md(feedback) });

const report = {
  overall: { rows: 301, rmse: 26890.1, mae: 18342.7, share_within_tolerance: 0.67 },
  slices: {
    "neighborhood=North_Ames": { rows: 45, mae: 14210.5, share_within_tolerance: 0.71, meets_goal: true },
    "neighborhood=South_and_West_of_Iowa_State_University": { rows: 10, mae: 29410.0, share_within_tolerance: 0.3, meets_goal: false },
  },
  failing_slices: [],
  decision: "go",
  conditions: [],
};

const questionsEn: ReviewQuestion[] = [
  {
    id: "overall-mae",
    kind: "number",
    prompt: md("What is the model's mean absolute error (MAE) on the 2010 test set?"),
    unit: "USD",
    wrong: md("Not quite: read `overall.mae` in the report, the error in USD on the test sales."),
    typical: { "validation-mae": md("That is the **validation** error of lesson 05, not the test error.") },
    explanation: md("The report gives the MAE on the 301 test sales: about 18,343 USD."),
  },
  {
    id: "missing",
    kind: "findings",
    prompt: md("What is wrong with this report? Pick every finding that applies."),
    options: [
      option("slice-ignored", "The decision ignores a slice that misses the goal", "South & West of ISU is within ±10 % for 3 of 10 sales: the decision must name it."),
      option("no-conditions", "There are no conditions", "A slice fails, so the report needs a condition for it."),
      option("no-rmse", "The RMSE is missing", "The RMSE is there: `overall.rmse`."),
    ],
    explanation: md("The report's own slices show a failure its decision does not mention."),
  },
  {
    id: "go",
    kind: "decision",
    prompt: md("What do you decide, and on which evidence?"),
    options: [
      option("go", "Go", "The failing slice would get mostly wrong suggestions."),
      option("go-with-conditions", "Go with conditions", "Yes: launch, but not in the failing neighbourhood."),
      option("no-go", "No-go", "Overall the model meets the goal: a no-go throws that away."),
    ],
    evidence: [
      option("overall-above-goal", "67 % of test sales within ±10 %, above the 50 % goal", "This is why a launch is possible at all."),
      option("slice-fails", "Only 3 of 10 within ±10 % in South & West of ISU", "This is why there must be a condition."),
      option("rmse-high", "The RMSE is higher than the MAE", "That is always so; it says nothing about the goal."),
    ],
    explanation: md("Go with conditions: the goal is met overall, and the one failing slice is excluded until fixed."),
  },
  {
    id: "small-slice",
    kind: "choice",
    prompt: md("The failing slice has 10 test sales. How do you read its result?"),
    options: [
      option("proven-bad", "The model is proven bad there", "Ten sales prove little either way."),
      option("not-proven", "Not proven good enough there", "Right: too few sales to trust it there yet."),
      option("noise", "Noise: ignore it", "Ignoring it would put wrong prices in front of sellers."),
    ],
    explanation: md("A small slice is *not proven good enough*, which is exactly what a condition is for."),
  },
  {
    id: "next",
    kind: "next-request",
    prompt: md("What do you ask next, and of whom?"),
    options: [
      {
        ...option("fix-decision", "Please write the decision as **go with conditions** and name the failing slice.", "Right: the data scientist owns the report."),
        role: "data-scientist",
        kind: "work",
      },
      {
        ...option("deploy", "Please deploy the model to all appraisers now.", "Not before the report is corrected."),
        role: "mlops-engineer",
        kind: "work",
      },
    ],
    explanation: md("The report is the data scientist's: ask them to correct it before anyone deploys."),
  },
];

// Japanese keeps the same ids, kinds and options; only the words differ.
const questionsJa: ReviewQuestion[] = questionsEn.map((question) => ({
  ...question,
  prompt: md(`質問 ${question.id} の日本語の問い`),
  explanation: md(`質問 ${question.id} の日本語の解説`),
}));

const view: ReviewText["view"] = [
  { type: "heading", text: "Overall" },
  {
    type: "figures",
    items: [
      { label: "MAE", value: "18,343 USD", highlight: true },
      { label: "Within ±10 %", value: "67 %", highlight: true },
      { label: "Decision", value: "go", highlight: false },
    ],
  },
  { type: "heading", text: "Slices" },
  {
    type: "table",
    columns: ["slice", "rows", "within ±10 %", "meets goal"],
    rows: [
      ["North_Ames", 45, 0.71, true],
      ["South_and_West_of_Iowa_State_University", 10, 0.3, false],
    ],
    total: 2,
  },
  { type: "text", text: "failing_slices: []" },
];

export const review: LessonReview = {
  reviewer: "product-manager",
  program: "mistakes/go_on_overall_only.py",
  questions: questionsEn.map((q, i) => ({ id: q.id, version: `v${i}` })),
  answers: {
    "overall-mae": { kind: "number", value: 18342.7, tolerance: 50, typical: { "validation-mae": 17210.4 } },
    missing: { kind: "findings", options: ["slice-ignored", "no-conditions"] },
    go: { kind: "decision", option: "go-with-conditions", evidence: ["overall-above-goal", "slice-fails"] },
    "small-slice": { kind: "choice", option: "not-proven" },
    next: { kind: "next-request", option: "fix-decision" },
  },
  files: { "test_report.json": JSON.stringify(report) },
  text: {
    en: { name: "Maya", title: "Review the test report", intro: md("Priya, the data scientist, sent you **the test report**. Decide whether the pilot starts."), questions: questionsEn, view },
    ja: { name: "マヤさん", title: "テストレポートをレビューする", intro: md("データサイエンティストからテストレポートが届きました。"), questions: questionsJa, view },
  },
};

export const question = (id: string): ReviewQuestion => questionsEn.find((q) => q.id === id)!;

/** Just what the communication exercise reads of a lesson, to see a drafted request arrive. */
export const communicationLesson = {
  slug: "06-test",
  text: {
    en: { communication: { situation: md("The test report is written."), roles: ["data-scientist"], examples: [], checklist: ["Is it specific?"] } },
  },
} as unknown as Lesson;
