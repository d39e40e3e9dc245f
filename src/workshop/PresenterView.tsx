// Presenter view: each lesson's What, Why, How and communication situation in large type, then its
// review exercise question by question with the answer hidden until revealed; each section on as
// many 16:9 slides as it needs, stepped with buttons, arrows or a clicker.
import { Suspense, use, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";
import type { Course, Lesson, LessonSummary } from "../course/types";
import { PageLoading } from "../ui/PageLoading";
import { FullscreenStage } from "./FullscreenStage";
import { MeasuredSlide } from "./MeasuredSlide";
import { ReviewSlideText } from "./ReviewSlideText";

const SECTIONS = ["what", "why", "how", "communication"] as const;
type Section = (typeof SECTIONS)[number];
/** A slide: a section of the lesson text, or its review (`question` null: what arrived). */
type Slide = { lesson: LessonSummary; section: Section } | { lesson: LessonSummary; section: "review"; question: number | null };

const slidesOf = (lesson: LessonSummary): Slide[] => [
  ...SECTIONS.map((section) => ({ lesson, section })),
  ...(lesson.review ? [null, ...lesson.review.questions.map((_, i) => i)].map((question) => ({ lesson, section: "review" as const, question })) : []),
];

interface Props {
  course: Course;
  lang: Language;
  slide: number;
  onSlideChange: (slide: number) => void;
}

/** Keys that presentation clickers send, plus the arrows; fields keep their own arrow keys. */
const STEPS: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };

export function PresenterView({ course, lang, slide, onSlideChange }: Props) {
  const { t } = useTranslation();
  const lessons = course.lessons;
  const slides = lessons.flatMap(slidesOf);
  const index = Math.min(Math.max(slide, 0), slides.length - 1);
  const current = slides[index];
  const total = slides.length;
  // The slide within the section; Infinity means its last one (stepping back from the next section).
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  // Which slide's answer is shown.
  const [revealed, setRevealed] = useState<string | null>(null);
  const shownPage = Math.min(page, pages - 1);
  const onPages = useCallback((count: number) => setPages(count), []);

  const goTo = useCallback(
    (target: number, targetPage: number) => {
      setPage(targetPage);
      // An answer shown is for its own slide: coming back to that slide hides it again.
      setRevealed(null);
      onSlideChange(target);
    },
    [onSlideChange],
  );
  const step = useCallback(
    (by: number) => {
      if (by > 0 && shownPage < pages - 1) setPage(shownPage + 1);
      else if (by < 0 && shownPage > 0) setPage(shownPage - 1);
      else if (by > 0 && index < total - 1) goTo(index + 1, 0);
      else if (by < 0 && index > 0) goTo(index - 1, Infinity);
    },
    [shownPage, pages, index, total, goTo],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const by = STEPS[event.key];
      if (by === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest("input, select, textarea, [contenteditable]")) return;
      event.preventDefault();
      step(by);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  if (!current) return null;
  const title = current.lesson.text[lang].title;
  const questions = current.lesson.review?.questions.length ?? 0;
  const sectionName =
    current.section === "review"
      ? current.question === null
        ? t("workshop.presenter.review.heading")
        : t("workshop.presenter.review.question", { number: current.question + 1, count: questions })
      : current.section === "communication"
        ? t("lesson.communicationExercise")
        : t(`lesson.${current.section}`);
  const slideKey = `${current.lesson.slug}-${current.section}${current.section === "review" ? `-${current.question ?? "intro"}` : ""}`;
  const isQuestion = current.section === "review" && current.question !== null;
  const shown = isQuestion && revealed === slideKey;
  const toggleAnswer = () => {
    setRevealed(shown ? null : slideKey);
    // The answer comes last: show the slide it ends on.
    if (!shown) setPage(Infinity);
  };
  const atStart = index === 0 && shownPage === 0;
  const atEnd = index === slides.length - 1 && shownPage === pages - 1;
  const count = t("workshop.presenter.count", { number: index + 1, total: slides.length });
  const part = pages > 1 ? t("workshop.presenter.part", { part: shownPage + 1, parts: pages }) : "";

  return (
    <section className="workshop-presenter" aria-labelledby="presenter-heading">
      <h2 id="presenter-heading">{t("workshop.presenter.heading")}</h2>
      <p className="muted">{t("workshop.presenter.keys")}</p>
      <div className="toolbar">
        <label>
          {t("workshop.presenter.lesson")}{" "}
          <select value={current.lesson.slug} onChange={(e) => goTo(slides.findIndex((s) => s.lesson.slug === e.target.value), 0)}>
            {lessons.map((lesson) => (
              <option key={lesson.slug} value={lesson.slug}>
                {String(lesson.order).padStart(2, "0")} {lesson.text[lang].title}
              </option>
            ))}
          </select>
        </label>
        {current.lesson.review && (
          <button type="button" onClick={() => goTo(slides.findIndex((s) => s.lesson.slug === current.lesson.slug && s.section === "review"), 0)}>
            {t("workshop.presenter.toReview")}
          </button>
        )}
      </div>
      <FullscreenStage
        className="presenter-stage"
        toolbarClassName="presenter-controls"
        toolbar={
          <>
            <button type="button" onClick={() => step(-1)} disabled={atStart}>
              ← {t("workshop.presenter.previous")}
            </button>
            <span className="presenter-count">
              {count}
              {part && ` · ${part}`}
            </span>
            <button type="button" onClick={() => step(1)} disabled={atEnd}>
              {t("workshop.presenter.next")} →
            </button>
            {isQuestion && (
              <button type="button" aria-pressed={shown} onClick={toggleAnswer}>
                {shown ? t("workshop.presenter.review.hide") : t("workshop.presenter.review.reveal")}
              </button>
            )}
          </>
        }
      >
        <article className="presenter-slide" key={slideKey}>
          <Suspense fallback={<PageLoading />}>
            {current.section === "review" ? (
              <ReviewSlideText
                loading={course.load(current.lesson.slug)}
                lang={lang}
                question={current.question}
                revealed={shown}
                kicker={title}
                title={sectionName}
                page={page}
                onPages={onPages}
              />
            ) : (
              <SlideText
                loading={course.load(current.lesson.slug)}
                lang={lang}
                section={current.section}
                kicker={title}
                title={sectionName}
                page={page}
                onPages={onPages}
              />
            )}
          </Suspense>
        </article>
      </FullscreenStage>
      <p className="visually-hidden" role="status">
        {t("workshop.presenter.announce", { number: index + 1, total: slides.length, lesson: title, section: sectionName })}
        {part && ` ${part}`}
        {shown && ` ${t("workshop.presenter.review.shown")}`}
      </p>
    </section>
  );
}

interface SlideTextProps {
  loading: Promise<Lesson> | undefined;
  lang: Language;
  section: Section;
  kicker: string;
  title: string;
  page: number;
  onPages: (count: number) => void;
}

function SlideText({ loading, lang, section, ...slide }: SlideTextProps) {
  const lesson = loading && use(loading);
  if (!lesson) return null;
  const text = lesson.text[lang];
  const tree = section === "communication" ? text.communication.situation : text.sections[section];
  return <MeasuredSlide tree={tree} lang={lang} {...slide} />;
}
