// "Your data": export, import, portfolio, reset a lesson, clear everything; all within this browser.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { course, findLesson } from "../../course/course";
import { progressStore, useProgress } from "../../progress";
import { serializeExport } from "../../progress";
import { useLanguage } from "../useLanguage";
import { datedName, downloadText, progressFileName } from "./download";
import { ImportSection } from "./ImportSection";
import { portfolioMarkdown } from "./portfolio";
import { readSavedArtifacts } from "../../progress";
import { projectSummary, SUMMARY_FILES } from "../summary/projectSummary";
import { ResetSection } from "./ResetSection";
import { TrackProgressSection } from "./TrackProgressSection";

export default function MyDataPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const progress = useProgress();
  useEffect(() => {
    document.title = `${t("myData.title")} · ${t("layout.title")}`;
  }, [t]);

  const exportProgress = () => {
    progressStore.flush();
    // The id keeps this learner apart from others of the same name on a facilitator's board.
    progressStore.ensureLearnerId();
    const progress = progressStore.getSnapshot();
    downloadText(progressFileName(progress.learner), serializeExport(progress), "application/json");
  };
  const exportPortfolio = async () => {
    // The summary needs the stored files; without them the portfolio still has every lesson.
    const files = await readSavedArtifacts(SUMMARY_FILES).catch(() => ({}));
    const summary = projectSummary(files, lang);
    downloadText(datedName("mlops-portfolio", "md"), portfolioMarkdown(course, progressStore.getSnapshot(), lang, t, new Date(), summary), "text/markdown");
  };
  const titleOf = (slug: string) => findLesson(slug)?.text[lang].title ?? slug;

  return (
    <article className="my-data">
      <h1>{t("myData.title")}</h1>
      <p className="lead">{t("myData.lead")}</p>
      <section aria-labelledby="learner-heading">
        <h2 id="learner-heading">{t("myData.learnerHeading")}</h2>
        <label htmlFor="learner-name">{t("myData.learner")}</label>
        <input
          id="learner-name"
          type="text"
          maxLength={100}
          autoComplete="name"
          aria-describedby="learner-help"
          value={progress.learner ?? ""}
          onChange={(e) => {
            const learner = e.target.value;
            progressStore.commit((p) => ({ ...p, learner: learner === "" ? undefined : learner }));
          }}
        />
        <p id="learner-help" className="muted">
          {t("myData.learnerHelp")}
        </p>
      </section>
      <TrackProgressSection course={course} lang={lang} />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("myData.exportHeading")}</h2>
        <p>{t("myData.exportHelp")}</p>
        <button type="button" className="primary" onClick={exportProgress}>
          {t("myData.export")}
        </button>
        <p>{t("myData.portfolioHelp")}</p>
        <button type="button" onClick={() => void exportPortfolio()}>
          {t("myData.portfolio")}
        </button>
      </section>
      <ImportSection titleOf={titleOf} />
      <ResetSection course={course} lang={lang} onExport={exportProgress} />
    </article>
  );
}
