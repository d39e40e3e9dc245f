// The room's bar on every page while the learner is in a room: what is shared and whether it
// arrives, the facilitator's time box, "I'm stuck", "Share my code" on a lesson, leaving.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { matchPath, useLocation } from "react-router";
import { LANGUAGES } from "../../course/languages";
import { formatJoinCode } from "../protocol/codes";
import type { Membership } from "../membership";
import { RoomTimerLine } from "./RoomTimerLine";
import { useLearnerRoom } from "./useLearnerRoom";
import "./room.css";

export default function LearnerRoom({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation();
  const lang = LANGUAGES.find((code) => code === i18n.resolvedLanguage) ?? "en";
  const { pathname } = useLocation();
  const slug = matchPath("/lessons/:slug", pathname)?.params.slug;
  const { state, raiseHand, shareCode, leave, codeOf } = useLearnerRoom(membership, slug, lang);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [message, setMessage] = useState("");

  const hand = async (raised: boolean) => {
    try {
      await raiseHand(raised);
      setMessage(raised ? t("room.bar.raised") : t("room.bar.lowered"));
    } catch {
      setMessage(t("room.bar.handFailed"));
    }
  };
  const share = () => {
    if (!slug) return;
    const code = codeOf(slug);
    if (code === undefined) return setMessage(t("room.bar.nothingToShare"));
    shareCode(slug, code);
    setMessage(t("room.bar.codeShared"));
  };
  const shared = slug ? state.codeShares[slug] : undefined;
  const connection = state.stream === "reconnecting" || state.publish === "waiting" ? "reconnecting" : state.stream === "polling" ? "polling" : "live";

  return (
    <aside className="room-bar" aria-label={t("room.bar.label")}>
      <p className="room-who">
        <strong>{t("room.bar.room", { code: formatJoinCode(membership.code) })}</strong>
        {membership.title && <> · <bdi>{membership.title}</bdi></>} · {t("room.bar.sharingAs")} <bdi className="learner-name">{membership.name}</bdi>
        {membership.team && <> ({t("room.bar.team")} <bdi>{membership.team}</bdi>)</>}
        {" · "}
        <span className={`room-connection ${connection}`}>{t(`room.bar.connection.${connection}`)}</span>
      </p>
      {state.timer && <RoomTimerLine view={state.timer} />}
      <div className="toolbar">
        {state.hand ? (
          <button type="button" className="primary" onClick={() => void hand(false)}>
            {t("room.bar.lower")}
          </button>
        ) : (
          <button type="button" onClick={() => void hand(true)}>
            {t("room.bar.stuck")}
          </button>
        )}
        {slug && (
          <>
            <button type="button" onClick={share}>
              {shared ? t("room.bar.shareAgain") : t("room.bar.shareCode")}
            </button>
            {shared && (
              <button type="button" className="link-button" onClick={() => (shareCode(slug, null), setMessage(t("room.bar.codeUnshared")))}>
                {t("room.bar.unshare")}
              </button>
            )}
          </>
        )}
        {confirmLeave ? (
          <span className="confirm" role="group" aria-label={t("room.bar.leaveConfirm")}>
            <span>{t("room.bar.leaveConfirm")}</span>
            <button type="button" className="danger" onClick={() => void leave()}>
              {t("room.bar.leaveYes")}
            </button>
            <button type="button" onClick={() => setConfirmLeave(false)}>
              {t("common.cancel")}
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirmLeave(true)}>
            {t("room.bar.leave")}
          </button>
        )}
      </div>
      {state.hand && <p className="room-hand">{t("room.bar.handUp")}</p>}
      <p role="status" className="room-message">
        {state.answered ? t("room.bar.answered") : message}
      </p>
    </aside>
  );
}
