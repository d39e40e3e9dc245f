import { describe, expect, it } from "vitest";
import { parseExport } from "../../progress/exportFile";
import { addFile, emptyBoard, groupDrafts, removeParticipant, statusByLesson, type Board } from "../board";

const lessons = [
  { slug: "analyze", starter: { en: "# starter", ja: "# 初期コード" } },
  { slug: "prepare", starter: { en: "# starter", ja: "# 初期コード" } },
];

function exported(learner: string | undefined, lessonsProgress: Record<string, unknown>) {
  return JSON.stringify({
    format: "mlops-hands-on-progress",
    exportedAt: "2025-05-01T10:00:00.000Z",
    progress: { version: 2, ...(learner ? { learner } : {}), lessons: lessonsProgress },
  });
}

const draft = (id: string, role: string, kind: string, request: string) => ({ id, role, kind, request, unblocks: "the split" });
const passed = { at: "2025-05-01T09:00:00Z", passed: true, results: [] };
const lesson = (extra: Record<string, unknown>) => ({ updatedAt: "2025-05-01T09:00:00Z", drafts: [], ...extra });

function load(...files: [string, string][]): Board {
  return files.reduce((board, [name, text]) => addFile(board, name, parseExport(text)), emptyBoard());
}

describe("the facilitator's board", () => {
  const board = load(
    ["a.json", exported("Team A", { analyze: lesson({ checks: passed, drafts: [draft("1", "domain-expert", "review", "Ken, check these")] }) })],
    ["b.json", exported("Team B", { analyze: lesson({ code: "x = 1", drafts: [draft("1", "domain-expert", "share", "Which rows?"), draft("2", "domain-expert", "review", "<b>bold</b>")] }) })],
    ["c.json", exported(undefined, { prepare: lesson({ drafts: [draft("1", "", "", "No role yet"), draft("2", "data-engineer", "work", "   ")] }) })],
  );

  it("names people after the learner field, or their file", () => {
    expect(board.participants.map((p) => p.name)).toEqual(["Team A", "Team B", "c.json"]);
  });

  it("shows who finished, is working on, or has not started each lesson, in course order", () => {
    expect(statusByLesson(lessons, board.participants)).toEqual([
      { slug: "analyze", done: ["Team A"], "in-progress": ["Team B"], "not-started": ["c.json"] },
      { slug: "prepare", done: [], "in-progress": ["c.json"], "not-started": ["Team A", "Team B"] },
    ]);
  });

  it("groups drafts by role then kind (share, work, review), unchosen ones last, empty ones left out", () => {
    const groups = groupDrafts(lessons, board.participants);
    expect(groups.map((g) => [g.role, g.kinds.map((k) => [k.kind, k.drafts.map((d) => `${d.author}: ${d.request}`)])])).toEqual([
      ["domain-expert", [["share", ["Team B: Which rows?"]], ["review", ["Team A: Ken, check these", "Team B: <b>bold</b>"]]]],
      ["", [["", ["c.json: No role yet"]]]],
    ]);
    expect(groupDrafts(lessons, board.participants, "prepare").map((g) => g.role)).toEqual([""]);
  });

  it("replaces the earlier file of the same person and keeps loading after a bad file", () => {
    const next = load(
      ["a.json", exported("Team A", {})],
      ["broken.json", "{ not json"],
      ["other.json", JSON.stringify({ hello: 1 })],
      ["invalid.json", exported("X", { analyze: { drafts: "nope" } })],
      ["a-again.json", exported(" team a ", { analyze: lesson({ checks: passed }) })],
    );
    expect(next.participants.map((p) => [p.name, p.fileName])).toEqual([["team a", "a-again.json"]]);
    expect(next.problems.map((p) => [p.fileName, p.error.code])).toEqual([
      ["broken.json", "not-json"],
      ["other.json", "not-progress"],
      ["invalid.json", "invalid"],
    ]);
    expect(removeParticipant(next, "team a").participants).toEqual([]);
  });
});
