// The file board: drop or choose learners' exported files; bad files listed with their reason;
// the same grid and drafts as the live room; kept in this browser across reloads.
import { useMemo, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { MAX_IMPORT_BYTES, parseExport } from "../progress/model";
import { isolate, shareProgress } from "../room";
import { addFile, emptyBoard, removeParticipant, type Board, type FileRead } from "./board";
import { BoardGrid } from "./grid/BoardGrid";
import { DraftGroups } from "./grid/DraftGroups";
import { LearnerName } from "./grid/LearnerName";
import type { BoardRow } from "./grid/model";
import { problemText } from "./problemText";

interface Props {
  board: Board;
  onBoardChange: (change: (board: Board) => Board) => void;
  saved: boolean;
  lessons: readonly LessonSummary[];
  lang: Language;
}

async function readFile(file: File): Promise<FileRead> {
  // Checked before reading so a huge file dropped by mistake never freezes the page.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { code: "too-large", bytes: file.size } };
  try {
    return parseExport(await file.text());
  } catch {
    return { ok: false, error: { code: "unreadable" } };
  }
}

export function BoardView({ board, onBoardChange, saved, lessons, lang }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [summary, setSummary] = useState("");
  const rows: BoardRow[] = useMemo(
    () =>
      board.participants.map((p) => {
        const shared = shareProgress(p.progress, lessons);
        return { key: p.key, name: p.name, lessons: shared.lessons, ...(shared.track ? { track: shared.track } : {}) };
      }),
    [board.participants, lessons],
  );

  const load = async (files: File[]) => {
    if (files.length === 0) return;
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, parsed: await readFile(file) })));
    onBoardChange((before) => read.reduce((next, { name, parsed }) => addFile(next, name, parsed), before));
    const failed = read.filter(({ parsed }) => !parsed.ok).length;
    const loaded = t("workshop.board.loaded", { count: read.length - failed });
    setSummary(failed > 0 ? `${loaded} ${t("workshop.board.notLoaded", { count: failed })}` : loaded);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void load([...event.dataTransfer.files]);
  };

  const date = (iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
  };

  return (
    <section className="workshop-board" aria-labelledby="board-heading">
      <h2 id="board-heading">{t("workshop.board.heading")}</h2>
      <p>{t("workshop.board.intro")}</p>
      <p className="board-memory">{saved ? t("workshop.board.keptHere") : t("workshop.board.notKept")}</p>
      <div
        className={`drop-zone${over ? " over" : ""}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t("workshop.board.drop")}</p>
        <label>
          {t("workshop.board.choose")}{" "}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              void load([...(e.target.files ?? [])]);
              e.target.value = "";
            }}
          />
        </label>
      </div>
      <p role="status">{summary}</p>

      {board.problems.length > 0 && (
        <div className="board-problems" role="alert">
          <h3>{t("workshop.board.problemsHeading")}</h3>
          <ul>
            {board.problems.map((problem) => (
              <li key={problem.fileName}>
                {/* File names come from learners too: isolated like their names. */}
                <strong>
                  <bdi dir="auto">{problem.fileName}</bdi>
                </strong>
                : {problemText(t, problem.error)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3>{t("workshop.board.participants", { number: board.participants.length })}</h3>
      {board.participants.length === 0 ? (
        <p className="muted">{t("workshop.board.empty")}</p>
      ) : (
        <>
          <ul className="participant-list">
            {board.participants.map((p) => (
              <li key={p.key}>
                <span className="participant-name">
                  <LearnerName name={p.name} />
                </span>{" "}
                <span className="muted">{t("workshop.board.fileInfo", { file: isolate(p.fileName), date: date(p.exportedAt) })}</span>{" "}
                <button type="button" className="link-button" onClick={() => onBoardChange((b) => removeParticipant(b, p.key))}>
                  {t("workshop.board.remove", { name: isolate(p.name) })}
                </button>
              </li>
            ))}
          </ul>
          {/* Files are snapshots: no one on them is stuck "now", so the clock plays no part. */}
          <BoardGrid rows={rows} lessons={lessons} lang={lang} now={0} stuckAfterMinutes={Infinity} />
          <DraftGroups rows={rows} lessons={lessons} lang={lang} />
        </>
      )}
      {(board.participants.length > 0 || board.problems.length > 0) && (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onBoardChange(emptyBoard);
              setSummary(t("workshop.board.cleared"));
            }}
          >
            {t("workshop.board.clear")}
          </button>
        </p>
      )}
    </section>
  );
}
