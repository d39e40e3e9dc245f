// The facilitator's time box on a learner's page: the minutes left, re-read from the clock.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { minutesLeft, remainingMs, type TimerView } from "./roomTimer";

export function RoomTimerLine({ view }: { view: TimerView }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (view.timer.status !== "running") return;
    const interval = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(interval);
  }, [view]);
  const left = remainingMs(view, now);
  const status = left === 0 ? "finished" : view.timer.status;
  const text =
    status === "finished"
      ? t("room.timer.finished")
      : left < 60_000
        ? t("room.timer.underMinute")
        : t(status === "paused" ? "room.timer.paused" : "room.timer.running", { count: minutesLeft(left) });
  return (
    <p className={`room-timer room-timer-${status}`} role="timer" aria-label={t("room.timer.label")}>
      {text}
    </p>
  );
}
