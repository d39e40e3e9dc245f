// The review exercise: the learner plays a stakeholder, reads a data scientist's artifact and
// answers questions on it. Answers are kept in the lesson's progress; a right next request can
// become a draft of the communication exercise.
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { LessonReview, ReviewOption } from "../../course/types";
import { newId } from "../../lib/newId";
import { reviewAnswered, useLessonProgress, withReviewAnswer, type GivenAnswer } from "../../progress";
import { RichText } from "../../ui/RichText";
import { plainText } from "./inline";
import { ReviewFiles } from "./ReviewFiles";
import { ReviewQuestionForm } from "./ReviewQuestionForm";
import { ReviewView } from "./ReviewView";
import "./review.css";

/** The request field of a draft in the communication exercise (DraftEditor marks each draft). */
const draftField = (id: string) =>
  Array.from(document.querySelectorAll<HTMLElement>("[data-draft-id]"))
    .find((element) => element.dataset.draftId === id)
    ?.querySelector<HTMLElement>("textarea");

export function ReviewExercise({ slug, review, lang }: { slug: string; review: LessonReview; lang: Language }) {
  const { t } = useTranslation();
  const [progress, update] = useLessonProgress(slug);
  const text = review.text[lang];
  const answers = progress?.review?.answers ?? {};
  const { right, total } = reviewAnswered(progress, review);
  const versions = new Map(review.questions.map((q) => [q.id, q.version]));
  const check = (questionId: string, given: GivenAnswer, correct: boolean) => {
    const version = versions.get(questionId) ?? "";
    update((lesson) => withReviewAnswer(lesson, questionId, { given, correct, version }, new Date().toISOString()));
  };

  const draft = (option: ReviewOption) => {
    const request = plainText(option.text);
    const existing = progress?.drafts.find((d) => d.request.trim() === request && d.role === option.role);
    // Pressed again: the draft made the first time is where the learner continues.
    if (existing) return draftField(existing.id)?.focus();
    const id = newId();
    // Rendered at once, the communication exercise included, so its new field can take the focus.
    flushSync(() =>
      update((lesson) => ({ ...lesson, drafts: [...lesson.drafts, { id, role: option.role ?? "", kind: option.kind ?? "", request, unblocks: "" }] })),
    );
    draftField(id)?.focus();
  };

  return (
    <section className="review-exercise" aria-labelledby="review-heading">
      <h3 id="review-heading" tabIndex={-1}>
        {t("review.heading")}
      </h3>
      <p className="review-role">{t("review.youPlay", { name: text.name, role: t(`roles.${review.reviewer}.name`) })}</p>
      <h4>{text.title}</h4>
      <RichText tree={text.intro} />
      <section className="review-artifact" aria-labelledby="review-artifact-heading">
        <h4 id="review-artifact-heading">{t("review.received")}</h4>
        <ReviewView blocks={text.view} />
        <ReviewFiles files={review.files} />
      </section>
      <section className="review-questions" aria-labelledby="review-questions-heading">
        <h4 id="review-questions-heading">{t("review.questions")}</h4>
        <p className="review-progress">{t("review.progress", { right, total })}</p>
        {text.questions.map((question, i) => {
          const answer = Object.hasOwn(review.answers, question.id) ? review.answers[question.id] : undefined;
          if (!answer) return null;
          const stored = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
          return (
            <ReviewQuestionForm
              key={question.id}
              question={question}
              answer={answer}
              number={i + 1}
              count={text.questions.length}
              // An answer to an earlier version of the question starts afresh.
              stored={stored && stored.version === versions.get(question.id) ? stored.given : undefined}
              onCheck={(given, correct) => check(question.id, given, correct)}
              onDraft={draft}
            />
          );
        })}
      </section>
    </section>
  );
}
