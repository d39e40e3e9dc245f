// "How do you take part?": the two tracks as one radio group, each saying what done means on it.
// Shown on the home page and in lesson 00; changing it loses nothing (both tracks' work is kept).
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { TRACKS, useTrack } from "../progress";

export function TrackChoice() {
  const { t } = useTranslation();
  const [track, choose] = useTrack();
  const id = useId();
  return (
    <fieldset className={track ? "track-choice" : "track-choice unchosen"} aria-describedby={`${id}-keep`}>
      <legend>{t("tracks.legend")}</legend>
      {!track && <p className="track-prompt">{t("tracks.notChosen")}</p>}
      <div className="track-options">
        {TRACKS.map((value) => (
          <div key={value} className={track === value ? "track-option chosen" : "track-option"}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-track`}
              value={value}
              checked={track === value}
              onChange={() => choose(value)}
              aria-describedby={`${id}-${value}-done`}
            />
            <label htmlFor={`${id}-${value}`}>
              <strong>{t(`tracks.${value}.label`)}</strong> <span className="track-who">{t(`tracks.${value}.who`)}</span>
            </label>
            <p id={`${id}-${value}-done`} className="track-done">
              {t(`tracks.${value}.done`)}
            </p>
          </div>
        ))}
      </div>
      <p id={`${id}-keep`} className="muted">
        {t("tracks.keep")}
      </p>
    </fieldset>
  );
}
