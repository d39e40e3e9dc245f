// The course home: every lesson in order with its status and estimated time.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { course } from "../course/course";
import { CourseNotebook } from "../exercises";
import { lessonStatus, useProgress, useTrack } from "../progress";
import { LessonTrackStatus } from "./LessonTrackStatus";
import { TrackChoice } from "./TrackChoice";
import { paths } from "./paths";
import { useLanguage } from "./useLanguage";
import { lessonsInScope } from "../workshop";
import { useWorkshopScope } from "./workshopScope";
import { WorkshopScopeNote } from "./WorkshopScopeNote";

export function HomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const progress = useProgress();
  const scope = useWorkshopScope();
  const [chosen] = useTrack();
  const track = chosen ?? "code";
  return (
    <article className="home">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <TrackChoice />
      <WorkshopScopeNote scope={scope} />
      <ol className="lesson-list">
        {lessonsInScope(course.lessons, scope).map((lesson) => {
          const status = lessonStatus(progress, lesson, track);
          const text = lesson.text[lang];
          return (
            <li key={lesson.slug} className={`lesson-card status-${status}`}>
              <span className="lesson-number" aria-hidden="true">
                {String(lesson.order).padStart(2, "0")}
              </span>
              <div>
                <h2>
                  <Link to={paths.lesson(lesson.slug)}>{text.title}</Link>
                </h2>
                <p>{text.summary}</p>
                <p className="lesson-meta">
                  <LessonTrackStatus progress={progress} lesson={lesson} track={track} />
                  <span>{t("home.minutes", { count: lesson.minutes })}</span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <section className="notebook-download" aria-labelledby="course-notebook-heading">
        <h2 id="course-notebook-heading">{t("notebook.heading")}</h2>
        <p className="muted">{t("notebook.explain")}</p>
        <CourseNotebook course={course} lang={lang} />
      </section>
    </article>
  );
}
