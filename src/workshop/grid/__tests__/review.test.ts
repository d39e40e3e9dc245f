import { describe, expect, it } from "vitest";
import type { SharedLesson, TrackStatus } from "../../../room";
import { cellOf, filterRows, trackCounts, wrongAnswersNow, type BoardRow } from "../model";

const now = Date.parse("2025-05-01T10:00:00Z");
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const lesson = (code: TrackStatus, review: TrackStatus | undefined, extra: Partial<SharedLesson> = {}): SharedLesson => ({
  tracks: { code: { status: code }, ...(review ? { review: { status: review } } : {}) },
  hintsShown: 0,
  solutionShown: false,
  drafts: [],
  ...extra,
});
const answers = (...given: [string, boolean][]) => ({
  right: given.filter(([, correct]) => correct).length,
  total: 5,
  answers: given.map(([id, correct]) => ({ id, correct })),
});
const failing = { at: at(1), passed: false, results: [{ name: "x", title: "x is 1", passed: true }, { name: "y", title: "y is 2", passed: false }] };
const row = (key: string, lessons: Record<string, SharedLesson>, extra: Partial<BoardRow> = {}): BoardRow => ({ key, name: key, lessons, ...extra });

describe("cells judged on the learner's own track", () => {
  it("calls a review-track learner done by the review, with the review counts and the code track beside it", () => {
    const r = row("maya", { test: lesson("in-progress", "done", { checks: failing, review: answers(["a", true], ["b", true]) }) }, { track: "review" });
    expect(cellOf(r, "test", now, 10)).toEqual({
      status: "done",
      track: "review",
      passed: 1,
      total: 2,
      review: { right: 2, total: 5 },
      other: { track: "code", status: "working" },
    });
  });

  it("judges a code-track learner by the code even when they answered review questions right", () => {
    const answered = lesson("in-progress", "done", { checks: failing, review: answers(["a", true]) });
    expect(cellOf(row("ken", { test: answered }), "test", now, 10)).toMatchObject({ status: "working", track: "code", other: { track: "review", status: "done" } });
    expect(cellOf(row("ken", { test: answered }, { track: "code" }), "test", now, 10).status).toBe("working");
    const coded = lesson("done", "in-progress", { review: answers(["a", false]) });
    expect(cellOf(row("ken", { test: coded }, { track: "review" }), "test", now, 10).status).toBe("working");
  });

  it("falls back to the code track's status when an older app sent no review track", () => {
    const old = row("sam", { test: lesson("done", undefined) }, { track: "review" });
    expect(cellOf(old, "test", now, 10)).toEqual({ status: "done", track: "review", other: { track: "code", status: "done" } });
    expect(cellOf(row("sam", { test: lesson("in-progress", undefined) }), "test", now, 10)).toEqual({ status: "working", track: "code" });
  });

  it("gives no stuck reasons on the review track: they are about the code exercise", () => {
    const struggling = lesson("in-progress", "in-progress", { checks: failing, failStreaks: { y: 4 }, hintsShown: 2, advancedAt: at(30) });
    const onReview = cellOf(row("nora", { test: struggling }, { track: "review", current: "test" }), "test", now, 10);
    expect(onReview.status).toBe("working");
    expect(onReview.reason).toBeUndefined();
    expect(cellOf(row("nora", { test: struggling }, { track: "code", current: "test" }), "test", now, 10)).toMatchObject({ status: "stuck", reason: { kind: "streak", count: 4 } });
    const idle = lesson("in-progress", "in-progress", { hintsShown: 2, advancedAt: at(30) });
    expect(cellOf(row("nora", { test: idle }, { current: "test" }), "test", now, 10)).toMatchObject({ status: "stuck", reason: { kind: "idle" } });
    expect(cellOf(row("nora", { test: idle }, { track: "review", current: "test" }), "test", now, 10).status).toBe("working");
  });

  it("says not started on the learner's track for an untouched lesson", () => {
    expect(cellOf(row("maya", {}, { track: "review" }), "test", now, 10)).toEqual({ status: "not-started", track: "review" });
  });
});

describe("the track filter", () => {
  const rows = [row("a", {}, { track: "review", team: "red" }), row("b", {}, { team: "red" }), row("c", {}, { track: "code", team: "blue" }), row("d", {}, { track: "review", team: "blue" })];

  it("keeps the rows of one track, of one team, or both; an unchosen track counts as code", () => {
    expect(filterRows(rows, { team: "", track: "review" }).map((r) => r.key)).toEqual(["a", "d"]);
    expect(filterRows(rows, { team: "", track: "code" }).map((r) => r.key)).toEqual(["b", "c"]);
    expect(filterRows(rows, { team: "red", track: "code" }).map((r) => r.key)).toEqual(["b"]);
    expect(filterRows(rows, { team: "", track: "" })).toHaveLength(4);
  });

  it("counts the learners on each track", () => {
    expect(trackCounts(rows)).toEqual({ code: 2, review: 2 });
    expect(trackCounts(filterRows(rows, { team: "blue", track: "" }))).toEqual({ code: 1, review: 1 });
    expect(trackCounts([])).toEqual({ code: 0, review: 0 });
  });
});

describe("the review questions most answered wrong now", () => {
  const questions = (...ids: string[]) => ({ questions: ids.map((id) => ({ id, version: "v1" })) });
  const lessons = [
    { slug: "train", review: questions("t1", "t2") },
    { slug: "test", review: questions("share", "missing", "go", "noise", "next") },
    { slug: "analyze" },
  ];
  const reviewed = (...given: [string, boolean][]) => ({ test: lesson("in-progress", "in-progress", { review: answers(...given) }) });

  it("counts wrong latest answers per question, from two wrong up, most wrong first, numbered by the question's place", () => {
    const rows = [
      row("a", reviewed(["go", false], ["share", false], ["missing", true])),
      row("b", reviewed(["go", false], ["share", false], ["noise", false])),
      row("c", reviewed(["go", false], ["share", true], ["missing", false])),
      row("d", reviewed(["go", true])),
    ];
    expect(wrongAnswersNow(rows, lessons)).toEqual([
      { lesson: "test", question: "go", number: 3, wrong: 3, answered: 4 },
      { lesson: "test", question: "share", number: 1, wrong: 2, answered: 3 },
    ]);
  });

  it("puts a higher share wrong first among equal counts, and keeps the five first", () => {
    const wrongTo = (ids: string[]) => ids.map((id): [string, boolean] => [id, false]);
    const rows = [
      row("a", { ...reviewed(...wrongTo(["share", "missing", "go", "noise", "next"])), train: lesson("in-progress", "in-progress", { review: { right: 0, total: 2, answers: [{ id: "t1", correct: false }, { id: "t2", correct: false }] } }) }),
      row("b", { ...reviewed(...wrongTo(["share", "missing", "go", "noise", "next"])), train: lesson("in-progress", "in-progress", { review: { right: 0, total: 2, answers: [{ id: "t1", correct: false }, { id: "t2", correct: false }] } }) }),
      row("c", reviewed(["share", true], ["missing", true], ["go", true], ["noise", true])),
    ];
    const found = wrongAnswersNow(rows, lessons);
    expect(found).toHaveLength(5);
    // t1, t2 and next: 2 of 2 wrong; share, missing, go, noise: 2 of 3.
    expect(found.map((f) => `${f.lesson}/${f.question}`)).toEqual(["train/t1", "train/t2", "test/next", "test/share", "test/missing"]);
    expect(wrongAnswersNow(rows, lessons, 2)).toHaveLength(2);
  });

  it("leaves out questions answered wrong by one learner only, and answers to ids no longer in the lesson", () => {
    const rows = [row("a", reviewed(["gone", false], ["go", false])), row("b", reviewed(["gone", false], ["share", false])), row("c", {})];
    expect(wrongAnswersNow(rows, lessons)).toEqual([]);
  });
});
