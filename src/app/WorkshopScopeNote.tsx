// On the home page: says a workshop link chose the lessons shown, and lets the learner see them all.
import { useTranslation } from "react-i18next";
import type { WorkshopScope } from "../workshop";
import { setShowAllLessons } from "./workshopScope";

export function WorkshopScopeNote({ scope }: { scope: WorkshopScope | null }) {
  const { t } = useTranslation();
  if (!scope) return null;
  const subset = scope.lessons.length > 0;
  return (
    <aside className="workshop-scope" aria-label={t("workshop.link.heading")}>
      {subset && (
        <p>
          {scope.showAll ? t("workshop.scope.allShown") : t("workshop.scope.note")}{" "}
          <button type="button" className="link-button" onClick={() => setShowAllLessons(!scope.showAll)}>
            {scope.showAll ? t("workshop.scope.showWorkshop") : t("workshop.scope.showAll")}
          </button>
        </p>
      )}
      {scope.unknownLessons.length > 0 && <p>{t("workshop.scope.unknownLessons", { slugs: scope.unknownLessons.join(", ") })}</p>}
      {scope.unknownLang && <p>{t("workshop.scope.unknownLang", { lang: scope.unknownLang })}</p>}
    </aside>
  );
}
