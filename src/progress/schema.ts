// The versioned progress document: one per learner, kept in their browser.
import { z } from "../lib/zod";
import { REQUEST_KINDS, ROLE_IDS } from "../course/roles";

export const PROGRESS_VERSION = 2;

export const draftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  role: z.union([z.enum(ROLE_IDS), z.literal("")]),
  kind: z.union([z.enum(REQUEST_KINDS), z.literal("")]),
  request: z.string(),
  unblocks: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export const checkResultSchema = z.object({
  name: z.string(),
  title: z.string(),
  passed: z.boolean(),
  message: z.string(),
});

/** What the learner gave for a review question, by kind: a number, one option, several, or an option with its evidence. */
export const givenAnswerSchema = z.union([
  z.object({ value: z.number() }),
  z.object({ option: z.string(), evidence: z.array(z.string()) }),
  z.object({ option: z.string() }),
  z.object({ options: z.array(z.string()) }),
]);
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

export const reviewAnswerSchema = z.object({ given: givenAnswerSchema, correct: z.boolean(), version: z.string(), at: z.string() });

export const lessonProgressSchema = z.object({
  code: z.optional(z.string()),
  checks: z.optional(
    z.object({
      at: z.string(),
      results: z.array(checkResultSchema),
      passed: z.boolean(),
      /** What the check ran on (see checkedVersion.ts); absent in older documents. */
      version: z.optional(z.object({ code: z.string(), language: z.string(), inputs: z.string() })),
    }),
  ),
  hintsShown: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  solutionShown: z._default(z.boolean(), false),
  examplesShown: z._default(z.boolean(), false),
  drafts: z._default(z.array(draftSchema), []),
  /** Indices of the self-review checklist items the learner ticked; absent in older documents. */
  checklist: z.optional(z.array(z.number().check(z.int(), z.minimum(0)))),
  /** The review exercise's answers by question id (the last one given for each). */
  review: z.optional(z.object({ answers: z.record(z.string(), reviewAnswerSchema) })),
  updatedAt: z.string(),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** The learner's or team's name, shown on a facilitator's board when they share their file. */
  learner: z.optional(z.string().check(z.maxLength(100))),
  /** A random id made by this browser: keeps two learners with the same name apart on a board or in a room. */
  learnerId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/))),
  /** The learner's way through the course: "I write the code" or "I review and decide". */
  track: z.optional(z.object({ value: z.enum(["code", "review"]), at: z.string() })),
  lessons: z.record(z.string(), lessonProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });

/** Version 1 kept code and drafts in two maps by lesson slug, without timestamps. */
export const progressV1Schema = z.object({
  version: z.literal(1),
  code: z._default(z.record(z.string(), z.string()), {}),
  drafts: z._default(z.record(z.string(), z.array(draftSchema)), {}),
});
