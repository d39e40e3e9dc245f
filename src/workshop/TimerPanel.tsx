// The time box view: choose minutes, start / pause / resume / reset, huge digits, full screen.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock, MAX_MINUTES, MIN_MINUTES, parseMinutes, PRESET_MINUTES } from "./timer";
import { FullscreenStage } from "./FullscreenStage";
import type { Timer } from "./useTimer";
import { useFitWidth } from "./useFitWidth";

interface Props {
  clock: Timer;
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
}

export function TimerPanel({ clock, muted, onMutedChange, onStart, onPause, onReset }: Props) {
  const { t } = useTranslation();
  const { timer, remaining } = clock;
  const [input, setInput] = useState(String(timer.durationMs / 60_000));
  const minutes = parseMinutes(input);
  const canChoose = timer.status === "idle" || timer.status === "finished";
  const digits = useRef<HTMLParagraphElement>(null);
  const clockText = formatClock(remaining);
  // Refitted when the number of characters changes (1:00:00 against 59:59), not every second.
  useFitWidth(digits, clockText.replace(/\d/g, "0"));

  const choose = (value: string) => {
    setInput(value);
    const parsed = parseMinutes(value);
    if (parsed !== null) clock.setMinutes(parsed);
  };

  return (
    <section className="workshop-timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t("workshop.timer.heading")}</h2>
      <fieldset className="timer-choice" disabled={!canChoose}>
        <legend>{t("workshop.timer.duration")}</legend>
        {PRESET_MINUTES.map((preset) => (
          <button key={preset} type="button" aria-pressed={minutes === preset} onClick={() => choose(String(preset))}>
            {t("workshop.timer.preset", { count: preset })}
          </button>
        ))}
        <label>
          {t("workshop.timer.minutes")}{" "}
          <input
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            value={input}
            aria-invalid={minutes === null}
            aria-describedby={minutes === null ? "minutes-error" : undefined}
            onChange={(e) => choose(e.target.value)}
          />
        </label>
        {minutes === null && (
          <p id="minutes-error" className="field-error">
            {t("workshop.timer.invalidMinutes", { min: MIN_MINUTES, max: MAX_MINUTES })}
          </p>
        )}
      </fieldset>

      <FullscreenStage
        className={`timer-stage timer-${timer.status}`}
        toolbarClassName="timer-controls"
        toolbarLast
        toolbar={
          <>
            {timer.status === "running" ? (
              <button type="button" className="primary" onClick={onPause}>
                {t("workshop.timer.pause")}
              </button>
            ) : (
              <button type="button" className="primary" disabled={minutes === null && canChoose} onClick={onStart}>
                {timer.status === "paused" ? t("workshop.timer.resume") : t("workshop.timer.start")}
              </button>
            )}
            <button type="button" onClick={onReset} disabled={timer.status === "idle"}>
              {t("workshop.timer.reset")}
            </button>
          </>
        }
      >
        <p className="timer-digits" role="timer" aria-label={t("workshop.timer.remaining")} ref={digits}>
          {clockText}
        </p>
        {timer.status === "finished" && <p className="timer-end">{t("workshop.timer.timeUp")}</p>}
        {timer.status === "paused" && <p className="timer-end">{t("workshop.timer.paused")}</p>}
      </FullscreenStage>
      <label className="timer-sound">
        <input type="checkbox" checked={!muted} onChange={(e) => onMutedChange(!e.target.checked)} />{" "}
        {t("workshop.timer.sound")}
      </label>
    </section>
  );
}
