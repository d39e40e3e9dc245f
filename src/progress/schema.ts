// The versioned progress document: one per learner, kept in their browser.
import { z } from "../lib/zod";
import { REQUEST_KINDS, ROLE_IDS } from "../course/roles";

export const PROGRESS_VERSION = 3;

/** Lengths and counts a review answer may have: far above the course's (ids of a few words, 4-6 options). */
export const REVIEW_LIMITS = { id: 100, options: 50, at: 40 } as const;

const reviewId = z.string().check(z.maxLength(REVIEW_LIMITS.id));
const reviewIds = z.array(reviewId).check(z.maxLength(REVIEW_LIMITS.options));
/** What the learner answered; the question's kind says which shape (number, choice, findings, decision). */
export const givenAnswerSchema = z.union([
  z.object({ value: z.number() }),
  // Before the choice shape, which would otherwise take a decision and drop its evidence.
  z.object({ option: reviewId, evidence: reviewIds }),
  z.object({ option: reviewId }),
  z.object({ options: reviewIds }),
]);
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

export const reviewAnswerRecordSchema = z.object({
  given: givenAnswerSchema,
  correct: z.boolean(),
  /** The question's version when answered: a right answer to a question that changed since does not count. */
  version: reviewId,
  at: z.string().check(z.maxLength(REVIEW_LIMITS.at)),
});
export type ReviewAnswerRecord = z.infer<typeof reviewAnswerRecordSchema>;

export const TRACKS = ["code", "review"] as const;
export const trackChoiceSchema = z.object({ value: z.enum(TRACKS), at: z.string().check(z.maxLength(REVIEW_LIMITS.at)) });

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

/** A lesson's progress as version 2 kept it; version 3 adds the review's answers. */
export const lessonProgressV2Schema = z.object({
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
  updatedAt: z.string(),
});

export const lessonProgressSchema = z.extend(lessonProgressV2Schema, {
  /** The review exercise's answers by question id, the last one given to each; absent until one is given. */
  review: z.optional(z.object({ answers: z.record(reviewId, reviewAnswerRecordSchema) })),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** The learner's or team's name, shown on a facilitator's board when they share their file. */
  learner: z.optional(z.string().check(z.maxLength(100))),
  /** A random id made by this browser: keeps two learners with the same name apart on a board or in a room. */
  learnerId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/))),
  lessons: z.record(z.string(), lessonProgressSchema),
  /** The track the learner chose ("I write the code" or "I review and decide"); absent until chosen. */
  track: z.optional(trackChoiceSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });

/** Version 2: no review answers, no track. */
export const progressV2Schema = z.object({
  version: z.literal(2),
  learner: progressSchema.shape.learner,
  learnerId: progressSchema.shape.learnerId,
  lessons: z.record(z.string(), lessonProgressV2Schema),
});

/** Version 1 kept code and drafts in two maps by lesson slug, without timestamps. */
export const progressV1Schema = z.object({
  version: z.literal(1),
  code: z._default(z.record(z.string(), z.string()), {}),
  drafts: z._default(z.record(z.string(), z.array(draftSchema)), {}),
});
