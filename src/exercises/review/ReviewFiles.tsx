// The files under review as they arrived, each in a collapsible raw view; beside it, on request,
// the learner's own file of the same name when their code wrote one.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useArtifacts, type ArtifactInfo } from "../../progress";
import { FileView } from "./FileView";
import { useOwnFile } from "./useOwnFile";

function ReviewFile({ name, content, info }: { name: string; content: string; info: ArtifactInfo | undefined }) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const own = useOwnFile(name, info, comparing);
  const hasOwn = info?.source === "learner";
  const reviewed = <FileView name={name} content={content} label={t("review.reviewedFile", { name })} />;
  return (
    <details className="review-raw">
      <summary>{t("review.showFile", { name })}</summary>
      {hasOwn && (
        <button type="button" aria-pressed={comparing} onClick={() => setComparing((on) => !on)}>
          {t("review.compare")}
        </button>
      )}
      {comparing && hasOwn ? (
        <div className="review-compare">
          {reviewed}
          {own?.state === "read" ? (
            <FileView name={name} content={own.content} label={t("review.ownFile", { name })} />
          ) : own?.state === "failed" ? (
            <p className="field-error">{t("review.ownFailed", { name, message: own.message })}</p>
          ) : (
            <p className="muted">{t("review.ownReading")}</p>
          )}
        </div>
      ) : (
        reviewed
      )}
    </details>
  );
}

export function ReviewFiles({ files }: { files: Record<string, string> }) {
  const names = Object.keys(files);
  const stored = useArtifacts(names);
  return (
    <div className="review-files">
      {Object.entries(files).map(([name, content]) => (
        <ReviewFile key={name} name={name} content={content} info={stored?.[name]} />
      ))}
    </div>
  );
}
