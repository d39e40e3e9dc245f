import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, parseExport, serializeExport } from "../exportFile";
import { applyImport, planImport } from "../importProgress";
import { STORAGE_KEY } from "../storage";
import { ProgressStore } from "../store";
import { PROGRESS_VERSION, type Progress } from "../schema";
import { MemoryStorage } from "./memoryStorage";

const sample: Progress = {
  version: PROGRESS_VERSION,
  learner: "Team Kestrel",
  lessons: {
    analyze: {
      code: "print('hi')\n```\n<b>not html</b>",
      checks: { at: "2026-11-22T10:00:00.000Z", passed: false, results: [{ name: "test_a", title: "A", passed: false, message: "Look at row 3" }] },
      hintsShown: 2,
      solutionShown: false,
      examplesShown: true,
      drafts: [{ id: "d1", role: "domain-expert", kind: "review", request: "<script>alert(1)</script> [x](http://evil.example)", unblocks: "Scope" }],
      checklist: [0, 2],
      updatedAt: "2026-11-22T10:00:00.000Z",
    },
  },
};
const valid = serializeExport(sample, new Date("2026-11-22T12:00:00Z"));

/** A browser with some progress already stored, as the page finds it. */
function storeWithProgress() {
  const storage = new MemoryStorage();
  const store = new ProgressStore(storage);
  store.updateLesson("prepare", (p) => ({ ...p, code: "mine" }));
  store.flush();
  return { storage, store, before: storage.getItem(STORAGE_KEY) };
}

/** What the page does with a file's text: plan, and merge only a valid file. */
function importThroughPage(store: ProgressStore, text: string) {
  const plan = planImport(store.getSnapshot(), text);
  if (plan.ok) applyImport(store, plan.file);
  return plan;
}

describe("export and import", () => {
  it("round-trips everything, learner text unchanged", () => {
    const parsed = parseExport(valid);
    expect(parsed).toEqual({ ok: true, file: { exportedAt: "2026-11-22T12:00:00.000Z", progress: sample, skipped: [] } });
  });

  it("files without the checklist field (older exports) still import", () => {
    const older = { ...sample.lessons.analyze! };
    delete older.checklist;
    const parsed = parseExport(serializeExport({ ...sample, lessons: { analyze: older } }));
    expect(parsed.ok && parsed.file.progress.lessons.analyze?.checklist).toBeUndefined();
  });

  it.each([
    ["not JSON", "{nope", "not-json"],
    ["JSON of another shape", JSON.stringify({ hello: "world" }), "not-progress"],
    ["an unknown version", valid.replace('"version": 3', '"version": 7'), "invalid"],
    ["a schema violation", valid.replace('"hintsShown": 2', '"hintsShown": "two"'), "invalid"],
    ["too large", " ".repeat(MAX_IMPORT_BYTES + 1), "too-large"],
  ])("refuses %s and changes nothing", (_, text, code) => {
    const { storage, store, before } = storeWithProgress();
    const plan = importThroughPage(store, text);
    expect(plan.ok ? "ok" : plan.error.code).toBe(code);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  // zod/mini has no messages of its own ("Invalid input"); src/lib/zod.ts sets the English ones.
  it("says in words what is wrong with a schema violation", () => {
    const parsed = parseExport(valid.replace('"hintsShown": 2', '"hintsShown": -1'));
    expect(parsed).toEqual({
      ok: false,
      error: { code: "invalid", detail: "lessons.analyze.hintsShown: Too small: expected number to be >=0" },
    });
  });

  it("merges a valid file into the stored progress", () => {
    const { storage, store } = storeWithProgress();
    const plan = importThroughPage(store, valid);
    expect(plan.ok && plan.summary).toEqual({ added: ["analyze"], newer: [], kept: [] });
    const stored = JSON.parse(storage.getItem(STORAGE_KEY)!) as Progress;
    expect(stored.lessons.prepare?.code).toBe("mine");
    expect(stored.lessons.analyze).toEqual(sample.lessons.analyze);
  });
});

describe("import never throws and never changes progress for a bad file (property-based)", () => {
  const expectSafe = (text: string) => {
    const { storage, store, before } = storeWithProgress();
    let plan: ReturnType<typeof importThroughPage> | undefined;
    expect(() => (plan = importThroughPage(store, text))).not.toThrow();
    if (!plan?.ok) expect(storage.getItem(STORAGE_KEY)).toBe(before);
  };

  it("random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), expectSafe), { numRuns: 300 });
  });

  it("random JSON values", () => {
    fc.assert(fc.property(fc.json(), expectSafe), { numRuns: 300 });
  });

  it("truncated valid exports", () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.trimEnd().length - 1 }), (length) => {
        expectSafe(valid.slice(0, length));
        expect(parseExport(valid.slice(0, length)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("valid exports with one value replaced anywhere in the document", () => {
    const document = JSON.parse(valid) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(document, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, replacement) => {
        const mutated = structuredClone(document) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = mutated;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = replacement;
        expectSafe(JSON.stringify(mutated));
      }),
      { numRuns: 500 },
    );
  });
});
