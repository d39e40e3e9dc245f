import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTimer, formatClock, milestoneBetween, parseMinutes, pause, remainingMs, reset, settle, start } from "../timer";

// The timer reads the clock it is given; fake timers stand in for a tab left alone for a while.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2025-05-01T09:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("workshop timer", () => {
  it("counts down from the clock, however rarely it is read", () => {
    let timer = start(createTimer(15), Date.now());
    vi.advanceTimersByTime(61_500);
    expect(formatClock(remainingMs(timer, Date.now()))).toBe("13:59");
    // A background tab may not run any code for minutes; the next reading is still right.
    vi.advanceTimersByTime(10 * 60_000);
    expect(formatClock(remainingMs(timer, Date.now()))).toBe("03:59");
    timer = settle(timer, Date.now());
    expect(timer.status).toBe("running");
  });

  it("pauses and resumes without losing or gaining time", () => {
    let timer = start(createTimer(10), Date.now());
    vi.advanceTimersByTime(2 * 60_000);
    timer = pause(timer, Date.now());
    vi.advanceTimersByTime(30 * 60_000);
    expect(remainingMs(timer, Date.now())).toBe(8 * 60_000);
    timer = start(timer, Date.now());
    vi.advanceTimersByTime(60_000);
    expect(remainingMs(timer, Date.now())).toBe(7 * 60_000);
  });

  it("finishes at zero, never goes below it, and starts again from the full time", () => {
    let timer = start(createTimer(10), Date.now());
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(settle(timer, Date.now()).status).toBe("running");
    expect(formatClock(remainingMs(timer, Date.now()))).toBe("00:01");
    vi.advanceTimersByTime(5_000);
    timer = settle(timer, Date.now());
    expect(timer.status).toBe("finished");
    expect(remainingMs(timer, Date.now())).toBe(0);
    expect(formatClock(0)).toBe("00:00");
    timer = start(timer, Date.now());
    expect(remainingMs(timer, Date.now())).toBe(10 * 60_000);
  });

  it("resets to the chosen duration", () => {
    const timer = pause(start(createTimer(20), Date.now()), Date.now() + 5_000);
    expect(reset(timer)).toMatchObject({ status: "idle", leftMs: 20 * 60_000, endsAt: null });
  });

  it("accepts whole minutes from 1 to 60 only", () => {
    expect(parseMinutes("15")).toBe(15);
    expect(parseMinutes(" 20 ")).toBe(20);
    for (const bad of ["", "0", "61", "12.5", "-3", "ten"]) expect(parseMinutes(bad)).toBeNull();
  });

  it("announces every 5 minutes, then each minute, then 30 seconds, not every second", () => {
    const duration = 15 * 60_000;
    expect(milestoneBetween(duration, 600_001, 600_000)).toEqual({ minutes: 10 });
    expect(milestoneBetween(duration, 540_001, 539_000)).toBeNull(); // 9 minutes: not a milestone
    expect(milestoneBetween(duration, 240_500, 239_800)).toEqual({ minutes: 4 });
    expect(milestoneBetween(duration, 30_200, 29_900)).toEqual({ seconds: 30 });
    expect(milestoneBetween(duration, 5_000, 4_000)).toBeNull();
    // A hidden tab skipped 3, 2 and 1 minutes: only the latest is said.
    expect(milestoneBetween(duration, 190_000, 50_000)).toEqual({ minutes: 1 });
    // The start itself and the end have their own messages.
    expect(milestoneBetween(duration, duration, duration - 250)).toBeNull();
    expect(milestoneBetween(duration, 400, 0)).toBeNull();
  });
});
