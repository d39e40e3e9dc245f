// A learner's latest answer to each question of a lesson's review, in the review's order, with the
// question's prompt taken from the lesson itself (loaded on demand; the list shows without it meanwhile).
import { Suspense, use } from "react";
import { useTranslation } from "react-i18next";
import { course } from "../../course/course";
import type { Language } from "../../course/languages";
import type { Lesson, LessonSummary, RichTextTree } from "../../course/types";
import type { SharedLesson } from "../../room";
import { RichText } from "../../ui/RichText";

type Answer = "right" | "wrong" | "none";
const MARK: Record<Answer, string> = { right: "✓", wrong: "✗", none: "–" };

// One promise per lesson for `use`; a lesson that fails to load shows its answers without prompts.
const loading = new Map<string, Promise<Lesson | undefined>>();
function loadLesson(slug: string): Promise<Lesson | undefined> {
  let promise = loading.get(slug);
  if (!promise) {
    promise = course.load(slug)?.catch(() => undefined) ?? Promise.resolve(undefined);
    loading.set(slug, promise);
  }
  return promise;
}

interface Props {
  summary: LessonSummary;
  review: NonNullable<SharedLesson["review"]>;
  lang: Language;
}

export function ReviewAnswers(props: Props) {
  return (
    <Suspense fallback={<AnswerList {...props} />}>
      <WithPrompts {...props} />
    </Suspense>
  );
}

function WithPrompts(props: Props) {
  const lesson = use(loadLesson(props.summary.slug));
  const questions = lesson?.review?.text[props.lang].questions ?? [];
  return <AnswerList {...props} prompts={new Map(questions.map((q) => [q.id, q.prompt]))} />;
}

function AnswerList({ summary, review, lang, prompts }: Props & { prompts?: Map<string, RichTextTree> }) {
  const { t } = useTranslation();
  // Older apps send the counts only: then there is no answer per question to show.
  if (!review.answers || !summary.review) return null;
  const given = new Map(review.answers.map((a) => [a.id, a.correct]));
  return (
    <ol className="review-answers" aria-label={t("live.detail.answers", { lesson: summary.text[lang].title })}>
      {summary.review.questions.map((question, i) => {
        const answer: Answer = !given.has(question.id) ? "none" : given.get(question.id) ? "right" : "wrong";
        const prompt = prompts?.get(question.id);
        return (
          <li key={question.id} className={`answer-${answer}`}>
            <span className="check-mark" aria-hidden="true">
              {MARK[answer]}
            </span>{" "}
            <strong>{t("live.detail.answerIs", { number: i + 1, answer: t(`live.detail.answer.${answer}`) })}</strong>
            {prompt && (
              <div className="review-prompt">
                <RichText tree={prompt} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
