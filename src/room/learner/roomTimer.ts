// The time box the facilitator pushed, as this page's clock sees it: the server says when it ends
// on its own clock and what its clock read when it said so, so a learner's wrong clock does not matter.
import type { RoomTimer } from "../protocol/schemas";

export interface TimerView {
  timer: RoomTimer;
  /** Server clock minus this page's clock, when the timer arrived. */
  offsetMs: number;
}

export function remainingMs({ timer, offsetMs }: TimerView, now: number): number {
  if (timer.status === "finished") return 0;
  if (timer.status === "paused" || timer.endsAt === null) return timer.leftMs;
  return Math.max(0, timer.endsAt - (now + offsetMs));
}

/** Whole minutes left, rounded up, so "1 min" shows until the last second. */
export const minutesLeft = (ms: number) => Math.ceil(ms / 60_000);
