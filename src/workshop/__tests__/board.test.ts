import { describe, expect, it } from "vitest";
import { parseExport } from "../../progress/exportFile";
import { shareProgress } from "../../room";
import { addFile, emptyBoard, groupDrafts, removeParticipant, type Board } from "../board";
import { shownNames, type BoardRow } from "../grid/model";

const lessons = [
  { slug: "analyze", starter: { en: "# starter", ja: "# 初期コード" } },
  { slug: "prepare", starter: { en: "# starter", ja: "# 初期コード" } },
];

function exported(learner: string | undefined, lessonsProgress: Record<string, unknown>, extra: { learnerId?: string; exportedAt?: string } = {}) {
  return JSON.stringify({
    format: "mlops-hands-on-progress",
    exportedAt: extra.exportedAt ?? "2025-05-01T10:00:00.000Z",
    progress: { version: 2, ...(learner ? { learner } : {}), ...(extra.learnerId ? { learnerId: extra.learnerId } : {}), lessons: lessonsProgress },
  });
}

const draft = (id: string, role: string, kind: string, request: string) => ({ id, role, kind, request, unblocks: "the split" });
const passed = { at: "2025-05-01T09:00:00Z", passed: true, results: [] };
const lesson = (extra: Record<string, unknown>) => ({ updatedAt: "2025-05-01T09:00:00Z", drafts: [], ...extra });

function load(...files: [string, string][]): Board {
  return files.reduce((board, [name, text]) => addFile(board, name, parseExport(text)), emptyBoard());
}
const rowsOf = (board: Board): BoardRow[] => board.participants.map((p) => ({ key: p.key, name: p.name, lessons: shareProgress(p.progress, lessons).lessons }));

describe("the file board", () => {
  const board = load(
    ["a.json", exported("Team A", { analyze: lesson({ checks: passed, drafts: [draft("1", "domain-expert", "review", "Ken, check these")] }) })],
    ["b.json", exported("Team B", { analyze: lesson({ code: "x = 1", drafts: [draft("1", "domain-expert", "share", "Which rows?"), draft("2", "domain-expert", "review", "<b>bold</b>")] }) })],
    ["c.json", exported(undefined, { prepare: lesson({ drafts: [draft("1", "", "", "No role yet"), draft("2", "data-engineer", "work", "   ")] }) })],
  );

  it("names people after the learner field, or their file", () => {
    expect(board.participants.map((p) => p.name)).toEqual(["Team A", "Team B", "c.json"]);
  });

  it("shares each file's lessons with their status per track", () => {
    const [a, b, c] = rowsOf(board);
    expect(a!.lessons.analyze!.tracks.code.status).toBe("done");
    expect(b!.lessons.analyze!.tracks.code.status).toBe("in-progress");
    expect(c!.lessons.prepare!.tracks.code.status).toBe("in-progress");
    expect(c!.lessons.analyze).toBeUndefined();
  });

  it("groups drafts by role then kind (share, work, review), unchosen ones last, empty ones left out", () => {
    const rows = rowsOf(board);
    const groups = groupDrafts(lessons, rows, shownNames(rows));
    expect(groups.map((g) => [g.role, g.kinds.map((k) => [k.kind, k.drafts.map((d) => `${d.author}: ${d.request}`)])])).toEqual([
      ["domain-expert", [["share", ["Team B: Which rows?"]], ["review", ["Team A: Ken, check these", "Team B: <b>bold</b>"]]]],
      ["", [["", ["c.json: No role yet"]]]],
    ]);
    expect(groupDrafts(lessons, rows, shownNames(rows), "prepare").map((g) => g.role)).toEqual([""]);
  });

  it("keeps two learners with the same name apart by their learner ids, and shows them apart", () => {
    const two = load(["maya-1.json", exported("Maya", {}, { learnerId: "aaaaaaaa1111" })], ["maya-2.json", exported("Maya", {}, { learnerId: "bbbbbbbb2222" })]);
    expect(two.participants.map((p) => p.fileName)).toEqual(["maya-1.json", "maya-2.json"]);
    expect([...shownNames(rowsOf(two)).values()]).toEqual(["Maya #aaaa", "Maya #bbbb"]);
  });

  it("replaces a learner's file by their newer one, even under a new name, and never by an older one", () => {
    const newer = load(
      ["first.json", exported("Maya", {}, { learnerId: "aaaaaaaa1111", exportedAt: "2025-05-01T10:00:00.000Z" })],
      ["renamed.json", exported("Maya Tanaka", {}, { learnerId: "aaaaaaaa1111", exportedAt: "2025-05-01T11:00:00.000Z" })],
      ["old.json", exported("Maya", {}, { learnerId: "aaaaaaaa1111", exportedAt: "2025-05-01T09:00:00.000Z" })],
    );
    expect(newer.participants.map((p) => [p.name, p.fileName])).toEqual([["Maya Tanaka", "renamed.json"]]);
  });

  it("takes files without an id to be the same learner when their names only look different", () => {
    const next = load(
      ["a.json", exported("Team A", {})],
      ["broken.json", "{ not json"],
      ["other.json", JSON.stringify({ hello: 1 })],
      ["invalid.json", exported("X", { analyze: { drafts: "nope" } })],
      ["a-again.json", exported(" ｔｅａｍ\u200B a ", { analyze: lesson({ checks: passed }) })],
    );
    // Shown as typed (without the invisible character), matched by its NFKC form.
    expect(next.participants.map((p) => [p.name, p.fileName])).toEqual([["ｔｅａｍ a", "a-again.json"]]);
    expect(next.problems.map((p) => [p.fileName, p.error.code])).toEqual([
      ["broken.json", "not-json"],
      ["other.json", "not-progress"],
      ["invalid.json", "invalid"],
    ]);
    expect(removeParticipant(next, next.participants[0]!.key).participants).toEqual([]);
  });

  it("strips bidi overrides from a name, so it cannot reverse the rest of the line", () => {
    const rtl = load(["x.json", exported("Eve\u202Egnp.exe", {})]);
    expect(rtl.participants[0]!.name).toBe("Evegnp.exe");
  });
});
