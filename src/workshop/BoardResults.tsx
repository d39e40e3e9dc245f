// The board's results: each lesson's status per person, and every drafted request by role and kind.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { groupDrafts, statusByLesson, type Board } from "./board";

const STATUSES = ["done", "in-progress", "not-started"] as const;

export function BoardResults({ board, lessons, lang }: { board: Board; lessons: readonly LessonSummary[]; lang: Language }) {
  const { t } = useTranslation();
  const [onlyLesson, setOnlyLesson] = useState("");
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.text[lang].title]));
  const rows = statusByLesson(lessons, board.participants);
  const groups = groupDrafts(lessons, board.participants, onlyLesson || undefined);

  return (
    <>
      <h3>{t("workshop.board.statusHeading")}</h3>
      <div className="table-scroll">
        <table className="board-status">
          <thead>
            <tr>
              <th scope="col">{t("workshop.board.lesson")}</th>
              {STATUSES.map((status) => (
                <th scope="col" key={status}>
                  {t(`status.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">{titles.get(row.slug)}</th>
                {STATUSES.map((status) => (
                  <td key={status}>
                    <strong>{row[status].length}</strong> {row[status].join(", ")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t("workshop.board.draftsHeading")}</h3>
      <label>
        {t("workshop.board.lesson")}{" "}
        <select value={onlyLesson} onChange={(e) => setOnlyLesson(e.target.value)}>
          <option value="">{t("workshop.board.allLessons")}</option>
          {lessons.map((lesson) => (
            <option key={lesson.slug} value={lesson.slug}>
              {lesson.text[lang].title}
            </option>
          ))}
        </select>
      </label>
      {groups.length === 0 && <p className="muted">{t("workshop.board.noDrafts")}</p>}
      {groups.map((group) => {
        const roleName = group.role ? t(`roles.${group.role}.name`) : t("workshop.board.noRole");
        const headingId = `drafts-${group.role || "none"}`;
        return (
          <section key={group.role || "none"} className="draft-group" aria-labelledby={headingId}>
            <h4 id={headingId}>{roleName}</h4>
            {group.kinds.map((kind) => (
              <div key={kind.kind || "none"} className="draft-kind">
                <h5>
                  {kind.kind ? t(`kinds.${kind.kind}`) : t("workshop.board.noKind")} ({kind.drafts.length})
                </h5>
                <ul className="shared-drafts">
                  {kind.drafts.map((draft) => (
                    <li key={draft.id}>
                      {/* Learner text: always plain text, whatever it contains. */}
                      <p className="shared-request">{draft.request}</p>
                      {draft.unblocks.trim() && <p className="shared-unblocks">{t("workshop.board.unblocks", { text: draft.unblocks })}</p>}
                      <p className="shared-by">
                        {t("workshop.board.by", { name: draft.author, lesson: titles.get(draft.lesson) ?? draft.lesson })}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
