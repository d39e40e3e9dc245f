// A review slide's text from the loaded lesson: what arrived, or one question, with its answer
// only when revealed.
import { use } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";
import type { Lesson } from "../course/types";
import { MeasuredSlide } from "./MeasuredSlide";
import { reviewIntroTree, reviewQuestionTree, type ReviewSlideWords } from "./reviewSlides";

interface Props {
  loading: Promise<Lesson> | undefined;
  lang: Language;
  /** The question's index, or null for the slide of what arrived. */
  question: number | null;
  revealed: boolean;
  kicker: string;
  title: string;
  page: number;
  onPages: (count: number) => void;
}

export function ReviewSlideText({ loading, lang, question, revealed, ...slide }: Props) {
  const { t } = useTranslation();
  const lesson = loading && use(loading);
  const review = lesson ? lesson.review : undefined;
  if (!review) return null;
  const words: ReviewSlideWords = {
    keyFigures: t("workshop.presenter.review.keyFigures"),
    evidence: t("workshop.presenter.review.evidence"),
    answer: t("workshop.presenter.review.answer"),
    none: t("workshop.presenter.review.none"),
    rightMark: "✓",
    within: (tolerance) => t("workshop.presenter.review.within", { tolerance }),
  };
  const tree = question === null ? reviewIntroTree(review, lang, words) : reviewQuestionTree(review, lang, question, revealed, words);
  const kicker = question === null ? `${slide.kicker} · ${review.text[lang].title}` : slide.kicker;
  return <MeasuredSlide tree={tree} lang={lang} {...slide} kicker={kicker} />;
}
