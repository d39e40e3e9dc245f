// Every message between the app and the room server, as zod schemas both sides parse with. Plain
// data only (no React, no DOM), so the server imports this file as it is.
import { z } from "../../lib/zod";
import { LANGUAGES } from "../../course/languages";
import { REQUEST_KINDS, ROLE_IDS } from "../../course/roles";
import { LIMITS } from "./limits";

const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const isoDate = z.iso.datetime();
const maxKeys = (max: number) => z.refine((value: unknown) => Object.keys(value as object).length <= max, `At most ${max} entries.`);

export const slugSchema = z.string().check(z.maxLength(LIMITS.slug), z.regex(/^[a-z0-9][a-z0-9-]*$/));
/** A random id each browser makes for its learner (see progress `learnerId`). */
export const learnerIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const trackStatusSchema = z.enum(["not-started", "in-progress", "done"]);
export type TrackStatus = z.infer<typeof trackStatusSchema>;
const trackSchema = z.object({ status: trackStatusSchema });

export const sharedCheckSchema = z.object({
  name: text(LIMITS.checkName),
  title: text(LIMITS.checkTitle),
  passed: z.boolean(),
  message: z.optional(text(LIMITS.checkMessage)),
});

export const sharedDraftSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  role: z.union([z.enum(ROLE_IDS), z.literal("")]),
  kind: z.union([z.enum(REQUEST_KINDS), z.literal("")]),
  request: text(LIMITS.request),
  unblocks: text(LIMITS.unblocks),
});
export type SharedDraft = z.infer<typeof sharedDraftSchema>;

export const TRACKS = ["code", "review"] as const;
export type TrackName = (typeof TRACKS)[number];

/**
 * The review exercise in brief: how many of its questions are answered right now, and per
 * question answered for its current version whether the last answer was right.
 */
const consistentAnswers = (answers: { id: string; correct: boolean }[], { right, total }: { right: number; total: number }) =>
  answers.length <= total && new Set(answers.map((a) => a.id)).size === answers.length && answers.filter((a) => a.correct).length === right;

export const sharedReviewSchema = z
  .object({
    right: z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.reviewQuestions)),
    total: z.number().check(z.int(), z.minimum(1), z.maximum(LIMITS.reviewQuestions)),
    answers: z.optional(
      z.array(z.object({ id: text(LIMITS.questionId), correct: z.boolean() })).check(z.maxLength(LIMITS.reviewQuestions)),
    ),
  })
  .check(
    z.refine((review) => review.right <= review.total, { message: "More right than there are questions.", path: ["right"] }),
    z.refine((review) => !review.answers || consistentAnswers(review.answers, review), { message: "The answers do not add up to the counts.", path: ["answers"] }),
  );
export type SharedReview = z.infer<typeof sharedReviewSchema>;

/** One lesson as a facilitator sees it. */
export const sharedLessonSchema = z.object({
  /** Status per track; `review` is sent by apps that know the review track. */
  tracks: z.object({ code: trackSchema, review: z.optional(trackSchema) }),
  /** Only for a lesson with a review exercise. */
  review: z.optional(sharedReviewSchema),
  checks: z.optional(
    z.object({
      at: isoDate,
      passed: z.boolean(),
      /** The results came from an imported file: reported by the learner, not checked in their browser. */
      reported: z.optional(z.literal(true)),
      results: z.array(sharedCheckSchema).check(z.maxLength(LIMITS.checks)),
    }),
  ),
  /** Check runs in a row (since joining) in which each check failed; checks that passed are absent. */
  failStreaks: z.optional(z.record(text(LIMITS.checkName), count).check(maxKeys(LIMITS.checks))),
  hintsShown: count,
  solutionShown: z.boolean(),
  /** Time on the lesson's page while it was visible, since joining. */
  timeMs: z.optional(count),
  /** When the lesson last moved forward (more checks passing, a new request, a better status). */
  advancedAt: z.optional(isoDate),
  drafts: z.array(sharedDraftSchema).check(z.maxLength(LIMITS.drafts)),
  /** Drafts beyond the limit, not sent. */
  draftsOmitted: z.optional(count),
  /** Only after the learner pressed "Share my code". */
  code: z.optional(z.object({ text: text(LIMITS.code), at: isoDate })),
});
export type SharedLesson = z.infer<typeof sharedLessonSchema>;

export const learnerStateSchema = z.object({
  lang: z.optional(z.enum(LANGUAGES)),
  /** The track the learner chose; absent when they have not chosen (the code track counts then). */
  track: z.optional(z.enum(TRACKS)),
  /** The lesson whose page the learner has open. */
  current: z.optional(slugSchema),
  lessons: z.record(slugSchema, sharedLessonSchema).check(maxKeys(LIMITS.lessons)),
});
export type LearnerState = z.infer<typeof learnerStateSchema>;

export const handSchema = z.object({ raisedAt: isoDate, lesson: z.optional(slugSchema) });
export type Hand = z.infer<typeof handSchema>;

export const timerStatusSchema = z.enum(["running", "paused", "finished"]);
const SIX_HOURS_MS = 6 * 3_600_000;
/** The facilitator's time box as the server keeps it; `endsAt` is the server's clock. */
export const roomTimerSchema = z.object({
  status: timerStatusSchema,
  durationMs: z.number().check(z.int(), z.minimum(1), z.maximum(SIX_HOURS_MS)),
  leftMs: z.number().check(z.int(), z.minimum(0), z.maximum(SIX_HOURS_MS)),
  endsAt: z.nullable(z.number()),
});
export type RoomTimer = z.infer<typeof roomTimerSchema>;

export const roomInfoSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  createdAt: isoDate,
  expiresAt: isoDate,
});
export type RoomInfo = z.infer<typeof roomInfoSchema>;

// ---- Requests ------------------------------------------------------------------------------

export const createRoomRequestSchema = z.object({ title: z.optional(text(LIMITS.title)) });
export const joinRequestSchema = z.object({
  code: text(20),
  learnerId: learnerIdSchema,
  // Cut to LIMITS.name after cleaning; the raw text may carry characters cleaning removes.
  name: text(LIMITS.name * 4),
  team: z.optional(text(LIMITS.team * 4)),
  lang: z.optional(z.enum(LANGUAGES)),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;
export const stateUpdateSchema = z.object({ seq: z.optional(count), state: learnerStateSchema });
export type StateUpdate = z.infer<typeof stateUpdateSchema>;
export const handRequestSchema = z.object({ raised: z.boolean(), lesson: z.optional(slugSchema) });
export const timerRequestSchema = z.object({
  status: timerStatusSchema,
  durationMs: roomTimerSchema.shape.durationMs,
  leftMs: roomTimerSchema.shape.leftMs,
});
export type TimerRequest = z.infer<typeof timerRequestSchema>;

// ---- Responses and events ------------------------------------------------------------------

export const createRoomResponseSchema = z.object({ room: roomInfoSchema, secret: z.string() });
export type CreateRoomResponse = z.infer<typeof createRoomResponseSchema>;

export const joinResponseSchema = z.object({
  room: roomInfoSchema,
  learner: z.object({ id: learnerIdSchema, name: z.string(), team: z.optional(z.string()) }),
  token: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** What a learner's page gets: the room, the pushed time box, their own hand. */
export const learnerViewSchema = z.object({
  room: roomInfoSchema,
  timer: z.nullable(roomTimerSchema),
  hand: z.nullable(handSchema),
  serverNow: z.number(),
});
export type LearnerView = z.infer<typeof learnerViewSchema>;

export const boardLearnerSchema = z.object({
  id: learnerIdSchema,
  name: z.string(),
  team: z.optional(z.string()),
  joinedAt: isoDate,
  updatedAt: isoDate,
  /** The learner's page has the room's stream open. */
  online: z.boolean(),
  hand: z.nullable(handSchema),
  state: learnerStateSchema,
  seq: z.optional(count),
});
export type BoardLearner = z.infer<typeof boardLearnerSchema>;

/** Everything that changed since a version (0: the whole room), and who is still in it. */
export const boardChangesSchema = z.object({
  version: count,
  serverNow: z.number(),
  room: roomInfoSchema,
  timer: z.nullable(roomTimerSchema),
  learners: z.array(boardLearnerSchema),
  present: z.array(learnerIdSchema),
});
export type BoardChanges = z.infer<typeof boardChangesSchema>;

export const boardLearnerEventSchema = z.object({ version: count, learner: boardLearnerSchema });
export const boardLeftEventSchema = z.object({ version: count, learnerId: learnerIdSchema });
export const presenceEventSchema = z.object({ learnerId: learnerIdSchema, online: z.boolean() });
export const timerEventSchema = z.object({ timer: z.nullable(roomTimerSchema), serverNow: z.number() });
export const handEventSchema = z.object({ hand: z.nullable(handSchema), answered: z.boolean() });
export const closedEventSchema = z.object({ reason: z.enum(["deleted", "expired", "removed"]) });
export type ClosedReason = z.infer<typeof closedEventSchema>["reason"];

export const errorBodySchema = z.object({ error: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Names of the server-sent events, one list for both ends. */
export const EVENTS = {
  changes: "changes",
  learner: "learner",
  left: "left",
  presence: "presence",
  timer: "timer",
  view: "view",
  hand: "hand",
  closed: "closed",
  ping: "ping",
} as const;
