// The open room's join code, link and QR code to project, its connection and when it expires.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import { formatJoinCode, type RoomInfo } from "../../room";
import type { LiveStatus } from "../../room/facilitator";
import { FullscreenStage } from "../FullscreenStage";
import { JoinQr } from "./JoinQr";

export function RoomHeader({ room, status, lang, learners }: { room: RoomInfo; status: LiveStatus; lang: Language; learners: number }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState("");
  const link = new URL(`join/${room.code}?lang=${lang}`, new URL(import.meta.env.BASE_URL, window.location.origin)).toString();
  const copy = () => {
    if (!navigator.clipboard) return setCopied(t("workshop.link.copyFailed"));
    navigator.clipboard.writeText(link).then(
      () => setCopied(t("workshop.link.copied")),
      () => setCopied(t("workshop.link.copyFailed")),
    );
  };
  const expires = new Date(room.expiresAt).toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="room-header" aria-labelledby="room-heading">
      <h3 id="room-heading">
        {t("live.roomHeading", { code: formatJoinCode(room.code) })} {room.title && <bdi dir="auto">{room.title}</bdi>}
      </h3>
      <p>
        <span className={`live-status ${status}`} role="status">
          {t(`live.status.${status}`)}
        </span>{" "}
        · {t("live.learners", { count: learners })} · {t("live.expires", { date: expires })}
      </p>
      <FullscreenStage className="join-stage" toolbarClassName="join-tools" toolbar={null}>
        <div className="join-panel">
          <JoinQr link={link} label={t("live.qr")} />
          <div>
            <p className="join-label">{t("live.code")}</p>
            <p className="join-code join-code-big">{formatJoinCode(room.code)}</p>
            <p className="join-label">{t("live.link")}</p>
            <p className="join-link">{link}</p>
          </div>
        </div>
      </FullscreenStage>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="join-link">
          {t("live.link")}
        </label>
        <input id="join-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} className="join-link-input" />
        <button type="button" onClick={copy}>
          {t("live.copyLink")}
        </button>
        <span role="status">{copied}</span>
      </div>
    </section>
  );
}
