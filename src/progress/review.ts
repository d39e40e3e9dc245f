// The review exercise's answers in a lesson's progress: recording one, and counting the right ones.
import type { ReviewSummary } from "../course/types";
import type { GivenAnswer, LessonProgress, ReviewAnswerRecord } from "./schema";

type Answers = Record<string, ReviewAnswerRecord>;

/** The stored answers by question id; own keys only, so a question named "constructor" reads nothing of Object.prototype. */
export const answerOf = (lesson: LessonProgress | undefined, questionId: string): ReviewAnswerRecord | undefined => {
  const answers: Answers | undefined = lesson?.review?.answers;
  return answers && Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
};

/** Whether the learner has answered any review question of the lesson (right or not). */
export const hasReviewAnswers = (lesson: LessonProgress | undefined) => Object.keys(lesson?.review?.answers ?? {}).length > 0;

/** The lesson with this answer replacing any earlier one to the same question (a retry keeps only the last). */
export function withReviewAnswer(
  lesson: LessonProgress,
  questionId: string,
  answer: { given: GivenAnswer; correct: boolean; version: string },
  now: string,
): LessonProgress {
  // A computed key defines an own property even for "__proto__"; the spread copies own properties only.
  const answers: Answers = { ...lesson.review?.answers, [questionId]: { given: answer.given, correct: answer.correct, version: answer.version, at: now } };
  return { ...lesson, review: { answers } };
}

/**
 * How a stored answer stands now: right only when given to the question as the lesson asks it now
 * ("changed" when the question changed or is no longer asked). Without the questions (a lesson this
 * course no longer has) the answer's own verdict is all there is.
 */
export function answerVerdict(questionId: string, answer: ReviewAnswerRecord, questions: ReviewSummary["questions"] | undefined): "right" | "wrong" | "changed" {
  if (!answer.correct) return "wrong";
  if (!questions) return "right";
  return questions.some((q) => q.id === questionId && q.version === answer.version) ? "right" : "changed";
}

/** Right answers to the summary's current questions: correct, and given to the question's current version. */
export function reviewAnswered(lesson: LessonProgress | undefined, summary: ReviewSummary | undefined): { right: number; total: number } {
  const questions = summary?.questions ?? [];
  const right = questions.filter((question) => {
    const answer = answerOf(lesson, question.id);
    return answer?.correct === true && answer.version === question.version;
  }).length;
  return { right, total: questions.length };
}
