// Another tab changed this lesson's code while this tab had code not saved yet: this tab keeps
// its own and says so, with the other tab's version one click away (and this tab's own after).
import { useTranslation } from "react-i18next";
import { progressStore, useCodeConflict } from "../progress";

export function CodeConflictNotice({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const conflict = useCodeConflict(slug);
  if (!conflict) return null;
  return (
    <div className="notice" role="alert">
      <p>{conflict.taken ? t("conflict.taken") : t("conflict.found")}</p>
      {conflict.taken ? (
        <button type="button" onClick={() => progressStore.takeMyCodeBack(slug)}>
          {t("conflict.back")}
        </button>
      ) : (
        <button type="button" onClick={() => progressStore.takeTheirCode(slug)}>
          {t("conflict.takeTheirs")}
        </button>
      )}{" "}
      <button type="button" onClick={() => progressStore.dismissConflict(slug)}>
        {t("conflict.dismiss")}
      </button>
    </div>
  );
}
