// What the room adds to the progress document while the learner is in a room: checks failing run
// after run, when each lesson last moved forward, time on each lesson's page, and the code they
// chose to share. Kept in localStorage beside the membership and forgotten on leaving.
import { z } from "../../lib/zod";

export const TRACKER_KEY = "mlops-course:room-tracker";

const lessonTrackSchema = z.object({
  /** The check run last counted (its `at`), so the same result is never counted twice. */
  lastCheckAt: z.optional(z.string()),
  failStreaks: z._default(z.record(z.string(), z.number()), {}),
  /** The best this lesson has been: forward means beyond it. */
  best: z._default(z.object({ passed: z.number(), drafts: z.number(), rank: z.number(), right: z._default(z.number(), 0) }), { passed: 0, drafts: 0, rank: 0, right: 0 }),
  advancedAt: z.optional(z.string()),
  timeMs: z._default(z.number(), 0),
  code: z.optional(z.object({ text: z.string(), at: z.string() })),
});
const trackerSchema = z.object({ lessons: z._default(z.record(z.string(), lessonTrackSchema), {}) });
export type LessonTrack = z.infer<typeof lessonTrackSchema>;
export type Tracker = z.infer<typeof trackerSchema>;

const emptyTrack = (): LessonTrack => ({ failStreaks: {}, best: { passed: 0, drafts: 0, rank: 0, right: 0 }, timeMs: 0 });

export function loadTracker(): Tracker {
  try {
    const parsed = trackerSchema.safeParse(JSON.parse(window.localStorage.getItem(TRACKER_KEY) ?? "{}"));
    return parsed.success ? parsed.data : { lessons: {} };
  } catch {
    return { lessons: {} };
  }
}

export function saveTracker(tracker: Tracker) {
  try {
    window.localStorage.setItem(TRACKER_KEY, JSON.stringify(tracker));
  } catch {
    // Not kept: streaks and time start again after a reload; nothing the learner made is lost.
  }
}

export function forgetTracker() {
  try {
    window.localStorage.removeItem(TRACKER_KEY);
  } catch {
    // Nothing to forget.
  }
}

export const trackOf = (tracker: Tracker, slug: string): LessonTrack => (Object.hasOwn(tracker.lessons, slug) ? tracker.lessons[slug]! : emptyTrack());

export function withTrack(tracker: Tracker, slug: string, change: (track: LessonTrack) => LessonTrack): Tracker {
  return { lessons: { ...tracker.lessons, [slug]: change(trackOf(tracker, slug)) } };
}

const RANK = { "not-started": 0, "in-progress": 1, done: 2 } as const;

export interface Observed {
  checks?: { at: string; results: { name: string; passed: boolean }[] };
  status: keyof typeof RANK;
  drafts: number;
  /** Review questions answered right now. */
  right?: number;
}

/** Takes in one lesson as the progress document has it now; returns the same track when nothing changed. */
export function observe(track: LessonTrack, seen: Observed, now: Date): LessonTrack {
  let next = track;
  const checks = seen.checks;
  if (checks && checks.at !== track.lastCheckAt) {
    const failStreaks: Record<string, number> = {};
    for (const result of checks.results) if (!result.passed) failStreaks[result.name] = (track.failStreaks[result.name] ?? 0) + 1;
    next = { ...next, lastCheckAt: checks.at, failStreaks };
  }
  const passed = checks ? checks.results.filter((r) => r.passed).length : 0;
  const rank = RANK[seen.status];
  const { best } = track;
  const forward = passed > best.passed || seen.drafts > best.drafts || rank > best.rank || (seen.right ?? 0) > best.right;
  if (forward || !track.advancedAt) {
    const better = { passed: Math.max(passed, best.passed), drafts: Math.max(seen.drafts, best.drafts), rank: Math.max(rank, best.rank), right: Math.max(seen.right ?? 0, best.right) };
    next = { ...next, best: better, advancedAt: now.toISOString() };
  }
  return next;
}
