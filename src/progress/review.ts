// How far a learner is with a lesson's review exercise: an answer counts only when it was right
// for the question as it is now (its version is the hash of the current right answer).
import type { ReviewSummary } from "../course/types";
import type { LessonProgress } from "./schema";

export function reviewAnswered(lesson: LessonProgress | undefined, summary: ReviewSummary): { right: number; total: number } {
  const answers = lesson?.review?.answers ?? {};
  const right = summary.questions.filter((question) => {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    return answer?.correct === true && answer.version === question.version;
  }).length;
  return { right, total: summary.questions.length };
}
