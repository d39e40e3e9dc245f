import { describe, expect, it } from "vitest";
import { lessonStatus } from "../status";
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
});
