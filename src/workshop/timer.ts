// The workshop time box as pure functions of the clock, so a background tab never drifts.
export type TimerStatus = "idle" | "running" | "paused" | "finished";

export interface TimerState {
  status: TimerStatus;
  durationMs: number;
  /** While running: the clock time at which the time box ends. */
  endsAt: number | null;
  /** While paused (or idle): what is left. */
  leftMs: number;
}

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 60;
export const PRESET_MINUTES = [10, 15, 20] as const;

export function createTimer(minutes: number): TimerState {
  const durationMs = minutes * 60_000;
  return { status: "idle", durationMs, endsAt: null, leftMs: durationMs };
}

/** Remaining time: derived from the end time, never from counted ticks. */
export function remainingMs(state: TimerState, now: number): number {
  if (state.status === "running" && state.endsAt !== null) return Math.max(0, state.endsAt - now);
  if (state.status === "finished") return 0;
  return state.leftMs;
}

export function start(state: TimerState, now: number): TimerState {
  if (state.status === "running") return state;
  const left = state.status === "finished" ? state.durationMs : state.leftMs;
  return { ...state, status: "running", endsAt: now + left, leftMs: left };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== "running") return state;
  return { ...state, status: "paused", endsAt: null, leftMs: remainingMs(state, now) };
}

export function reset(state: TimerState): TimerState {
  return { ...state, status: "idle", endsAt: null, leftMs: state.durationMs };
}

/** Moves a running timer to finished once its time is up; otherwise returns the same object. */
export function settle(state: TimerState, now: number): TimerState {
  if (state.status === "running" && remainingMs(state, now) === 0) {
    return { ...state, status: "finished", endsAt: null, leftMs: 0 };
  }
  return state;
}

/** A whole number of minutes in range, or null when the input cannot be used. */
export function parseMinutes(input: string): number | null {
  if (!/^\s*\d+\s*$/.test(input)) return null;
  const minutes = Number(input);
  return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}

/** mm:ss, rounding up so the display reads 00:00 only when the time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
}

export type Milestone = { minutes: number } | { seconds: number };

/**
 * Moments worth announcing to a screen reader: every 5 minutes, each of the last 5 minutes and
 * 30 seconds before the end. Announcing every second would drown everything else out.
 */
function milestones(durationMs: number): number[] {
  const marks = new Set<number>([30_000]);
  for (let minute = 1; minute * 60_000 < durationMs; minute++) {
    if (minute <= 5 || minute % 5 === 0) marks.add(minute * 60_000);
  }
  return [...marks].filter((mark) => mark < durationMs).sort((a, b) => a - b);
}

/**
 * The milestone reached between two readings of the remaining time, if any. When a hidden tab
 * skipped several, only the latest (smallest) is worth saying.
 */
export function milestoneBetween(durationMs: number, beforeMs: number, nowMs: number): Milestone | null {
  const crossed = milestones(durationMs).filter((mark) => beforeMs > mark && nowMs <= mark && nowMs > 0);
  const mark = crossed[0];
  if (mark === undefined) return null;
  return mark < 60_000 ? { seconds: mark / 1000 } : { minutes: mark / 60_000 };
}
