// Tells the learner when their work is not (or not all) kept: storage blocked, stored progress
// unreadable (kept aside, or kept in place when there was no room for a copy), a progress save
// failed, or the files their code wrote could not be saved.
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { progressStore } from "../progress";
import { retryArtifacts, useArtifactProblem } from "../progress";
import { downloadText } from "../ui/download";

export function StorageNotice() {
  const { t } = useTranslation();
  const saveError = useSyncExternalStore(progressStore.subscribe, () => progressStore.saveError);
  const setAside = useSyncExternalStore(progressStore.subscribe, () => progressStore.setAside);
  const artifacts = useArtifactProblem();
  const { blocked } = progressStore;
  if (!blocked && !setAside && !saveError && !artifacts) return null;
  const unreadable = setAside?.inPlace ? progressStore.unreadableData() : null;
  return (
    <div className="notice" role="alert">
      {blocked && <p>{t("storage.blocked")}</p>}
      {setAside && !setAside.inPlace && <p>{t("storage.setAside", { key: setAside.key, reason: setAside.reason })}</p>}
      {setAside?.inPlace && (
        <p>
          {t("storage.keptInPlace", { reason: setAside.reason })}{" "}
          {unreadable !== null && (
            <button type="button" onClick={() => downloadText("mlops-progress-unreadable.txt", unreadable, "text/plain")}>
              {t("storage.downloadUnreadable")}
            </button>
          )}
        </p>
      )}
      {saveError && <p>{t("storage.saveFailed", { message: saveError })}</p>}
      {artifacts && (
        <p>
          {artifacts.reason === "quota"
            ? t("storage.artifactsQuota", { files: artifacts.files.join(", ") })
            : t("storage.artifactsFailed", { files: artifacts.files.join(", "), message: artifacts.message })}{" "}
          <button type="button" onClick={() => void retryArtifacts()}>
            {t("storage.retry")}
          </button>
        </p>
      )}
    </div>
  );
}
