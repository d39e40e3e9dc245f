// Tells the learner when stored progress could not be read (it was kept aside) or saved.
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { progressStore } from "../progress";

export function StorageNotice() {
  const { t } = useTranslation();
  const saveError = useSyncExternalStore(progressStore.subscribe, () => progressStore.saveError);
  const { setAside } = progressStore;
  if (!setAside && !saveError) return null;
  return (
    <div className="notice" role="alert">
      {setAside && <p>{t("storage.setAside", { key: setAside.key, reason: setAside.reason })}</p>}
      {saveError && <p>{t("storage.saveFailed", { message: saveError })}</p>}
    </div>
  );
}
