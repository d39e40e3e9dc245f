import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "../protocol/codes";
import { cleanTypedName, displayName, isolate, nameKey } from "../protocol/names";
import { shareProgress } from "../share";
import { observe, type LessonTrack } from "../learner/tracker";
import { learnerStateSchema } from "../protocol/schemas";
import { LIMITS } from "../protocol/limits";

describe("join codes", () => {
  it("use no look-alike characters and accept what a person types", () => {
    for (const char of "01OIL") expect(JOIN_CODE_ALPHABET).not.toContain(char);
    expect(normalizeJoinCode(" abcd-ef23 ")).toBe("ABCDEF23");
    expect(normalizeJoinCode("ABCD-EF2")).toBeNull();
    expect(normalizeJoinCode("ABCD-EF0O")).toBeNull();
    expect(formatJoinCode("ABCDEF23")).toBe("ABCD-EF23");
  });
});

describe("learner names", () => {
  it("lose bidi embeddings, overrides, isolates and invisible characters when shown", () => {
    expect(displayName("\u202EMaya\u202C and \u2067Ken\u2069\u200B\u0007")).toBe("Maya and Ken");
    expect(isolate("\u202EMaya")).toBe("\u2068Maya\u2069");
  });
  it("compare by NFKC without invisible or bidi characters, case-folded", () => {
    expect(nameKey("Ｍａｙａ")).toBe(nameKey("maya"));
    expect(nameKey("Ma\u200Dya\u200E")).toBe(nameKey("Maya"));
    expect(nameKey("ﾏﾔ")).toBe(nameKey("マヤ"));
    expect(nameKey("Maya")).not.toBe(nameKey("Mayu"));
  });
  it("are stored cleaned and cut to the limit", () => {
    expect(cleanTypedName(`  ${"あ".repeat(80)}  `, 60)).toBe("あ".repeat(60));
    expect(cleanTypedName("\u202E\u200B ", 60)).toBe("");
  });
});

describe("what a learner shares", () => {
  const progress = {
    version: 3 as const,
    lessons: {
      analyze: {
        code: "print(1)",
        checks: { at: "2025-05-01T09:00:00.000Z", passed: false, results: [{ name: "t", title: "T", passed: false, message: "x".repeat(5000) }] },
        hintsShown: 2,
        solutionShown: false,
        examplesShown: false,
        drafts: Array.from({ length: 40 }, (_, i) => ({ id: String(i), role: "" as const, kind: "" as const, request: `r${i}`, unblocks: "" })),
        updatedAt: "2025-05-01T09:00:00.000Z",
      },
      "not-in-course": { hintsShown: 0, solutionShown: false, examplesShown: false, drafts: [], updatedAt: "2025-05-01T09:00:00.000Z" },
    },
  };
  const lessons = [{ slug: "analyze", starter: { en: "# start", ja: "# 開始" } }, { slug: "prepare", starter: { en: "# start", ja: "# 開始" } }];

  it("never includes code unless shared, fits the protocol's limits, and counts what it left out", () => {
    const state = shareProgress(progress, lessons, { current: "analyze", lang: "ja" });
    expect(learnerStateSchema.safeParse(state).success).toBe(true);
    expect(JSON.stringify(state)).not.toContain("print(1)");
    const analyze = state.lessons.analyze!;
    expect(analyze.tracks.code.status).toBe("in-progress");
    expect(analyze.drafts).toHaveLength(LIMITS.drafts);
    expect(analyze.draftsOmitted).toBe(10);
    expect(analyze.checks!.results[0]!.message!.length).toBe(LIMITS.checkMessage);
    expect(Object.keys(state.lessons)).toEqual(["analyze"]);
    expect(state).toMatchObject({ current: "analyze", lang: "ja" });
  });

  it("includes the code, time and streaks the room tracked", () => {
    const track: LessonTrack = { failStreaks: { t: 3 }, best: { passed: 0, drafts: 0, rank: 1, right: 0 }, timeMs: 120_000, code: { text: "print(1)", at: "2025-05-01T09:05:00.000Z" } };
    const state = shareProgress(progress, lessons, { tracks: { analyze: track, prepare: { ...track, failStreaks: {}, code: undefined } } });
    expect(state.lessons.analyze).toMatchObject({ failStreaks: { t: 3 }, timeMs: 120_000, code: { text: "print(1)" } });
    expect(state.lessons.prepare).toMatchObject({ tracks: { code: { status: "not-started" } }, timeMs: 120_000 });
  });

  it("marks results an import brought in as reported by the learner", () => {
    const reported = { ...progress, lessons: { analyze: { ...progress.lessons.analyze, checks: { ...progress.lessons.analyze.checks, reported: true } } } };
    expect(shareProgress(reported, lessons).lessons.analyze!.checks!.reported).toBe(true);
  });
});

describe("the room's tracker", () => {
  const empty: LessonTrack = { failStreaks: {}, best: { passed: 0, drafts: 0, rank: 0, right: 0 }, timeMs: 0 };
  const run = (at: string, results: [string, boolean][]) => ({ at, results: results.map(([name, passed]) => ({ name, passed })) });
  const t0 = new Date("2025-05-01T09:00:00Z");

  it("counts each check's failures run after run, once per run, and forgets a check once it passes", () => {
    let track = observe(empty, { status: "in-progress", drafts: 0, checks: run("1", [["a", false], ["b", false]]) }, t0);
    track = observe(track, { status: "in-progress", drafts: 0, checks: run("1", [["a", false], ["b", false]]) }, t0);
    track = observe(track, { status: "in-progress", drafts: 0, checks: run("2", [["a", false], ["b", true]]) }, t0);
    track = observe(track, { status: "in-progress", drafts: 0, checks: run("3", [["a", false], ["b", false]]) }, t0);
    expect(track.failStreaks).toEqual({ a: 3, b: 1 });
  });

  it("moves advancedAt only when more checks pass, a request is added or the status rises", () => {
    const later = new Date("2025-05-01T09:30:00Z");
    const first = observe(empty, { status: "in-progress", drafts: 0, checks: run("1", [["a", false]]) }, t0);
    expect(first.advancedAt).toBe(t0.toISOString());
    expect(observe(first, { status: "in-progress", drafts: 0, checks: run("2", [["a", false]]) }, later).advancedAt).toBe(t0.toISOString());
    expect(observe(first, { status: "in-progress", drafts: 1, checks: run("1", [["a", false]]) }, later).advancedAt).toBe(later.toISOString());
    expect(observe(first, { status: "in-progress", drafts: 0, checks: run("2", [["a", true]]) }, later).advancedAt).toBe(later.toISOString());
  });
});
