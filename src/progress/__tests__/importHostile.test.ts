// Import files as an attacker (or a broken tool) writes them: prototype names as lesson keys,
// "__proto__", counts far beyond any learner's, repeated draft ids, and storage too full to keep it.
import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT, parseExport } from "../exportFile";
import { IMPORT_LIMITS } from "../importLimits";
import { applyImport, planImport } from "../importProgress";
import { STORAGE_KEY } from "../storage";
import { ProgressStore } from "../store";
import { MemoryStorage } from "./memoryStorage";

const lesson = (extra: Record<string, unknown> = {}) => ({ updatedAt: "2026-11-22T10:00:00.000Z", drafts: [], code: "x = 1", ...extra });
const draft = (id: string, request: string) => ({ id, role: "", kind: "", request, unblocks: "" });
/** A file as JSON text: lessons written as raw JSON so that "__proto__" stays a key. */
const file = (lessonsJson: string) => `{"format":"${EXPORT_FORMAT}","exportedAt":"2026-11-22T12:00:00.000Z","progress":{"version":2,"lessons":${lessonsJson}}}`;

function storeWith(code: string) {
  const storage = new MemoryStorage();
  const store = new ProgressStore(storage);
  store.updateLesson("analyze", (p) => ({ ...p, code }));
  store.flush();
  return { storage, store };
}

describe("lesson names that are also names on every object", () => {
  it("import like any unknown lesson, beside the valid ones, without a throw", () => {
    const { store } = storeWith("mine");
    const text = file(JSON.stringify({ constructor: lesson(), toString: lesson(), hasOwnProperty: lesson(), prepare: lesson({ code: "theirs" }) }));
    const plan = planImport(store.getSnapshot(), text);
    expect(plan.ok && plan.summary.added.sort()).toEqual(["constructor", "hasOwnProperty", "prepare", "toString"]);
    expect(plan.ok && applyImport(store, plan.file)).toBe(true);
    const after = store.getSnapshot().lessons;
    expect(Object.keys(after).sort()).toEqual(["analyze", "constructor", "hasOwnProperty", "prepare", "toString"]);
    expect(after.prepare?.code).toBe("theirs");
    expect(store.lesson("constructor")).toMatchObject({ code: "x = 1", drafts: [] });
    expect(store.lesson("valueOf")).toBeUndefined();
  });

  it("merge with the same names on both sides", () => {
    const { store } = storeWith("mine");
    const once = planImport(store.getSnapshot(), file(JSON.stringify({ constructor: lesson({ drafts: [draft("a", "first")] }) })));
    if (!once.ok) throw new Error("the first file should import");
    applyImport(store, once.file);
    const twice = planImport(store.getSnapshot(), file(JSON.stringify({ constructor: lesson({ drafts: [draft("b", "second")] }) })));
    if (!twice.ok) throw new Error("the second file should import");
    expect(twice.summary.kept).toEqual(["constructor"]);
    applyImport(store, twice.file);
    expect(store.lesson("constructor")?.drafts.map((d) => d.id)).toEqual(["a", "b"]);
  });

  it("a __proto__ lesson is reported as left out, and the rest imports", () => {
    const parsed = parseExport(file(`{"__proto__":${JSON.stringify(lesson())},"prepare":${JSON.stringify(lesson())}}`));
    expect(parsed.ok && parsed.file.skipped).toEqual(["__proto__"]);
    expect(parsed.ok && Object.keys(parsed.file.progress.lessons)).toEqual(["prepare"]);
    expect(parsed.ok && Object.getPrototypeOf(parsed.file.progress.lessons)).toBe(Object.prototype);
  });
});

describe("limits on counts as well as bytes", () => {
  it("refuses 75,000 drafts in one lesson (under 5 MB) with the count and the limit, and changes nothing", () => {
    const { storage, store } = storeWith("mine");
    const before = storage.getItem(STORAGE_KEY);
    const drafts = Array.from({ length: 75_000 }, (_, i) => ({ id: `d${i}`, role: "", kind: "", request: "", unblocks: "" }));
    const text = file(JSON.stringify({ analyze: lesson({ drafts }) }));
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const started = performance.now();
    const plan = planImport(store.getSnapshot(), text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(plan).toEqual({ ok: false, error: { code: "limit", problem: { code: "too-many-drafts", lesson: "analyze", count: 75_000, limit: IMPORT_LIMITS.drafts } } });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it("refuses too many lessons and too long a text, and takes what is at the limit", () => {
    const many = Object.fromEntries(Array.from({ length: IMPORT_LIMITS.lessons + 1 }, (_, i) => [`lesson-${i}`, lesson()]));
    expect(parseExport(file(JSON.stringify(many)))).toMatchObject({ ok: false, error: { code: "limit", problem: { code: "too-many-lessons", count: IMPORT_LIMITS.lessons + 1 } } });
    const long = { analyze: lesson({ code: "x".repeat(IMPORT_LIMITS.chars + 1) }) };
    expect(parseExport(file(JSON.stringify(long)))).toMatchObject({ ok: false, error: { code: "limit", problem: { code: "too-long", path: "lessons.analyze.code", length: IMPORT_LIMITS.chars + 1 } } });
    const atLimit = { analyze: lesson({ code: "x".repeat(IMPORT_LIMITS.chars), drafts: Array.from({ length: IMPORT_LIMITS.drafts }, (_, i) => draft(`d${i}`, "")) }) };
    expect(parseExport(file(JSON.stringify(atLimit))).ok).toBe(true);
  });

  it("counts the drafts of a version 1 file too", () => {
    const text = `{"format":"${EXPORT_FORMAT}","exportedAt":"x","progress":${JSON.stringify({ version: 1, drafts: { analyze: Array.from({ length: 201 }, (_, i) => draft(`d${i}`, "")) } })}}`;
    expect(parseExport(text)).toMatchObject({ ok: false, error: { problem: { code: "too-many-drafts", lesson: "analyze", count: 201 } } });
  });
});

describe("repeated draft ids", () => {
  it("are made unique, so two drafts stay two when one is edited", () => {
    const { store } = storeWith("mine");
    const plan = planImport(store.getSnapshot(), file(JSON.stringify({ prepare: lesson({ drafts: [draft("same", "first"), draft("same", "second")] }) })));
    if (!plan.ok) throw new Error("the file should import");
    applyImport(store, plan.file);
    const drafts = store.lesson("prepare")!.drafts;
    expect(drafts.map((d) => [d.id, d.request])).toEqual([
      ["same", "first"],
      ["same-2", "second"],
    ]);
    const edited = drafts[1]!.id;
    store.updateLesson("prepare", (p) => ({ ...p, drafts: p.drafts.map((d) => (d.id === edited ? { ...d, request: "second, edited" } : d)) }));
    expect(store.lesson("prepare")!.drafts.map((d) => d.request)).toEqual(["first", "second, edited"]);
  });

  it("get the same new ids on every read, so that two tabs agree on them, and never an id already used", () => {
    const text = file(JSON.stringify({ prepare: lesson({ drafts: [draft("a", "1"), draft("a-2", "2"), draft("a", "3"), draft("a", "4")] }) }));
    const ids = () => {
      const parsed = parseExport(text);
      return parsed.ok ? parsed.file.progress.lessons.prepare?.drafts.map((d) => d.id) : [];
    };
    expect(ids()).toEqual(["a", "a-2", "a-3", "a-4"]);
    expect(ids()).toEqual(ids());
  });
});

describe("an import that does not fit in storage", () => {
  it("is not applied, not even in this tab, and says why", () => {
    const { storage, store } = storeWith("mine");
    const before = storage.getItem(STORAGE_KEY);
    const plan = planImport(store.getSnapshot(), file(JSON.stringify({ prepare: lesson({ code: "theirs" }) })));
    if (!plan.ok) throw new Error("the file should import");
    storage.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    expect(applyImport(store, plan.file)).toBe(false);
    expect(store.lesson("prepare")).toBeUndefined();
    expect(store.lastSaveFailure).toBe("The quota has been exceeded.");
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe("review answers and the track in a file", () => {
  const answer = (extra: Record<string, unknown> = {}) => ({ given: { option: "a" }, correct: true, version: "v1", at: "2026-11-22T10:00:00.000Z", ...extra });
  const file3 = (progressJson: string) => `{"format":"${EXPORT_FORMAT}","exportedAt":"2026-11-22T12:00:00.000Z","progress":${progressJson}}`;
  const withAnswers = (answersJson: string) => file3(`{"version":3,"lessons":{"analyze":${JSON.stringify(lesson()).replace(/}$/, `,"review":{"answers":${answersJson}}}`)}}}`);

  it("question ids named like Object.prototype's properties import as any other; __proto__ is left out", () => {
    const parsed = parseExport(withAnswers(`{"__proto__":${JSON.stringify(answer())},"constructor":${JSON.stringify(answer())},"q1":${JSON.stringify(answer({ correct: false }))}}`));
    if (!parsed.ok) throw new Error(`the file should import: ${JSON.stringify(parsed.error)}`);
    const answers = parsed.file.progress.lessons.analyze!.review!.answers;
    expect(Object.keys(answers).sort()).toEqual(["constructor", "q1"]);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    const { store } = storeWith("mine");
    expect(applyImport(store, parsed.file)).toBe(true);
    expect(store.lesson("analyze")?.review?.answers.constructor).toMatchObject({ correct: true });
    expect(store.lesson("analyze")?.code).toBe("mine"); // this browser's lesson is newer
  });

  it("refuses more answers in a lesson than the limit, and takes what is at it", () => {
    const many = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, answer()])));
    expect(parseExport(withAnswers(many(IMPORT_LIMITS.answers + 1)))).toMatchObject({
      ok: false,
      error: { code: "limit", problem: { code: "too-many-answers", lesson: "analyze", count: IMPORT_LIMITS.answers + 1, limit: IMPORT_LIMITS.answers } },
    });
    expect(parseExport(withAnswers(many(IMPORT_LIMITS.answers))).ok).toBe(true);
  });

  it("refuses long option lists, long ids and answers of no known shape, without a throw", () => {
    const options = Array.from({ length: 51 }, (_, i) => `o${i}`);
    for (const bad of [answer({ given: { options } }), answer({ given: { option: "x".repeat(101) } }), answer({ given: "a" }), answer({ correct: "yes" }), answer({ at: 7 })]) {
      expect(parseExport(withAnswers(JSON.stringify({ q1: bad })))).toMatchObject({ ok: false, error: { code: "invalid" } });
    }
    expect(parseExport(withAnswers(JSON.stringify({ ["q".repeat(101)]: answer() })))).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("the track imports when it is newer than this browser's, else this browser's stays", () => {
    const { store } = storeWith("mine");
    store.setTrack("code");
    const older = parseExport(file3(`{"version":3,"lessons":{},"track":{"value":"review","at":"2000-01-01T00:00:00.000Z"}}`));
    if (!older.ok) throw new Error("the file should import");
    applyImport(store, older.file);
    expect(store.getSnapshot().track?.value).toBe("code");
    const newer = parseExport(file3(`{"version":3,"lessons":{},"track":{"value":"review","at":"2999-01-01T00:00:00.000Z"}}`));
    if (!newer.ok) throw new Error("the file should import");
    applyImport(store, newer.file);
    expect(store.getSnapshot().track).toEqual({ value: "review", at: "2999-01-01T00:00:00.000Z" });
  });
});
