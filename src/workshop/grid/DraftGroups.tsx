// Every drafted request on a board, grouped by role then kind, ready to discuss; learner text as text.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import { groupDrafts } from "../board";
import { isolate } from "../../room";
import { shownNames, type BoardRow } from "./model";

export function DraftGroups({ rows, lessons, lang }: { rows: readonly BoardRow[]; lessons: readonly LessonSummary[]; lang: Language }) {
  const { t } = useTranslation();
  const [onlyLesson, setOnlyLesson] = useState("");
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.text[lang].title]));
  const groups = groupDrafts(lessons, rows, shownNames(rows), onlyLesson || undefined);

  return (
    <section aria-labelledby="drafts-heading">
      <h3 id="drafts-heading">{t("workshop.board.draftsHeading")}</h3>
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
                      {/* Learner text: always plain text, whatever it contains, in its own direction. */}
                      <p className="shared-request" dir="auto">
                        {draft.request}
                      </p>
                      {draft.unblocks.trim() && (
                        <p className="shared-unblocks" dir="auto">
                          {t("workshop.board.unblocks", { text: draft.unblocks })}
                        </p>
                      )}
                      <p className="shared-by">{t("workshop.board.by", { name: isolate(draft.author), lesson: titles.get(draft.lesson) ?? draft.lesson })}</p>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
