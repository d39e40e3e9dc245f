// What a facilitator sees of a learner, made from their progress document: per lesson the status
// per track, checks, hints, drafts; plus what the room tracked (streaks, time, shared code). Cut to
// the protocol's limits, so a learner with an unusual amount of work is still shown, never refused.
import type { Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import type { LessonProgress, Progress } from "../progress/model";
import { emptyProgress, hasDraft, lessonStatus, reviewAnswered } from "../progress/model";
import { LIMITS } from "./protocol/limits";
import type { LearnerState, SharedLesson, SharedReview } from "./protocol/schemas";
import type { LessonTrack } from "./learner/tracker";

type LessonRef = Pick<LessonSummary, "slug" | "starter" | "review">;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Right answers and, per question answered as it is now, whether the last answer was right. */
function shareReview(progress: LessonProgress, lesson: LessonRef): SharedReview | undefined {
  if (!lesson.review) return undefined;
  const questions = lesson.review.questions.slice(0, LIMITS.reviewQuestions).filter((q) => q.id.length <= LIMITS.questionId);
  if (questions.length === 0) return undefined;
  const summary = { ...lesson.review, questions };
  const answers = progress.review?.answers ?? {};
  const given = questions.flatMap((q) => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    return answer && answer.version === q.version ? [{ id: q.id, correct: answer.correct }] : [];
  });
  return { ...reviewAnswered(progress, summary), answers: given };
}

/** `trackChosen`: the learner picked a track, which the review track asks of a lesson without a review (00). */
export function shareLesson(progress: LessonProgress, lesson: LessonRef, track?: LessonTrack, trackChosen = false): SharedLesson {
  const drafts = progress.drafts.slice(0, LIMITS.drafts).map((draft) => ({
    id: cut(draft.id, 100),
    role: draft.role,
    kind: draft.kind,
    request: cut(draft.request, LIMITS.request),
    unblocks: cut(draft.unblocks, LIMITS.unblocks),
  }));
  // Status is judged on a whole document: the review track of lesson 00 asks whether a track was chosen.
  const document: Progress = { ...emptyProgress(), lessons: { [lesson.slug]: progress }, ...(trackChosen ? { track: { value: "review", at: progress.updatedAt } } : {}) };
  const shared: SharedLesson = {
    tracks: {
      code: { status: lessonStatus(document, lesson, "code") },
      review: { status: lessonStatus(document, lesson, "review") },
    },
    hintsShown: progress.hintsShown,
    solutionShown: progress.solutionShown,
    drafts,
  };
  const review = shareReview(progress, lesson);
  if (review) shared.review = review;
  if (progress.drafts.length > drafts.length) shared.draftsOmitted = progress.drafts.length - drafts.length;
  const checks = progress.checks;
  if (checks) {
    shared.checks = {
      at: checks.at,
      passed: checks.passed,
      results: checks.results.slice(0, LIMITS.checks).map((r) => ({
        name: cut(r.name, LIMITS.checkName),
        title: cut(r.title, LIMITS.checkTitle),
        passed: r.passed,
        ...(r.passed || !r.message ? {} : { message: cut(r.message, LIMITS.checkMessage) }),
      })),
    };
    // Results an import brought in were reported by the learner, not checked in this browser.
    if ("reported" in checks && checks.reported === true) shared.checks.reported = true;
  }
  if (track) {
    const streaks = Object.entries(track.failStreaks).slice(0, LIMITS.checks);
    if (streaks.length > 0) shared.failStreaks = Object.fromEntries(streaks.map(([name, n]) => [cut(name, LIMITS.checkName), n]));
    if (track.timeMs > 0) shared.timeMs = Math.round(track.timeMs);
    if (track.advancedAt) shared.advancedAt = track.advancedAt;
    if (track.code && track.code.text.length <= LIMITS.code) shared.code = track.code;
  }
  return shared;
}

/** The course's lessons this learner has touched (or has tracked), in course order. */
export function shareProgress(
  progress: Progress,
  lessons: readonly LessonRef[],
  options: { tracks?: Record<string, LessonTrack>; current?: string; lang?: Language } = {},
): LearnerState {
  const state: LearnerState = { lessons: {} };
  if (options.lang) state.lang = options.lang;
  if (progress.track) state.track = progress.track.value;
  if (options.current && SLUG.test(options.current)) state.current = options.current;
  for (const lesson of lessons.slice(0, LIMITS.lessons)) {
    const own = Object.hasOwn(progress.lessons, lesson.slug) ? progress.lessons[lesson.slug] : undefined;
    const track = options.tracks && Object.hasOwn(options.tracks, lesson.slug) ? options.tracks[lesson.slug] : undefined;
    if (!own && !track?.timeMs && !track?.code) continue;
    const base: LessonProgress = own ?? { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "" };
    state.lessons[lesson.slug] = shareLesson(base, lesson, track, progress.track !== undefined);
  }
  return state;
}

/** Number of requests with text: what "a new request" counts. */
export const draftCount = (progress: LessonProgress | undefined) =>
  hasDraft(progress) ? (progress?.drafts ?? []).filter((d) => d.request.trim() !== "").length : 0;
