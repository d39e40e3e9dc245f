// Presenter view: each lesson's What and Why in large type, stepped with buttons, arrows or a clicker.
import { Suspense, use, useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";
import type { Course, Lesson } from "../course/types";
import { PageLoading } from "../ui/PageLoading";
import { RichText } from "../ui/RichText";
import { FullscreenStage } from "./FullscreenStage";

const SECTIONS = ["what", "why"] as const;
type Section = (typeof SECTIONS)[number];

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
  const slides = lessons.flatMap((lesson) => SECTIONS.map((section) => ({ lesson, section })));
  const index = Math.min(Math.max(slide, 0), slides.length - 1);
  const current = slides[index];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest("input, select, textarea, [contenteditable]")) return;
      event.preventDefault();
      onSlideChange(Math.min(Math.max(index + step, 0), slides.length - 1));
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [index, slides.length, onSlideChange]);

  if (!current) return null;
  const title = current.lesson.text[lang].title;
  const sectionName = t(`lesson.${current.section}`);

  return (
    <section className="workshop-presenter" aria-labelledby="presenter-heading">
      <h2 id="presenter-heading">{t("workshop.presenter.heading")}</h2>
      <p className="muted">{t("workshop.presenter.keys")}</p>
      <div className="toolbar">
        <label>
          {t("workshop.presenter.lesson")}{" "}
          <select
            value={current.lesson.slug}
            onChange={(e) => onSlideChange(slides.findIndex((s) => s.lesson.slug === e.target.value))}
          >
            {lessons.map((lesson) => (
              <option key={lesson.slug} value={lesson.slug}>
                {String(lesson.order).padStart(2, "0")} {lesson.text[lang].title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FullscreenStage
        className="presenter-stage"
        toolbarClassName="presenter-controls"
        toolbar={
          <>
            <button type="button" onClick={() => onSlideChange(index - 1)} disabled={index === 0}>
              ← {t("workshop.presenter.previous")}
            </button>
            <span className="presenter-count">{t("workshop.presenter.count", { number: index + 1, total: slides.length })}</span>
            <button type="button" onClick={() => onSlideChange(index + 1)} disabled={index === slides.length - 1}>
              {t("workshop.presenter.next")} →
            </button>
          </>
        }
      >
        <article className="presenter-slide" key={`${current.lesson.slug}-${current.section}`} lang={lang}>
          <p className="presenter-kicker">{title}</p>
          <h3 className="presenter-title">{sectionName}</h3>
          <Suspense fallback={<PageLoading />}>
            <SlideText loading={course.load(current.lesson.slug)} lang={lang} section={current.section} />
          </Suspense>
        </article>
      </FullscreenStage>
      <p className="visually-hidden" role="status">
        {t("workshop.presenter.announce", { number: index + 1, total: slides.length, lesson: title, section: sectionName })}
      </p>
    </section>
  );
}

function SlideText({ loading, lang, section }: { loading: Promise<Lesson> | undefined; lang: Language; section: Section }) {
  const lesson = loading && use(loading);
  return lesson ? <RichText tree={lesson.text[lang].sections[section]} /> : null;
}
