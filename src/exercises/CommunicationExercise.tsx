// The communication exercise: the situation, suggested roles, the learner's drafts, examples.
import { useTranslation } from "react-i18next";
import type { Lesson } from "../course/types";
import type { Language } from "../course/languages";
import { hasDraft, useLessonProgress, type Draft } from "../progress";
import { RichText } from "../ui/RichText";
import { CopyMarkdown } from "./CopyMarkdown";
import { DraftList } from "./DraftList";
import { draftsMarkdown } from "./draftsMarkdown";
import { PrintDrafts } from "./PrintDrafts";
import { SelfReview } from "./SelfReview";

export function CommunicationExercise({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  const { t } = useTranslation();
  const [progress, update] = useLessonProgress(lesson.slug);
  const drafts = progress?.drafts ?? [];
  const comm = lesson.text[lang].communication;
  const setDrafts = (change: (drafts: Draft[]) => Draft[]) => update((p) => ({ ...p, drafts: change(p.drafts) }));

  return (
    <section className="communication" aria-labelledby="communication-heading">
      <h3 id="communication-heading">{t("lesson.communicationExercise")}</h3>
      <RichText tree={comm.situation} />
      <p>
        <strong>{t("comm.suggestedRoles")}</strong> {comm.roles.map((role) => t(`roles.${role}.name`)).join(", ")}
      </p>
      <p className="muted">{t("comm.kindsExplained")}</p>
      <DraftList drafts={drafts} setDrafts={setDrafts} />
      <PrintDrafts drafts={drafts} />
      <div className="draft-tools">
        <CopyMarkdown markdown={draftsMarkdown(drafts, t)} />
        <button type="button" onClick={() => window.print()}>
          {t("draftTools.print")}
        </button>
      </div>
      <div className="examples">
        {progress?.examplesShown ? (
          <>
            <div className="example-requests">
              <h4>{t("comm.examples")}</h4>
              <ul className="example-list">
                {comm.examples.map((example, i) => (
                  <li key={i}>
                    <p className="example-meta">
                      {t(`roles.${example.role}.name`)} · {t(`kinds.${example.kind}`)}
                    </p>
                    <RichText tree={example.request} />
                    <p className="muted">
                      {t("comm.unblocks")}: {example.unblocks}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
            <SelfReview items={comm.checklist} ticked={progress.checklist ?? []} onChange={(checklist) => update((p) => ({ ...p, checklist }))} />
          </>
        ) : (
          <>
            <button type="button" disabled={!hasDraft(progress)} onClick={() => update((p) => ({ ...p, examplesShown: true }))}>
              {t("comm.showExamples")}
            </button>
            {!hasDraft(progress) && <p className="muted">{t("comm.examplesAfterDraft")}</p>}
          </>
        )}
      </div>
    </section>
  );
}
