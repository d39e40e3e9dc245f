// The time box for React: re-reads the clock a few times a second and reports milestones and the end.
import { useCallback, useEffect, useRef, useState } from "react";
import { createTimer, milestoneBetween, pause, remainingMs, reset, settle, start, type Milestone, type TimerState } from "./timer";

interface Events {
  onMilestone: (milestone: Milestone) => void;
  onFinish: () => void;
}

export function useTimer(events: Events) {
  const [timer, setTimer] = useState(() => createTimer(15));
  const [now, setNow] = useState(() => Date.now());
  const timerRef = useRef(timer);
  const lastRemaining = useRef(remainingMs(timer, now));
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });

  const commit = useCallback((next: TimerState, at: number) => {
    timerRef.current = next;
    lastRemaining.current = remainingMs(next, at);
    setTimer(next);
    setNow(at);
  }, []);

  const tick = useCallback(() => {
    const at = Date.now();
    const current = timerRef.current;
    const settled = settle(current, at);
    if (settled !== current) {
      commit(settled, at);
      eventsRef.current.onFinish();
      return;
    }
    const left = remainingMs(current, at);
    const milestone = milestoneBetween(current.durationMs, lastRemaining.current, left);
    lastRemaining.current = left;
    setNow(at);
    if (milestone) eventsRef.current.onMilestone(milestone);
  }, [commit]);

  useEffect(() => {
    if (timer.status !== "running") return;
    // Ticks only refresh the display; the time itself always comes from Date.now().
    const interval = setInterval(tick, 250);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(interval);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [timer.status, tick]);

  return {
    timer,
    remaining: remainingMs(timer, now),
    start: () => commit(start(timerRef.current, Date.now()), Date.now()),
    pause: () => commit(pause(timerRef.current, Date.now()), Date.now()),
    reset: () => commit(reset(timerRef.current), Date.now()),
    setMinutes: (minutes: number) => commit(createTimer(minutes), Date.now()),
  };
}

export type Timer = ReturnType<typeof useTimer>;
