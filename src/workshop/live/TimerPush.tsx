// Shows the facilitator's time box on every learner's page in the open room: pushed when turned
// on and after every start, pause and reset; ended when turned off.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatJoinCode } from "../../room";
import type { LiveRoom } from "../../room/facilitator";
import type { TimerState } from "../timer";
import { remainingMs } from "../timer";

function request(timer: TimerState) {
  if (timer.status === "idle") return null;
  return { status: timer.status, durationMs: timer.durationMs, leftMs: Math.round(remainingMs(timer, Date.now())) };
}

export function TimerPush({ live, timer }: { live: LiveRoom; timer: TimerState }) {
  const { t } = useTranslation();
  const room = live.current?.room;
  // Until the facilitator chooses here, follow what the room says (a time box pushed before a reload stays on).
  const [choice, setChoice] = useState<boolean | null>(null);
  const on = choice ?? live.board.timer !== null;
  const [error, setError] = useState("");
  const last = useRef<string>("");

  useEffect(() => {
    // After a reload the local clock is idle while learners still see the pushed one: leave it until this clock runs.
    if (!on || !room || (choice === null && timer.status === "idle")) return;
    const body = request(timer);
    const key = JSON.stringify([body?.status, body?.durationMs, timer.endsAt, timer.leftMs]);
    if (key === last.current) return;
    last.current = key;
    live.pushTimer(body).then(
      () => setError(""),
      () => setError(t("live.errors.action")),
    );
  }, [on, choice, room, timer, live, t]);

  if (!room) return null;
  const toggle = (next: boolean) => {
    setChoice(next);
    last.current = "";
    if (!next) live.pushTimer(null).catch(() => setError(t("live.errors.action")));
  };
  return (
    <div className="timer-push">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} /> {t("live.timerPush", { code: formatJoinCode(room.code) })}
      </label>
      <p className="muted">{on ? (timer.status === "idle" ? t("live.timerPushIdle") : t("live.timerPushed")) : t("live.timerPushHelp")}</p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
