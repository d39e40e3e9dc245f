// Review answers in the progress document: recording, counting, keeping them through save and load.
import { describe, expect, it } from "vitest";
import { answerOf, answerVerdict, reviewAnswered, withReviewAnswer } from "../review";
import { loadProgress, saveProgress } from "../storage";
import { emptyProgress, type LessonProgress } from "../schema";
import { MemoryStorage } from "./memoryStorage";

const base: LessonProgress = { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "" };
const summary = { reviewer: "product-manager" as const, questions: [{ id: "q1", version: "v1" }, { id: "q2", version: "v2" }, { id: "q3", version: "v1" }] };
const T1 = "2026-12-01T10:00:00.000Z";
const T2 = "2026-12-01T11:00:00.000Z";

describe("withReviewAnswer", () => {
  it("records the answer with its time and keeps the lesson's other work", () => {
    const lesson = withReviewAnswer({ ...base, code: "x = 1" }, "q1", { given: { value: 12 }, correct: false, version: "v1" }, T1);
    expect(lesson.code).toBe("x = 1");
    expect(lesson.review?.answers.q1).toEqual({ given: { value: 12 }, correct: false, version: "v1", at: T1 });
  });
  it("replaces an earlier answer to the same question and keeps the others", () => {
    const once = withReviewAnswer(base, "q1", { given: { option: "a" }, correct: false, version: "v1" }, T1);
    const twice = withReviewAnswer(withReviewAnswer(once, "q2", { given: { options: ["x"] }, correct: true, version: "v2" }, T1), "q1", { given: { option: "b" }, correct: true, version: "v1" }, T2);
    expect(Object.keys(twice.review!.answers)).toEqual(["q1", "q2"]);
    expect(twice.review!.answers.q1).toMatchObject({ given: { option: "b" }, correct: true, at: T2 });
    expect(once.review!.answers.q1).toMatchObject({ given: { option: "a" } }); // not changed in place
  });
});

describe("reviewAnswered", () => {
  it("counts the summary's questions answered right for their current version", () => {
    let lesson = withReviewAnswer(base, "q1", { given: { option: "a" }, correct: true, version: "v1" }, T1);
    lesson = withReviewAnswer(lesson, "q2", { given: { option: "a" }, correct: true, version: "v1" }, T1); // an earlier version
    lesson = withReviewAnswer(lesson, "q3", { given: { option: "a" }, correct: false, version: "v1" }, T1);
    lesson = withReviewAnswer(lesson, "gone", { given: { option: "a" }, correct: true, version: "v1" }, T1); // no longer asked
    expect(reviewAnswered(lesson, summary)).toEqual({ right: 1, total: 3 });
    expect(reviewAnswered(undefined, summary)).toEqual({ right: 0, total: 3 });
    expect(reviewAnswered(lesson, undefined)).toEqual({ right: 0, total: 0 });
  });
  it("reads own answers only: questions named like Object.prototype's properties count as any other", () => {
    const hostile = { reviewer: "product-manager" as const, questions: [{ id: "constructor", version: "v1" }, { id: "__proto__", version: "v1" }, { id: "toString", version: "v1" }] };
    expect(reviewAnswered(base, hostile)).toEqual({ right: 0, total: 3 });
    expect(answerOf(base, "constructor")).toBeUndefined();
    const lesson = withReviewAnswer(withReviewAnswer(base, "__proto__", { given: { option: "a" }, correct: true, version: "v1" }, T1), "constructor", { given: { option: "a" }, correct: true, version: "v1" }, T1);
    expect(Object.getPrototypeOf(lesson.review!.answers)).toBe(Object.prototype);
    expect(reviewAnswered(lesson, hostile)).toEqual({ right: 2, total: 3 });
  });
});

describe("answerVerdict", () => {
  const answer = (correct: boolean, version: string) => ({ given: { option: "a" }, correct, version, at: T1 });
  it("is right only for the question as it is asked now", () => {
    expect(answerVerdict("q1", answer(true, "v1"), summary.questions)).toBe("right");
    expect(answerVerdict("q2", answer(true, "v1"), summary.questions)).toBe("changed");
    expect(answerVerdict("gone", answer(true, "v1"), summary.questions)).toBe("changed");
    expect(answerVerdict("q1", answer(false, "v1"), summary.questions)).toBe("wrong");
    // A lesson the course no longer has: the answer's own verdict.
    expect(answerVerdict("q9", answer(true, "v1"), undefined)).toBe("right");
  });
});

describe("answers and the track through save and load", () => {
  it("come back as saved, each shape of given answer whole", () => {
    let lesson = withReviewAnswer(base, "n", { given: { value: 0.25 }, correct: true, version: "v1" }, T1);
    lesson = withReviewAnswer(lesson, "c", { given: { option: "a" }, correct: false, version: "v1" }, T1);
    lesson = withReviewAnswer(lesson, "f", { given: { options: ["a", "b"] }, correct: true, version: "v1" }, T1);
    lesson = withReviewAnswer(lesson, "d", { given: { option: "go", evidence: ["e1", "e2"] }, correct: true, version: "v1" }, T1);
    const progress = { ...emptyProgress(), lessons: { analyze: lesson }, track: { value: "review" as const, at: T2 } };
    const storage = new MemoryStorage();
    saveProgress(storage, progress);
    expect(loadProgress(storage).progress).toEqual(progress);
  });
  it("a __proto__ question id is left out on save, and the rest kept", () => {
    const lesson = withReviewAnswer(withReviewAnswer(base, "__proto__", { given: { option: "a" }, correct: true, version: "v1" }, T1), "q1", { given: { option: "a" }, correct: true, version: "v1" }, T1);
    const storage = new MemoryStorage();
    saveProgress(storage, { ...emptyProgress(), lessons: { analyze: lesson } });
    const answers = loadProgress(storage).progress.lessons.analyze!.review!.answers;
    expect(Object.keys(answers)).toEqual(["q1"]);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });
});
