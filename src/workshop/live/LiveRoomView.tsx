// The live room view of the facilitator page: create or open a room, then the whole room as it
// works: hands, failing checks, the grid, every request; export, delete.
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { formatJoinCode } from "../../room";
import type { LiveRoom } from "../../room/facilitator";
import { downloadText } from "../../ui/download";
import { BoardGrid } from "../grid/BoardGrid";
import { DraftGroups } from "../grid/DraftGroups";
import { shownNames, type BoardRow } from "../grid/model";
import { Attention } from "./Attention";
import { LearnerDetail } from "./LearnerDetail";
import { RoomHeader } from "./RoomHeader";
import { RoomSetup } from "./RoomSetup";
import "./live.css";

const STUCK_MINUTES = [5, 10, 15, 20] as const;

export default function LiveRoomView({ live, lessons, lang }: { live: LiveRoom; lessons: readonly LessonSummary[]; lang: Language }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const [stuckAfter, setStuckAfter] = useState(10);
  const [selected, setSelected] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState("");
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(interval);
  }, []);

  const rows: BoardRow[] = useMemo(
    () =>
      live.board.learners.map((l) => ({
        key: l.id,
        name: l.name,
        ...(l.team ? { team: l.team } : {}),
        lessons: l.state.lessons,
        hand: l.hand,
        online: l.online,
        ...(l.state.current ? { current: l.state.current } : {}),
        ...(l.state.lang ? { lang: l.state.lang } : {}),
        ...(l.state.track ? { track: l.state.track } : {}),
      })),
    [live.board.learners],
  );
  const room = live.current?.room;
  const serverNow = now + live.board.offsetMs;

  const download = async (kind: "json" | "csv") => {
    if (!room) return;
    try {
      const text = await live.exportRoom(kind);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      downloadText(`room-${formatJoinCode(room.code)}-${stamp}.${kind}`, text, kind === "json" ? "application/json" : "text/csv");
      setMessage(t("live.exported"));
    } catch {
      setMessage(t("live.errors.action"));
    }
  };
  const remove = async () => {
    try {
      await live.deleteRoom();
      setMessage(t("live.deleted"));
    } catch {
      setMessage(t("live.errors.action"));
    }
    setConfirmDelete(false);
  };
  const selectedRow = rows.find((row) => row.key === selected);

  return (
    <section className="live-room" aria-labelledby="live-heading">
      <h2 id="live-heading">{t("live.heading")}</h2>
      <p>{t("live.intro")}</p>
      <p role="status">{message}</p>
      {room && <RoomHeader room={room} status={live.status} lang={lang} learners={rows.length} />}
      {room && (
        <>
          <Attention rows={rows} lessons={lessons} lang={lang} now={serverNow} onAnswer={(key) => void live.answerHand(key).catch(() => setMessage(t("live.errors.action")))} />
          <label className="stuck-after">
            {t("live.stuckAfter")}{" "}
            <select value={stuckAfter} onChange={(e) => setStuckAfter(Number(e.target.value))}>
              {STUCK_MINUTES.map((m) => (
                <option key={m} value={m}>
                  {t("live.minutes", { count: m })}
                </option>
              ))}
            </select>
          </label>
          {rows.length === 0 ? <p className="muted">{t("live.empty")}</p> : <BoardGrid rows={rows} lessons={lessons} lang={lang} now={serverNow} stuckAfterMinutes={stuckAfter} onSelect={setSelected} />}
          <DraftGroups rows={rows} lessons={lessons} lang={lang} />
          {selectedRow && <LearnerDetail row={selectedRow} name={shownNames(rows).get(selectedRow.key) ?? selectedRow.name} lessons={lessons} lang={lang} onClose={() => setSelected(null)} />}
          <h3>{t("live.manageHeading")}</h3>
          <div className="toolbar">
            <button type="button" onClick={() => void download("json")}>
              {t("live.exportJson")}
            </button>
            <button type="button" onClick={() => void download("csv")}>
              {t("live.exportCsv")}
            </button>
            {confirmDelete ? (
              <span className="confirm" role="group" aria-label={t("live.deleteConfirm")}>
                <span>{t("live.deleteConfirm")}</span>
                <button type="button" className="danger" onClick={() => void remove()}>
                  {t("live.deleteYes")}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t("common.cancel")}
                </button>
              </span>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
                {t("live.delete")}
              </button>
            )}
          </div>
        </>
      )}
      <RoomSetup live={live} />
    </section>
  );
}
