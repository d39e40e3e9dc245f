// The compact grid both boards share: per lesson how many are done / working / stuck / not
// started, then one dense row per learner with a cell per lesson, for 30 to 300 learners on a screen.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { LearnerName } from "./LearnerName";
import { cellOf, shownNames, sortRows, type BoardRow, type Cell, type CellStatus, type SortOrder } from "./model";
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
  const cells = new Map(rows.map((row) => [row.key, lessons.map((lesson) => cellOf(row, lesson.slug, now, stuckAfterMinutes))]));
  const cellsOf = (row: BoardRow) => cells.get(row.key) ?? [];
  const names = shownNames(rows);
  const teams = [...new Set(rows.map((row) => row.team ?? "").filter(Boolean))].sort();
  const shown = sortRows(team ? rows.filter((row) => row.team === team) : rows, order, cellsOf, names);
  const number = (lesson: LessonSummary) => String(lesson.order).padStart(2, "0");
  const describe = (lesson: LessonSummary, cell: Cell) => {
    const parts = [`${number(lesson)} ${lesson.text[lang].title}: ${t(`grid.status.${cell.status}`)}`];
    if (cell.total !== undefined) parts.push(t("grid.checks", { passed: cell.passed, total: cell.total }));
    if (cell.reason?.kind === "streak") parts.push(t("grid.streak", { check: cell.reason.check, count: cell.reason.count }));
    if (cell.reason?.kind === "idle") parts.push(t("grid.idle", { minutes: cell.reason.minutes, count: cell.reason.hints }));
    return parts.join(" · ");
  };

  return (
    <section className="board-grid-section" aria-labelledby="grid-heading">
      <h3 id="grid-heading">{t("grid.heading")}</h3>
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
                  <td key={status}>{rows.filter((row) => cellsOf(row)[i]?.status === status).length}</td>
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
              <span className="grid-cells">
                {lessons.map((lesson, i) => {
                  const cell = cellsOf(row)[i] ?? { status: "not-started" };
                  const label = describe(lesson, cell);
                  return (
                    <span key={lesson.slug} className={`cell ${cell.status}${row.current === lesson.slug ? " current" : ""}`} title={label}>
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
