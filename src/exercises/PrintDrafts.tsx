// The drafts as plain text for the printed worksheet (form fields print cut off at their size).
import { useTranslation } from "react-i18next";
import type { Draft } from "../progress";
import { draftHeading, writtenDrafts } from "./draftsMarkdown";

export function PrintDrafts({ drafts }: { drafts: Draft[] }) {
  const { t } = useTranslation();
  return (
    <div className="print-only">
      {writtenDrafts(drafts).map((draft, i) => (
        <section key={draft.id} className="print-draft">
          <h4>{draftHeading(draft, i + 1, t)}</h4>
          <p className="learner-text">{draft.request}</p>
          {draft.unblocks.trim() && (
            <p>
              <strong>{t("comm.unblocks")}:</strong> {draft.unblocks}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
