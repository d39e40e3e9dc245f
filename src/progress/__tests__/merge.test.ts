import { describe, expect, it } from "vitest";
import { mergeProgress, mergeWithBase, summarizeImport } from "../merge";
import { PROGRESS_VERSION, type Draft, type LessonProgress, type Progress } from "../schema";

const draft = (id: string, request: string): Draft => ({ id, role: "domain-expert", kind: "share", request, unblocks: "" });
const lesson = (updatedAt: string, extra: Partial<LessonProgress> = {}): LessonProgress => ({
  drafts: [],
  hintsShown: 0,
  solutionShown: false,
  examplesShown: false,
  updatedAt,
  ...extra,
});
const doc = (lessons: Progress["lessons"], learner?: string): Progress =>
  learner === undefined ? { version: PROGRESS_VERSION, lessons } : { version: PROGRESS_VERSION, lessons, learner };

const T1 = "2026-11-22T10:00:00.000Z";
const T2 = "2026-11-22T11:00:00.000Z";
const passed = { at: T2, passed: true, results: [] };

describe("mergeProgress", () => {
  it("keeps lessons that are on one side only", () => {
    const merged = mergeProgress(doc({ a: lesson(T1, { code: "a" }) }), doc({ b: lesson(T2, { code: "b" }) }));
    expect(merged.lessons.a?.code).toBe("a");
    expect(merged.lessons.b?.code).toBe("b");
  });

  it("takes code, checks and hints from the side whose lesson is newer", () => {
    const older = lesson(T1, { code: "old", hintsShown: 1 });
    const newer = lesson(T2, { code: "new", checks: passed, hintsShown: 3 });
    for (const merged of [mergeProgress(doc({ a: older }), doc({ a: newer })), mergeProgress(doc({ a: newer }), doc({ a: older }))]) {
      expect(merged.lessons.a).toMatchObject({ code: "new", checks: passed, hintsShown: 3, updatedAt: T2 });
    }
  });

  it("does not let a newer side that never touched the code wipe the other's code and checks", () => {
    const merged = mergeProgress(doc({ a: lesson(T1, { code: "mine", checks: passed }) }), doc({ a: lesson(T2, { drafts: [draft("x", "hi")] }) }));
    expect(merged.lessons.a).toMatchObject({ code: "mine", checks: passed });
  });

  it("unites drafts by id, keeping the newer side's version of the same draft", () => {
    const local = lesson(T1, { drafts: [draft("1", "local old"), draft("2", "only local")] });
    const incoming = lesson(T2, { drafts: [draft("1", "incoming new"), draft("3", "only incoming")] });
    const merged = mergeProgress(doc({ a: local }), doc({ a: incoming })).lessons.a!;
    expect(merged.drafts.map((d) => [d.id, d.request])).toEqual([
      ["1", "incoming new"],
      ["3", "only incoming"],
      ["2", "only local"],
    ]);
  });

  it("unites checklist ticks and keeps examples revealed on either side", () => {
    const merged = mergeProgress(doc({ a: lesson(T2, { checklist: [0, 2] }) }), doc({ a: lesson(T1, { checklist: [2, 1], examplesShown: true }) }));
    expect(merged.lessons.a).toMatchObject({ checklist: [0, 1, 2], examplesShown: true });
  });

  it("keeps the local learner name, or takes the imported one when there is none", () => {
    expect(mergeProgress(doc({}, "Team A"), doc({}, "Team B")).learner).toBe("Team A");
    expect(mergeProgress(doc({}), doc({}, "Team B")).learner).toBe("Team B");
  });
});

describe("summarizeImport", () => {
  it("says which lessons are added, newer in the file, or kept from this browser", () => {
    const local = doc({ same: lesson(T2), older: lesson(T1), mine: lesson(T1) });
    const incoming = doc({ same: lesson(T1), older: lesson(T2), fresh: lesson(T1) });
    expect(summarizeImport(local, incoming)).toEqual({ added: ["fresh"], newer: ["older"], kept: ["same"] });
  });
});

describe("mergeWithBase (another tab)", () => {
  const base = doc({ a: lesson(T1, { drafts: [draft("1", "x"), draft("2", "y")] }), b: lesson(T1, { code: "b" }) });

  it("keeps a draft removed here removed, and takes the other tab's change to another lesson", () => {
    const ours = doc({ ...base.lessons, a: lesson(T2, { drafts: [draft("2", "y")] }) });
    const theirs = doc({ ...base.lessons, b: lesson(T2, { code: "b changed" }) });
    const merged = mergeWithBase(base, ours, theirs);
    expect(merged.lessons.a?.drafts.map((d) => d.id)).toEqual(["2"]);
    expect(merged.lessons.b?.code).toBe("b changed");
  });

  it("takes a reset (removed lesson) from the other tab, but keeps a lesson changed here meanwhile", () => {
    expect(mergeWithBase(base, base, doc({ b: base.lessons.b! })).lessons.a).toBeUndefined();
    const ours = doc({ ...base.lessons, a: lesson(T2, { code: "new work" }) });
    expect(mergeWithBase(base, ours, doc({})).lessons.a?.code).toBe("new work");
  });

  it("merges a lesson both tabs changed", () => {
    const ours = doc({ ...base.lessons, a: lesson(T2, { drafts: [draft("1", "x"), draft("2", "y"), draft("3", "ours")] }) });
    const theirs = doc({ ...base.lessons, a: lesson("2026-11-22T10:30:00.000Z", { drafts: [draft("1", "x"), draft("2", "y"), draft("4", "theirs")] }) });
    expect(mergeWithBase(base, ours, theirs).lessons.a?.drafts.map((d) => d.id)).toEqual(["1", "2", "3", "4"]);
  });

  it("when both tabs changed a lesson, a draft removed or a tick cleared on one side stays so", () => {
    const start = doc({ a: lesson(T1, { drafts: [draft("1", "x"), draft("2", "y")], checklist: [0, 1] }) });
    const ours = doc({ a: lesson(T2, { drafts: [draft("2", "y")], checklist: [0] }) });
    const theirs = doc({ a: lesson("2026-11-22T10:30:00.000Z", { drafts: [draft("1", "x"), draft("2", "y edited")], checklist: [0, 1, 2], hintsShown: 2 }) });
    const merged = mergeWithBase(start, ours, theirs).lessons.a!;
    expect(merged.drafts).toEqual([draft("2", "y edited")]);
    expect(merged.checklist).toEqual([0, 2]);
    expect(merged.hintsShown).toBe(2);
  });

  it("when both tabs changed a lesson, an edit beats a removal of the same draft", () => {
    const start = doc({ a: lesson(T1, { drafts: [draft("1", "x")] }) });
    const ours = doc({ a: lesson(T2, { drafts: [] }) });
    const theirs = doc({ a: lesson("2026-11-22T10:30:00.000Z", { drafts: [draft("1", "x edited")] }) });
    expect(mergeWithBase(start, ours, theirs).lessons.a?.drafts).toEqual([draft("1", "x edited")]);
  });
});

describe("review answers and the track", () => {
  const T3 = "2026-11-22T12:00:00.000Z";
  const given = { option: "a" };
  const answers = (entries: Record<string, { correct: boolean; at: string }>) => ({
    answers: Object.fromEntries(Object.entries(entries).map(([id, { correct, at }]) => [id, { given, correct, version: "v1", at }])),
  });
  const track = (value: "code" | "review", at: string) => ({ value, at });
  const withTrack = (progress: Progress, value?: "code" | "review", at = T1): Progress => (value ? { ...progress, track: track(value, at) } : progress);

  it("keep per question the answer given later, whichever side's lesson is newer", () => {
    const ours = lesson(T2, { review: answers({ q1: { correct: false, at: T2 }, q2: { correct: true, at: T1 } }) });
    const theirs = lesson(T1, { review: answers({ q1: { correct: true, at: T1 }, q2: { correct: false, at: T3 }, q3: { correct: true, at: T1 } }) });
    for (const merged of [mergeProgress(doc({ a: ours }), doc({ a: theirs })), mergeProgress(doc({ a: theirs }), doc({ a: ours }))]) {
      const got = merged.lessons.a!.review!.answers;
      expect(Object.keys(got).sort()).toEqual(["q1", "q2", "q3"]);
      expect([got.q1!.at, got.q1!.correct, got.q2!.at, got.q2!.correct]).toEqual([T2, false, T3, false]);
    }
  });

  it("keep one side's answers when the other has none, and add no review to a lesson without", () => {
    const ours = lesson(T1, { review: answers({ q1: { correct: true, at: T1 } }) });
    expect(mergeProgress(doc({ a: lesson(T2) }), doc({ a: ours })).lessons.a!.review).toEqual(ours.review);
    expect(mergeProgress(doc({ a: lesson(T2) }), doc({ a: lesson(T1) })).lessons.a).not.toHaveProperty("review");
  });

  it("between tabs keep per question the later answer too", () => {
    const base = doc({ a: lesson(T1, { review: answers({ q1: { correct: false, at: T1 } }) }) });
    const ours = doc({ a: lesson(T2, { review: answers({ q1: { correct: false, at: T1 }, q2: { correct: true, at: T2 } }) }) });
    const theirs = doc({ a: lesson(T3, { review: answers({ q1: { correct: true, at: T3 } }) }) });
    const got = mergeWithBase(base, ours, theirs).lessons.a!.review!.answers;
    expect([got.q1!.correct, got.q2!.correct]).toEqual([true, true]);
  });

  it("keep the track chosen later, from either side; a side without one takes the other's", () => {
    expect(mergeProgress(withTrack(doc({}), "code", T2), withTrack(doc({}), "review", T1)).track).toEqual(track("code", T2));
    expect(mergeProgress(withTrack(doc({}), "code", T1), withTrack(doc({}), "review", T2)).track).toEqual(track("review", T2));
    expect(mergeProgress(doc({}), withTrack(doc({}), "review", T1)).track).toEqual(track("review", T1));
    expect(mergeProgress(doc({}), doc({}))).not.toHaveProperty("track");
  });

  it("between tabs take the track the other tab changed, and its clearing when this tab left it alone", () => {
    const base = withTrack(doc({}), "code", T1);
    expect(mergeWithBase(base, base, withTrack(doc({}), "review", T2)).track).toEqual(track("review", T2));
    expect(mergeWithBase(base, withTrack(doc({}), "review", T2), base).track).toEqual(track("review", T2));
    expect(mergeWithBase(base, base, doc({}))).not.toHaveProperty("track");
    expect(mergeWithBase(base, withTrack(doc({}), "review", T3), withTrack(doc({}), "code", T2)).track).toEqual(track("review", T3));
  });
});
