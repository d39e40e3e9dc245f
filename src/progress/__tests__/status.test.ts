import { describe, expect, it } from "vitest";
import { checkedVersion } from "../checkedVersion";
import { doneItems, lessonStatus } from "../status";
import type { LessonProgress } from "../schema";

const base: LessonProgress = { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "" };
const draft = { id: "1", role: "product-manager" as const, kind: "share" as const, request: "Please", unblocks: "" };
const passed = { at: "", passed: true, results: [] };
const starter = { en: "s", ja: "s-ja" };

describe("lessonStatus", () => {
  it("is not started without progress or with untouched starter code", () => {
    expect(lessonStatus(undefined, starter)).toBe("not-started");
    expect(lessonStatus({ ...base, code: "s" }, starter)).toBe("not-started");
    // Code equal to the starter in the other language is as untouched.
    expect(lessonStatus({ ...base, code: "s-ja" }, starter)).toBe("not-started");
  });
  it("is in progress once code changed or checks ran, until checks pass and a draft exists", () => {
    expect(lessonStatus({ ...base, code: "t" }, starter)).toBe("in-progress");
    expect(lessonStatus({ ...base, checks: passed }, starter)).toBe("in-progress");
    expect(lessonStatus({ ...base, drafts: [{ ...draft, request: "  " }], checks: passed }, starter)).toBe("in-progress");
  });
  it("is done when the checks pass and there is a draft", () => {
    expect(lessonStatus({ ...base, drafts: [draft], checks: passed }, starter)).toBe("done");
  });
  it("is done only while the code is the code that passed", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    expect(lessonStatus({ ...base, code: "good", drafts: [draft], checks }, starter)).toBe("done");
    expect(lessonStatus({ ...base, code: "good, then edited", drafts: [draft], checks }, starter)).toBe("in-progress");
    // Another language or other inputs since do not undo a pass: the code is still the one checked.
    const inJapanese = { ...passed, version: checkedVersion("good", "ja", "x") };
    expect(lessonStatus({ ...base, code: "good", drafts: [draft], checks: inJapanese }, starter)).toBe("done");
  });
});

describe("doneItems", () => {
  it("lists what done needs on the code track, each ticked on its own", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    expect(doneItems(undefined, starter)).toEqual([
      { id: "checks", done: false },
      { id: "draft", done: false },
    ]);
    expect(doneItems({ ...base, code: "good", checks }, starter)).toEqual([
      { id: "checks", done: true },
      { id: "draft", done: false },
    ]);
    expect(doneItems({ ...base, code: "edited", checks, drafts: [draft] }, starter)).toEqual([
      { id: "checks", done: false },
      { id: "draft", done: true },
    ]);
  });
  it("agrees with the status: done exactly when every item is ticked", () => {
    const checks = { ...passed, version: checkedVersion("good", "en", "") };
    for (const progress of [{ ...base }, { ...base, code: "good", checks }, { ...base, code: "good", checks, drafts: [draft] }]) {
      const all = doneItems(progress, starter).every((item) => item.done);
      expect(lessonStatus(progress, starter) === "done").toBe(all);
    }
  });
});
