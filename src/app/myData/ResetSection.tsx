// Starting one lesson again, and clearing everything the course stored in this browser.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { CourseIndex } from "../../course/types";
import { progressStore, useProgress } from "../../progress";
import { emptyProgress, forgetArtifacts, savedArtifactNames, useArtifacts } from "../../progress";
import { clearOfflineCopies } from "./clearOffline";
import { Confirm } from "./Confirm";

type Asking = "none" | "reset" | "clear";

interface Props {
  course: CourseIndex;
  lang: Language;
  onExport: () => void;
}

export function ResetSection({ course, lang, onExport }: Props) {
  const { t } = useTranslation();
  const progress = useProgress();
  const artifacts = useArtifacts();
  const [slug, setSlug] = useState(course.lessons[0]?.slug ?? "");
  const [asking, setAsking] = useState<Asking>("none");
  const [done, setDone] = useState("");
  const title = course.lessons.find((lesson) => lesson.slug === slug)?.text[lang].title ?? slug;

  const reset = () => {
    progressStore.commit((p) => ({ ...p, lessons: Object.fromEntries(Object.entries(p.lessons).filter(([s]) => s !== slug)) }));
    setAsking("none");
    setDone(t("myData.resetDone", { title }));
  };

  const clear = async () => {
    progressStore.clearAll(emptyProgress());
    setAsking("none");
    // Read again rather than trusting the hook: a run may have saved files since it last looked.
    await forgetArtifacts(await savedArtifactNames().catch(() => []));
    await clearOfflineCopies();
    setDone(t("myData.cleared"));
  };

  return (
    <>
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t("myData.resetHeading")}</h2>
        <p>{t("myData.resetHelp")}</p>
        <div className="form-row">
          <label htmlFor="reset-lesson">{t("myData.lesson")}</label>
          <select id="reset-lesson" value={slug} onChange={(e) => setSlug(e.target.value)}>
            {course.lessons.map((lesson) => (
              <option key={lesson.slug} value={lesson.slug}>
                {lesson.text[lang].title}
                {progress.lessons[lesson.slug] ? "" : ` ${t("myData.noWork")}`}
              </option>
            ))}
          </select>
          <button type="button" disabled={!progress.lessons[slug]} onClick={() => setAsking("reset")}>
            {t("myData.reset")}
          </button>
        </div>
        {asking === "reset" && (
          <Confirm danger yes={t("myData.resetYes")} onYes={reset} onCancel={() => setAsking("none")}>
            <p>{t("myData.resetConfirm", { title })}</p>
          </Confirm>
        )}
      </section>
      <section aria-labelledby="clear-heading">
        <h2 id="clear-heading">{t("myData.clearHeading")}</h2>
        <p>{t("myData.clearHelp")}</p>
        <button type="button" onClick={() => setAsking("clear")}>
          {t("myData.clear")}
        </button>
        {asking === "clear" && (
          <Confirm
            danger
            yes={t("myData.clearYes")}
            onYes={() => void clear()}
            onCancel={() => setAsking("none")}
            extra={
              <button type="button" onClick={onExport}>
                {t("myData.export")}
              </button>
            }
          >
            <p>{t("myData.clearConfirm", { count: Object.keys(progress.lessons).length, files: Object.keys(artifacts ?? {}).length })}</p>
          </Confirm>
        )}
      </section>
      <p role="status">{done}</p>
    </>
  );
}
