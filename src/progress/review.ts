// The review exercise's answers in a lesson's progress: the latest attempt per question.
import type { ReviewSummary } from "../course/types";
import type { GivenAnswer, LessonProgress } from "./schema";

export function withReviewAnswer(
  lesson: LessonProgress,
  questionId: string,
  answer: { given: GivenAnswer; correct: boolean; version: string },
  now: string,
): LessonProgress {
  const answers = { ...lesson.review?.answers, [questionId]: { ...answer, at: now } };
  return { ...lesson, review: { answers } };
}

/** Right answers count only for the question as it is now (its version), not an older one. */
export function reviewAnswered(lesson: LessonProgress | undefined, summary: ReviewSummary): { right: number; total: number } {
  const answers = lesson?.review?.answers ?? {};
  const right = summary.questions.filter(({ id, version }) => {
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    return answer?.correct === true && answer.version === version;
  }).length;
  return { right, total: summary.questions.length };
}
