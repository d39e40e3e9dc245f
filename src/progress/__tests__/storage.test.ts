import { describe, expect, it } from "vitest";
import { loadProgress, saveProgress, SET_ASIDE_PREFIX, STORAGE_KEY } from "../storage";
import { ProgressStore } from "../store";
import { emptyProgress, PROGRESS_VERSION, type Progress } from "../schema";
import { MemoryStorage } from "./memoryStorage";

const sample: Progress = {
  version: PROGRESS_VERSION,
  lessons: {
    "business-understanding": {
      code: "print('hi')",
      checks: { at: "2026-11-22T10:00:00.000Z", passed: true, results: [{ name: "test_a", title: "A", passed: true, message: "" }] },
      hintsShown: 2,
      solutionShown: false,
      examplesShown: true,
      drafts: [{ id: "d1", role: "product-manager", kind: "share", request: "Which comes first?", unblocks: "The goal" }],
      updatedAt: "2026-11-22T10:00:00.000Z",
    },
  },
};

describe("progress storage", () => {
  it("starts empty when nothing is stored", () => {
    expect(loadProgress(new MemoryStorage())).toEqual({ progress: emptyProgress() });
  });

  it("restores what it saved", () => {
    const storage = new MemoryStorage();
    saveProgress(storage, sample);
    expect(loadProgress(storage).progress).toEqual(sample);
  });

  it("refuses to save a document that breaks the schema", () => {
    const storage = new MemoryStorage();
    const broken = { ...sample, lessons: { x: { drafts: "nope" } } } as unknown as Progress;
    expect(() => saveProgress(storage, broken)).toThrow();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it("migrates version 1 (code and drafts in two maps)", () => {
    const storage = new MemoryStorage();
    const draft = { id: "d1", role: "domain-expert", kind: "review", request: "Please review", unblocks: "Scope" };
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, code: { analyze: "x = 1" }, drafts: { prepare: [draft] } }));
    const { progress, setAside } = loadProgress(storage, new Date("2026-11-22T00:00:00Z"));
    expect(setAside).toBeUndefined();
    expect(progress.version).toBe(PROGRESS_VERSION);
    expect(progress.lessons.analyze).toMatchObject({ code: "x = 1", drafts: [], hintsShown: 0 });
    expect(progress.lessons.prepare).toMatchObject({ drafts: [draft], updatedAt: "2026-11-22T00:00:00.000Z" });
    expect(progress.lessons.prepare).not.toHaveProperty("code");
  });

  it.each([
    ["not JSON", "{not json", "not valid JSON"],
    ["an unknown version", JSON.stringify({ version: 99, lessons: {} }), "unknown version 99"],
    ["a schema violation", JSON.stringify({ version: PROGRESS_VERSION, lessons: { a: { drafts: 3 } } }), "lessons.a"],
  ])("keeps %s aside instead of deleting it, and says why", (_, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { progress, setAside } = loadProgress(storage, new Date("2026-11-22T00:00:00Z"));
    expect(progress).toEqual(emptyProgress());
    expect(setAside?.reason).toContain(reason);
    expect(setAside?.key.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    expect(storage.getItem(setAside!.key)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});

describe("ProgressStore", () => {
  it("saves after a pause in typing, and at once on flush", async () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    store.updateLesson("analyze", (p) => ({ ...p, code: "a" }));
    store.updateLesson("analyze", (p) => ({ ...p, code: "ab" }));
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loadProgress(storage).progress.lessons.analyze?.code).toBe("ab");
    store.updateLesson("analyze", (p) => ({ ...p, code: "abc" }));
    store.flush();
    expect(loadProgress(storage).progress.lessons.analyze?.code).toBe("abc");
  });

  it("tells listeners and keeps the stored document readable by a new store", () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    store.updateLesson("prepare", (p) => ({ ...p, hintsShown: 1 }));
    store.flush();
    expect(calls).toBeGreaterThan(0);
    expect(new ProgressStore(storage).lesson("prepare")?.hintsShown).toBe(1);
  });
});
