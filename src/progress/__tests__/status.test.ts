import { describe, expect, it } from "vitest";
import { checkedVersion } from "../checkedVersion";
import { withReviewAnswer } from "../review";
import { doneItems, lessonStatus, type StatusLesson } from "../status";
import { emptyProgress, type LessonProgress, type Progress } from "../schema";

const base: LessonProgress = { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "" };
const draft = { id: "1", role: "product-manager" as const, kind: "share" as const, request: "Please", unblocks: "" };
const passed = { at: "", passed: true, results: [] };
const starter = { en: "s", ja: "s-ja" };
const lesson: StatusLesson = { slug: "a", starter };
const reviewed: StatusLesson = { slug: "a", starter, review: { reviewer: "product-manager", questions: [{ id: "q1", version: "v1" }, { id: "q2", version: "v1" }] } };
const T = "2026-12-01T10:00:00.000Z";

/** A document with this lesson's progress (or none), and a track when given. */
const doc = (own: LessonProgress | undefined, track?: Progress["track"]): Progress => ({
  ...emptyProgress(),
  lessons: own ? { a: own } : {},
  ...(track ? { track } : {}),
});
const code = (own: LessonProgress | undefined) => lessonStatus(doc(own), lesson, "code");
const answer = (own: LessonProgress, id: string, correct: boolean, version = "v1") => withReviewAnswer(own, id, { given: { option: "x" }, correct, version }, T);

describe("lessonStatus on the code track", () => {
  it("is not started without progress or with untouched starter code", () => {
    expect(code(undefined)).toBe("not-started");
    expect(code({ ...base, code: "s" })).toBe("not-started");
    // Code equal to the starter in the other language is as untouched.
    expect(code({ ...base, code: "s-ja" })).toBe("not-started");
  });
  it("is in progress once code changed or checks ran, until checks pass and a draft exists", () => {
    expect(code({ ...base, code: "t" })).toBe("in-progress");
    expect(code({ ...base, checks: passed })).toBe("in-progress");
    expect(code({ ...base, drafts: [{ ...draft, request: "  " }], checks: passed })).toBe("in-progress");
  });
  it("is done when the checks pass and there is a draft", () => {
    expect(code({ ...base, drafts: [draft], checks: passed })).toBe("done");
  });
  it("is done only while the code is the code that passed", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    expect(code({ ...base, code: "good", drafts: [draft], checks })).toBe("done");
    expect(code({ ...base, code: "good, then edited", drafts: [draft], checks })).toBe("in-progress");
    // Another language or other inputs since do not undo a pass: the code is still the one checked.
    const inJapanese = { ...passed, version: checkedVersion("good", "ja", "x") };
    expect(code({ ...base, code: "good", drafts: [draft], checks: inJapanese })).toBe("done");
  });
  it("does not count review answers as started code", () => {
    expect(lessonStatus(doc(answer(base, "q1", true)), reviewed, "code")).toBe("not-started");
  });
});

describe("lessonStatus on the review track", () => {
  it("is in progress once a question is answered, right or not", () => {
    expect(lessonStatus(doc(base), reviewed, "review")).toBe("not-started");
    expect(lessonStatus(doc(answer(base, "q1", false)), reviewed, "review")).toBe("in-progress");
    // Code alone is the other track's work.
    expect(lessonStatus(doc({ ...base, code: "t", checks: passed }), reviewed, "review")).toBe("not-started");
  });
  it("is done when every current question is answered right and there is a draft", () => {
    const both = answer(answer({ ...base, drafts: [draft] }, "q1", true), "q2", true);
    expect(lessonStatus(doc(both), reviewed, "review")).toBe("done");
    expect(lessonStatus(doc(answer(both, "q2", false)), reviewed, "review")).toBe("in-progress");
    // A right answer to an earlier version of a question does not count.
    expect(lessonStatus(doc(answer(both, "q2", true, "v0")), reviewed, "review")).toBe("in-progress");
    expect(lessonStatus(doc(answer({ ...base }, "q1", true)), reviewed, "review")).toBe("in-progress");
  });
  it("in a lesson without a review (00) is done once a track is chosen and a request drafted", () => {
    const drafted = { ...base, drafts: [draft] };
    expect(lessonStatus(doc(drafted), lesson, "review")).toBe("in-progress");
    expect(lessonStatus(doc(drafted, { value: "review", at: T }), lesson, "review")).toBe("done");
    expect(lessonStatus(doc(drafted, { value: "code", at: T }), lesson, "review")).toBe("done");
    expect(lessonStatus(doc(undefined, { value: "review", at: T }), lesson, "review")).toBe("not-started");
  });
});

describe("doneItems", () => {
  it("lists what done needs on the code track, each ticked on its own", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    expect(doneItems(doc(undefined), lesson, "code")).toEqual([
      { id: "checks", done: false },
      { id: "draft", done: false },
    ]);
    expect(doneItems(doc({ ...base, code: "good", checks }), lesson, "code")).toEqual([
      { id: "checks", done: true },
      { id: "draft", done: false },
    ]);
    expect(doneItems(doc({ ...base, code: "edited", checks, drafts: [draft] }), lesson, "code")).toEqual([
      { id: "checks", done: false },
      { id: "draft", done: true },
    ]);
  });
  it("lists the review, or the track choice in a lesson without one, on the review track", () => {
    expect(doneItems(doc(answer(base, "q1", true)), reviewed, "review")).toEqual([
      { id: "review", done: false },
      { id: "draft", done: false },
    ]);
    expect(doneItems(doc(answer(answer(base, "q1", true), "q2", true)), reviewed, "review")[0]).toEqual({ id: "review", done: true });
    expect(doneItems(doc(undefined), lesson, "review")[0]).toEqual({ id: "track", done: false });
    expect(doneItems(doc(undefined, { value: "review", at: T }), lesson, "review")[0]).toEqual({ id: "track", done: true });
  });
  it("a review without questions is never done by having none to answer", () => {
    const none: StatusLesson = { ...reviewed, review: { reviewer: "product-manager", questions: [] } };
    expect(doneItems(doc(base), none, "review")[0]).toEqual({ id: "review", done: false });
  });
  it("agrees with the status: done exactly when every item is ticked, on both tracks", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    const right = answer(answer(base, "q1", true), "q2", true);
    const works = [{ ...base }, { ...base, code: "good", checks }, { ...base, code: "good", checks, drafts: [draft] }, right, { ...right, drafts: [draft] }];
    for (const own of works) {
      for (const track of ["code", "review"] as const) {
        const all = doneItems(doc(own), reviewed, track).every((item) => item.done);
        expect(lessonStatus(doc(own), reviewed, track) === "done").toBe(all);
      }
    }
  });
});
