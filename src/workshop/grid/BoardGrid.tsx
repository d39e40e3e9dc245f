// The compact grid both boards share: how many learners are on each track, per lesson how many are
// done / working / stuck / not started, then one dense row per learner with a cell per lesson, for
// 30 to 300 learners on a screen. Each learner is judged on their own track, the other one told too.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { LearnerName } from "./LearnerName";
import { cellOf, filterRows, shownNames, sortRows, trackCounts, trackOf, TRACK_NAMES, type BoardRow, type Cell, type CellStatus, type SortOrder, type Track } from "./model";
import "./grid.css";

const STATUSES: CellStatus[] = ["done", "working", "stuck", "not-started"];
const SYMBOL: Record<CellStatus, string> = { done: "✓", working: "•", stuck: "!", "not-started": "·" };
const ORDERS: SortOrder[] = ["joined", "attention", "progress", "name"];

interface Props {
  rows: readonly BoardRow[];
  lessons: readonly LessonSummary[];
  lang: Language;
  now: number;
  stuckAfterMinutes: number;
  /** When given, each name opens that learner's details. */
  onSelect?: (key: string) => void;
}

export function BoardGrid({ rows, lessons, lang, now, stuckAfterMinutes, onSelect }: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<SortOrder>("joined");
  const [team, setTeam] = useState("");
  const [track, setTrack] = useState<Track | "">("");
  const cells = new Map(rows.map((row) => [row.key, lessons.map((lesson) => cellOf(row, lesson.slug, now, stuckAfterMinutes))]));
  const cellsOf = (row: BoardRow) => cells.get(row.key) ?? [];
  const names = shownNames(rows);
  const teams = [...new Set(rows.map((row) => row.team ?? "").filter(Boolean))].sort();
  const ofTeam = filterRows(rows, { team, track: "" });
  const onTracks = trackCounts(ofTeam);
  const filtered = filterRows(ofTeam, { team: "", track });
  const shown = sortRows(filtered, order, cellsOf, names);
  const number = (lesson: LessonSummary) => String(lesson.order).padStart(2, "0");
  const progressOn = (on: Track, cell: Cell) => {
    if (on === "review") return cell.review ? t("grid.review", { right: cell.review.right, count: cell.review.total }) : "";
    return cell.total !== undefined ? t("grid.checks", { passed: cell.passed, count: cell.total }) : "";
  };
  // The learner's own track first, then the other one, so a cell reads the same on both boards.
  const describe = (lesson: LessonSummary, cell: Cell) => {
    const parts = [t("grid.part", { name: `${number(lesson)} ${lesson.text[lang].title}`, detail: t(`grid.status.${cell.status}`) })];
    const own = progressOn(cell.track, cell) || (cell.track === "code" ? t("grid.noChecks") : "");
    parts.push(own ? t("grid.part", { name: t(`grid.tracks.${cell.track}`), detail: own }) : t(`grid.tracks.${cell.track}`));
    if (cell.reason?.kind === "streak") parts.push(t("grid.streak", { check: cell.reason.check, count: cell.reason.count }));
    if (cell.reason?.kind === "idle") parts.push(t("grid.idle", { minutes: cell.reason.minutes, count: cell.reason.hints }));
    if (cell.other) {
      const detail = [t(`grid.status.${cell.other.status}`), progressOn(cell.other.track, cell)].filter(Boolean).join(t("grid.comma"));
      parts.push(t("grid.part", { name: t(`tracks.name.${cell.other.track}`), detail }));
    }
    return parts.join(" · ");
  };

  return (
    <section className="board-grid-section" aria-labelledby="grid-heading">
      <h3 id="grid-heading">{t("grid.heading")}</h3>
      <p className="grid-track-counts">
        {t("grid.trackCounts", { code: t("grid.onTrack.code", { count: onTracks.code }), review: t("grid.onTrack.review", { count: onTracks.review }) })}
      </p>
      <div className="table-scroll">
        <table className="grid-summary">
          <thead>
            <tr>
              <th scope="col">{t("grid.lesson")}</th>
              {STATUSES.map((status) => (
                <th scope="col" key={status}>
                  <span className={`cell-mark ${status}`} aria-hidden="true">{SYMBOL[status]}</span> {t(`grid.status.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson, i) => (
              <tr key={lesson.slug}>
                <th scope="row">
                  {number(lesson)} {lesson.text[lang].title}
                </th>
                {STATUSES.map((status) => (
                  <td key={status}>{filtered.filter((row) => cellsOf(row)[i]?.status === status).length}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="toolbar grid-tools">
        <label>
          {t("grid.sort")}{" "}
          <select value={order} onChange={(e) => setOrder(e.target.value as SortOrder)}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`grid.order.${o}`)}
              </option>
            ))}
          </select>
        </label>
        {teams.length > 0 && (
          <label>
            {t("grid.team")}{" "}
            <select value={team} onChange={(e) => setTeam(e.target.value)}>
              <option value="">{t("grid.allTeams")}</option>
              {teams.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t("grid.track")}{" "}
          <select value={track} onChange={(e) => setTrack(e.target.value as Track | "")}>
            <option value="">{t("grid.allTracks")}</option>
            {TRACK_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`grid.tracks.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="grid-legend" aria-hidden="true">
          {lessons.map((lesson) => `${number(lesson)} ${lesson.text[lang].title}`).join(" · ")}
        </span>
      </div>
      <ul className="board-grid" aria-label={t("grid.learners", { count: shown.length })}>
        {shown.map((row) => {
          const name = names.get(row.key) ?? "";
          return (
            <li key={row.key} className={`grid-row${row.hand ? " has-hand" : ""}`}>
              <span className="grid-name">
                {row.online !== undefined && <span className={`presence ${row.online ? "online" : "away"}`} role="img" title={t(row.online ? "grid.online" : "grid.away")} aria-label={t(row.online ? "grid.online" : "grid.away")} />}
                {row.hand && <span className="hand" role="img" aria-label={t("grid.hand")}>✋</span>}
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(row.key)}>
                    <LearnerName name={name} />
                  </button>
                ) : (
                  <LearnerName name={name} />
                )}
                {row.team && (
                  <span className="grid-team">
                    {" "}
                    <LearnerName name={row.team} />
                  </span>
                )}
              </span>
              {/* The track in words beside the name: a narrow row keeps it, cutting the name instead. */}
              <span className={`track-tag ${trackOf(row)}`} title={t(`grid.tracks.${trackOf(row)}`)}>
                <span aria-hidden="true">{t(`tracks.name.${trackOf(row)}`)}</span>
                <span className="visually-hidden">{t(`grid.tracks.${trackOf(row)}`)}</span>
              </span>
              <span className="grid-cells">
                {lessons.map((lesson, i) => {
                  const cell = cellsOf(row)[i] ?? { status: "not-started", track: trackOf(row) };
                  const label = describe(lesson, cell);
                  return (
                    <span key={lesson.slug} className={`cell ${cell.status}${cell.track === "review" ? " on-review" : ""}${row.current === lesson.slug ? " current" : ""}`} title={label}>
                      <span aria-hidden="true">
                        {number(lesson)}
                        {SYMBOL[cell.status]}
                      </span>
                      <span className="visually-hidden">{label}</span>
                    </span>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
