// "Take it to Jupyter": a lesson, or the whole course, as a notebook with the learner's own code.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { Language } from "../course/languages";
import { courseNotebook, lessonNotebook, notebookFileName, type Notebook, type NotebookLabels } from "../course/notebook";
import type { Course, Lesson } from "../course/types";
import { progressStore } from "../progress";
import { datasetURL } from "../runtime";
import { downloadText } from "../ui/download";
import { lessonCode, useLessonCode } from "./useLessonCode";

function labels(t: TFunction): NotebookLabels {
  return {
    what: t("lesson.what"),
    why: t("lesson.why"),
    how: t("lesson.how"),
    communication: t("lesson.communicationExercise"),
    yourCode: t("notebook.yourCode"),
    files: (reads) => [t("notebook.files"), ...(reads.length > 0 ? [t("notebook.filesRead", { files: reads.map((name) => `\`${name}\``).join(", ") })] : [])].join("\n\n"),
    setupComment: t("notebook.setupComment"),
    from: t("notebook.from"),
  };
}

const save = (name: string, notebook: Notebook) => downloadText(notebookFileName(name), `${JSON.stringify(notebook, null, 1)}\n`, "application/x-ipynb+json");

export function LessonNotebook({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  const { t } = useTranslation();
  const [code] = useLessonCode(lesson, lang);
  return (
    <section className="notebook-download" aria-labelledby="notebook-heading">
      <h3 id="notebook-heading">{t("notebook.heading")}</h3>
      <p className="muted">{t("notebook.explain")}</p>
      <div className="draft-tools">
        <button type="button" onClick={() => save(lesson.folder, lessonNotebook(lesson, lang, code, labels(t)))}>
          {t("notebook.lesson")}
        </button>
        <a href={datasetURL} download="ames.csv">
          {t("notebook.data")}
        </a>
      </div>
    </section>
  );
}

export function CourseNotebook({ course, lang }: { course: Course; lang: Language }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    try {
      setFailure(null);
      const lessons = await Promise.all(course.lessons.map((summary) => course.load(summary.slug)));
      const progress = progressStore.getSnapshot();
      const parts = lessons.flatMap((lesson) => (lesson ? [{ lesson, code: lessonCode(progress.lessons[lesson.slug], lesson, lang) }] : []));
      save("mlops-hands-on", courseNotebook(t("layout.title"), parts, lang, labels(t)));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="draft-tools">
      <button type="button" onClick={() => void download()}>
        {t("notebook.course")}
      </button>
      <a href={datasetURL} download="ames.csv">
        {t("notebook.data")}
      </a>
      {failure && (
        <p role="alert" className="error-message">
          {t("notebook.failed", { message: failure })}
        </p>
      )}
    </div>
  );
}
