// The review exercise of a lesson (review.LANG.yaml): a stakeholder reviews a data scientist's
// artifact made by one of the lesson's own programs, and answers questions about it. The right
// answers are not in these files: review.py computes them from the artifact at build time.
import { z } from "zod";
import { REQUEST_KINDS, ROLE_IDS } from "./roles";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const text = z.string().trim().min(1);
const artifactName = z.string().regex(/^[a-z0-9_]+\.(json|csv)$/, "must be a file name like report.json or data.csv");

export const REVIEW_KINDS = ["number", "choice", "findings", "decision", "next-request"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

const option = z.strictObject({
  id,
  /** Inline markdown: what the learner picks. */
  text,
  /** Markdown shown after an attempt: for a picked option why it is right or wrong; for a finding
   * or piece of evidence, why it matters when it was missed, or why not when it was picked. */
  feedback: text,
});
export type ReviewOptionSource = z.infer<typeof option>;

const requestOption = option.extend({ role: z.enum(ROLE_IDS), kind: z.enum(REQUEST_KINDS) });
export type ReviewRequestOptionSource = z.infer<typeof requestOption>;

const common = {
  id,
  /** Markdown; `{name}` placeholders are filled from review.py's facts(), like check messages. */
  prompt: text,
  /** Markdown shown after every attempt once the answer is right: the why behind it. */
  explanation: text,
};

const uniqueIds = (list: { id: string }[]) => new Set(list.map((o) => o.id)).size === list.length;
const options = <T extends typeof option>(schema: T, min: number) =>
  z.array(schema).min(min, `needs at least ${min} options`).refine(uniqueIds, "option ids must be unique");

export const reviewQuestionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...common,
    kind: z.literal("number"),
    /** Shown after the input ("$", "houses", "%"). */
    unit: z.optional(text),
    /** Markdown for a wrong value that is none of the typical ones. */
    wrong: text,
    /** Feedback for typical wrong values, by the ids review.py gives their values. */
    typical: z.optional(z.record(id, text)),
  }),
  z.strictObject({ ...common, kind: z.literal("choice"), options: options(option, 2) }),
  z.strictObject({ ...common, kind: z.literal("findings"), options: options(option, 3) }),
  z.strictObject({ ...common, kind: z.literal("decision"), options: options(option, 2), evidence: options(option, 3) }),
  z.strictObject({ ...common, kind: z.literal("next-request"), options: options(requestOption, 2) }),
]);
export type ReviewQuestionSource = z.infer<typeof reviewQuestionSchema>;

export const reviewSchema = z.strictObject({
  /** The stakeholder the learner plays. */
  reviewer: z.enum(ROLE_IDS),
  /** Their name in the story as the interface shows it ("Maya", "マヤさん"). */
  name: text,
  /** The program whose output is reviewed: the reference solution or one of the lesson's mistakes. */
  program: z.string().regex(/^(solution\.py|mistakes\/[a-z0-9_]+\.py)$/, "must be solution.py or mistakes/NAME.py"),
  /** The files of the lesson's `writes` the reviewer receives (shown as they are, beside the view). */
  shows: z.array(artifactName).min(1),
  /** Short heading of the exercise. */
  title: text,
  /** Markdown: who you are, what arrived from whom, what you must decide. */
  intro: text,
  questions: z
    .array(reviewQuestionSchema)
    .min(4, "needs 4 to 6 questions")
    .max(6, "needs 4 to 6 questions")
    .refine(uniqueIds, "question ids must be unique"),
});
export type ReviewSource = z.infer<typeof reviewSchema>;

/** The right answer of one question, as review.py's answers() returns it (keyed by question id). */
export const reviewAnswerSchema = z.union([
  z.strictObject({ value: z.number(), tolerance: z.number().min(0), typical: z.optional(z.record(z.string(), z.number())) }),
  z.strictObject({ option: z.string() }),
  z.strictObject({ options: z.array(z.string()) }),
  z.strictObject({ option: z.string(), evidence: z.array(z.string()).min(1) }),
]);
