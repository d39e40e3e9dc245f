// A lesson: What / Why / How, the code exercise, the review exercise (lessons with one), the
// communication exercise, previous / next.
import { Suspense, use, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { course, findLesson } from "../course/course";
import type { Lesson } from "../course/types";
import { CodeExercise, CommunicationExercise, DoneChecklist, LessonHints, LessonNotebook, ReviewExercise } from "../exercises";
import { useTrack } from "../progress";
import { PageLoading } from "../ui/PageLoading";
import { RichText } from "../ui/RichText";
import { LessonTerms } from "./glossary/LessonTerms";
import { InputsNotice } from "./InputsNotice";
import { NotFoundPage } from "./NotFoundPage";
import { paths } from "./paths";
import { TrackChoice } from "./TrackChoice";
import { useLanguage } from "./useLanguage";
import { lessonsInScope } from "../workshop";
import { useWorkshopScope } from "./workshopScope";

export default function LessonPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLanguage();
  const summary = findLesson(slug);
  const title = summary?.text[lang].title;
  useEffect(() => {
    document.title = title ? `${title} · ${t("layout.title")}` : t("layout.title");
  }, [title, t]);
  const loading = course.load(slug);
  if (!loading) return <NotFoundPage />;
  return (
    <Suspense fallback={<PageLoading />}>
      <LessonArticle key={slug} slug={slug} loading={loading} />
    </Suspense>
  );
}

function LessonArticle({ slug, loading }: { slug: string; loading: Promise<Lesson> }) {
  // The route's loader has normally loaded it already: then no render waits (and no Suspense
  // fallback holds the text back by React's reveal throttle).
  const lesson = course.loaded(slug) ?? use(loading);
  const { t } = useTranslation();
  const lang = useLanguage();
  const scope = useWorkshopScope();

  // Previous / next follow the workshop's lessons, unless this lesson is outside them.
  const inScope = lessonsInScope(course.lessons, scope);
  const sequence = inScope.some((l) => l.slug === lesson.slug) ? inScope : course.lessons;
  const index = sequence.findIndex((l) => l.slug === lesson.slug);
  const previous = sequence[index - 1];
  const next = sequence[index + 1];
  const text = lesson.text[lang];
  const { sections } = text;
  // The review track meets the review before the code exercise, the code track after it; either
  // track can do both. Until a track is chosen the page is laid out for the code track.
  const track = useTrack()[0] ?? "code";
  const review = lesson.review && <ReviewExercise slug={lesson.slug} review={lesson.review} lang={lang} />;

  return (
    <article className="lesson">
      <p className="lesson-kicker">
        {t("lesson.number", { number: String(lesson.order).padStart(2, "0") })} · {t("home.minutes", { count: lesson.minutes })}
      </p>
      <h1>{text.title}</h1>
      <p className="lead">{text.summary}</p>
      <p className="muted">
        {t("lesson.roles")} {lesson.roles.map((role) => t(`roles.${role}.name`)).join(", ")}
      </p>
      {/* Lesson 00 is where a learner starts: the track is chosen there as well as on the home page. */}
      {lesson.order === 0 && <TrackChoice />}
      <DoneChecklist lesson={lesson} />
      {(["what", "why"] as const).map((section) => (
        <section key={section} className={`lesson-section section-${section}`} aria-labelledby={`section-${section}`}>
          <h2 id={`section-${section}`}>{t(`lesson.${section}`)}</h2>
          <RichText tree={sections[section]} />
        </section>
      ))}
      {track === "review" && review}
      {/* Side by side on wide screens (styles.css): the steps scroll with the page while the
          editor, Run / Check and the output stay in view. The order is the reading order. */}
      <div className="lesson-workspace">
        <div className="lesson-task">
          <section className="lesson-section section-how" aria-labelledby="section-how">
            <h2 id="section-how" tabIndex={-1}>
              {t("lesson.how")}
            </h2>
            <a className="jump-link" href="#code-exercise-heading">
              {t("jump.toEditor")}
            </a>
            <RichText tree={sections.how} />
          </section>
          <LessonHints lesson={lesson} lang={lang} />
          <InputsNotice lesson={lesson} />
        </div>
        <div className="lesson-work">
          <CodeExercise course={course} lesson={lesson} lang={lang} />
        </div>
      </div>
      {track !== "review" && review}
      <CommunicationExercise lesson={lesson} lang={lang} />
      <LessonTerms lesson={lesson} lang={lang} />
      <LessonNotebook lesson={lesson} lang={lang} />
      <nav className="lesson-nav" aria-label={t("lesson.navigation")}>
        {previous ? (
          <Link to={paths.lesson(previous.slug)} rel="prev">
            ← {previous.text[lang].title}
          </Link>
        ) : (
          <Link to={paths.home()}>← {t("lesson.allLessons")}</Link>
        )}
        {next ? (
          <Link to={paths.lesson(next.slug)} rel="next">
            {next.text[lang].title} →
          </Link>
        ) : lesson.slug === course.lessons.at(-1)?.slug ? (
          // After the course's last lesson the project is pulled together.
          <Link to={paths.summary()}>{t("summary.nav")} →</Link>
        ) : (
          <Link to={paths.home()}>{t("lesson.allLessons")} →</Link>
        )}
      </nav>
    </article>
  );
}
