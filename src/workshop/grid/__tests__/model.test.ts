import { describe, expect, it } from "vitest";
import type { SharedLesson } from "../../../room";
import { cellOf, failingNow, shownNames, sortRows, type BoardRow } from "../model";

const now = Date.parse("2025-05-01T10:00:00Z");
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const lesson = (status: "not-started" | "in-progress" | "done", extra: Partial<SharedLesson> = {}): SharedLesson => ({
  tracks: { code: { status } },
  hintsShown: 0,
  solutionShown: false,
  drafts: [],
  ...extra,
});
const checks = (results: [string, boolean][], title = (name: string) => `Title of ${name}`) => ({
  at: at(1),
  passed: results.every(([, ok]) => ok),
  results: results.map(([name, passed]) => ({ name, title: title(name), passed })),
});
const row = (key: string, lessons: Record<string, SharedLesson>, extra: Partial<BoardRow> = {}): BoardRow => ({ key, name: key, lessons, ...extra });

describe("board cells", () => {
  it("tells done, working and not started apart, with the checks passing", () => {
    const r = row("a", { analyze: lesson("done", { checks: checks([["x", true]]) }), prepare: lesson("in-progress", { checks: checks([["x", true], ["y", false]]) }) });
    expect(cellOf(r, "analyze", now, 10)).toEqual({ status: "done", track: "code", passed: 1, total: 1 });
    expect(cellOf(r, "prepare", now, 10)).toEqual({ status: "working", track: "code", passed: 1, total: 2 });
    expect(cellOf(r, "train", now, 10)).toEqual({ status: "not-started", track: "code" });
  });

  it("calls a learner stuck when the same check failed three runs in a row", () => {
    const r = row("a", { analyze: lesson("in-progress", { checks: checks([["median", false]]), failStreaks: { median: 3 } }) });
    expect(cellOf(r, "analyze", now, 10)).toMatchObject({ status: "stuck", reason: { kind: "streak", check: "Title of median", count: 3 } });
    const twice = row("a", { analyze: lesson("in-progress", { failStreaks: { median: 2 } }) });
    expect(cellOf(twice, "analyze", now, 10).status).toBe("working");
  });

  it("calls a learner stuck after N minutes without progress while using hints on the lesson they have open", () => {
    const idle = lesson("in-progress", { hintsShown: 2, advancedAt: at(12) });
    expect(cellOf(row("a", { analyze: idle }, { current: "analyze" }), "analyze", now, 10)).toMatchObject({ status: "stuck", reason: { kind: "idle", minutes: 12, hints: 2 } });
    expect(cellOf(row("a", { analyze: idle }, { current: "analyze" }), "analyze", now, 15).status).toBe("working");
    expect(cellOf(row("a", { analyze: idle }, { current: "prepare" }), "analyze", now, 10).status).toBe("working");
    expect(cellOf(row("a", { analyze: { ...idle, hintsShown: 0 } }, { current: "analyze" }), "analyze", now, 10).status).toBe("working");
  });
});

describe("the checks most of the room fails", () => {
  it("counts learners failing each check in their latest results, most first, in the facilitator's language where possible", () => {
    const rows = [
      row("a", { analyze: lesson("in-progress", { checks: checks([["count", true], ["median", false]], (n) => `ja ${n}`) }) }, { lang: "ja" }),
      row("b", { analyze: lesson("in-progress", { checks: checks([["count", false], ["median", false]]) }) }, { lang: "en" }),
      row("c", { analyze: lesson("in-progress", { checks: checks([["count", false], ["median", false]]) }) }, { lang: "en" }),
      row("d", { prepare: lesson("in-progress", { checks: checks([["split", false]]) }) }),
    ];
    expect(failingNow(rows, [{ slug: "analyze" }, { slug: "prepare" }], "en")).toEqual([
      { lesson: "analyze", name: "median", title: "Title of median", failing: 3, checked: 3 },
      { lesson: "analyze", name: "count", title: "Title of count", failing: 2, checked: 3 },
    ]);
  });
});

describe("names on the board", () => {
  it("shows look-alike names apart (NFKC, zero-width, bidi marks) and leaves distinct ones alone", () => {
    const rows = [row("id:1111aaaa", {}, { name: "Maya" }), row("id:2222bbbb", {}, { name: "Ｍａｙａ\u200B" }), row("id:3333cccc", {}, { name: "Ken\u202E" })];
    expect([...shownNames(rows).values()]).toEqual(["Maya #1111", "Ｍａｙａ #2222", "Ken"]);
  });

  it("sorts those needing help first: raised hands, then stuck", () => {
    const cells = (r: BoardRow) => [cellOf(r, "analyze", now, 10)];
    const rows = [row("fine", {}), row("stuck", { analyze: lesson("in-progress", { failStreaks: { x: 4 } }) }), row("hand", {}, { hand: { raisedAt: at(1) } })];
    expect(sortRows(rows, "attention", cells, shownNames(rows)).map((r) => r.key)).toEqual(["hand", "stuck", "fine"]);
  });
});
