import { describe, expect, it } from "vitest";
import { lessonStatus } from "../status";
import type { LessonProgress } from "../schema";

const base: LessonProgress = { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "" };
const draft = { id: "1", role: "product-manager" as const, kind: "share" as const, request: "Please", unblocks: "" };
const passed = { at: "", passed: true, results: [] };

describe("lessonStatus", () => {
  it("is not started without progress or with untouched starter code", () => {
    expect(lessonStatus(undefined, "s")).toBe("not-started");
    expect(lessonStatus({ ...base, code: "s" }, "s")).toBe("not-started");
  });
  it("is in progress once code changed or checks ran, until checks pass and a draft exists", () => {
    expect(lessonStatus({ ...base, code: "t" }, "s")).toBe("in-progress");
    expect(lessonStatus({ ...base, checks: passed }, "s")).toBe("in-progress");
    expect(lessonStatus({ ...base, drafts: [{ ...draft, request: "  " }], checks: passed }, "s")).toBe("in-progress");
  });
  it("is done when the checks pass and there is a draft", () => {
    expect(lessonStatus({ ...base, drafts: [draft], checks: passed }, "s")).toBe("done");
  });
});
