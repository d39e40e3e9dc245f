// Says which input files a lesson uses: the learner's own, or reference ones from the course.
import { useTranslation } from "react-i18next";
import type { LessonSummary } from "../course/types";
import { forgetArtifacts, useArtifacts } from "../progress";

export function InputsNotice({ lesson }: { lesson: LessonSummary }) {
  const { t } = useTranslation();
  const artifacts = useArtifacts(lesson.reads);
  if (lesson.reads.length === 0 || !artifacts) return null;
  const own = lesson.reads.filter((name) => artifacts[name]?.source === "learner");
  const reference = lesson.reads.filter((name) => artifacts[name]?.source !== "learner");
  return (
    <aside className="inputs-notice" aria-label={t("inputs.heading")}>
      <h3>{t("inputs.heading")}</h3>
      {own.length > 0 && <p>{t("inputs.own", { files: own.join(", ") })}</p>}
      {reference.length > 0 && <p>{t("inputs.reference", { files: reference.join(", ") })}</p>}
      {own.length > 0 && (
        // A learner whose own earlier output is broken can continue from the course's files.
        <button type="button" onClick={() => void forgetArtifacts(own)}>
          {t("inputs.useReference")}
        </button>
      )}
    </aside>
  );
}
