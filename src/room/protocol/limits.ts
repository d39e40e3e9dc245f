// Size limits of everything a room stores, shared by the app (which trims to them) and the server
// (which refuses what exceeds them). Far above real use; they bound what one hostile client costs.
export const LIMITS = {
  /** Bytes of one request body; a learner's whole state with shared code fits well within it. */
  stateBodyBytes: 512 * 1024,
  /** Bytes of every other request body (join, hand, timer, create). */
  smallBodyBytes: 8 * 1024,
  name: 60,
  team: 60,
  title: 80,
  lessons: 40,
  slug: 80,
  checks: 40,
  checkName: 120,
  checkTitle: 300,
  checkMessage: 2_000,
  drafts: 30,
  request: 4_000,
  unblocks: 2_000,
  code: 100_000,
  /** Questions of one lesson's review exercise (4-6 in the course). */
  reviewQuestions: 20,
  questionId: 80,
  learnersPerRoom: 500,
} as const;

/** How often a learner's page says it is still there, and how long the board waits before calling it away. */
export const PRESENCE = { heartbeatMs: 20_000 } as const;
