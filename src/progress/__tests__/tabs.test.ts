import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadProgress } from "../storage";
import { ProgressStore } from "../store";
import { emptyProgress } from "../schema";
import { MemoryStorage } from "./memoryStorage";

const draft = (id: string, request: string) => ({ id, role: "" as const, kind: "" as const, request, unblocks: "" });

// Each change is stamped a second after the previous one, as a learner's edits are.
let clock = Date.parse("2026-11-22T10:00:00Z");
const tick = () => vi.setSystemTime((clock += 1000));

describe("two tabs on one storage", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("a save never drops the other tab's newer work, even before the storage event arrives", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, code: "from the first tab" }));
    first.flush();
    tick();
    second.updateLesson("prepare", (p) => ({ ...p, drafts: [draft("d", "from the second tab")] }));
    second.flush();
    const stored = loadProgress(storage).progress.lessons;
    expect(stored.analyze?.code).toBe("from the first tab");
    expect(stored.prepare?.drafts[0]?.request).toBe("from the second tab");
    expect(second.lesson("analyze")?.code).toBe("from the first tab");
  });

  it("a track chosen in one tab reaches the other, and review answers of both tabs stay", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    const answer = (correct: boolean) => ({ given: { option: "a" }, correct, version: "v1", at: new Date().toISOString() });
    tick();
    first.setTrack("review");
    first.updateLesson("analyze", (p) => ({ ...p, review: { answers: { q1: answer(true) } } }));
    first.flush();
    tick();
    second.updateLesson("analyze", (p) => ({ ...p, review: { answers: { q2: answer(false) } } }));
    second.flush();
    expect(second.getSnapshot().track?.value).toBe("review");
    expect(Object.keys(loadProgress(storage).progress.lessons.analyze?.review?.answers ?? {}).sort()).toEqual(["q1", "q2"]);
    tick();
    second.setTrack("code");
    second.flush();
    first.syncFromStorage();
    expect(first.getSnapshot().track?.value).toBe("code");
    expect(loadProgress(storage).progress.track?.value).toBe("code");
  });

  it("on the storage event a tab takes in the other's work and tells its listeners", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    let calls = 0;
    second.subscribe(() => calls++);
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, code: "typed in the first tab" }));
    first.flush();
    second.syncFromStorage();
    expect(second.lesson("analyze")?.code).toBe("typed in the first tab");
    expect(calls).toBe(1);
  });

  it("when both tabs edited the same lesson's code, neither tab's unsaved code is replaced; drafts of both are kept", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    tick();
    second.updateLesson("analyze", (p) => ({ ...p, code: "older", drafts: [draft("a", "second's draft")] }));
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, code: "newer", drafts: [draft("b", "first's draft")] }));
    first.flush();
    // The second tab's code was typed but not saved yet: it stays, and the other tab's is offered.
    second.syncFromStorage();
    expect(second.lesson("analyze")?.code).toBe("older");
    expect(second.getConflicts().analyze).toEqual({ code: "newer" });
    expect(second.lesson("analyze")?.drafts.map((d) => d.id).sort()).toEqual(["a", "b"]);
    second.flush();
    expect(loadProgress(storage).progress.lessons.analyze?.code).toBe("older");
    // The first tab's code, saved already, gives way to the second's, and it is said, with the way back.
    first.syncFromStorage();
    expect(first.lesson("analyze")?.code).toBe("older");
    expect(first.getConflicts().analyze).toEqual({ code: "newer", taken: true });
    first.takeMyCodeBack("analyze");
    expect(first.lesson("analyze")?.code).toBe("newer");
    expect(first.getConflicts()).toEqual({});

    // Taking the other tab's code keeps this tab's own, to go back to.
    tick();
    second.takeTheirCode("analyze");
    expect(second.lesson("analyze")?.code).toBe("newer");
    expect(second.getConflicts().analyze).toEqual({ code: "older", taken: true });
    second.takeMyCodeBack("analyze");
    expect(second.lesson("analyze")?.code).toBe("older");
    expect(second.getConflicts()).toEqual({});
  });

  it("takes the other tab's code without a word when this tab had not changed its own", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, code: "from the first tab" }));
    first.flush();
    second.syncFromStorage();
    expect(second.lesson("analyze")?.code).toBe("from the first tab");
    expect(second.getConflicts()).toEqual({});
  });

  it("a removed draft, a reset lesson and a clear stay removed in the other tab", () => {
    const storage = new MemoryStorage();
    const first = new ProgressStore(storage);
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, drafts: [draft("a", "keep"), draft("b", "remove")] }));
    first.updateLesson("prepare", (p) => ({ ...p, code: "x" }));
    first.flush();
    const second = new ProgressStore(storage);
    tick();
    first.updateLesson("analyze", (p) => ({ ...p, drafts: p.drafts.filter((d) => d.id !== "b") }));
    first.commit((p) => ({ ...p, lessons: { analyze: p.lessons.analyze! } }));
    second.syncFromStorage();
    expect(second.lesson("analyze")?.drafts.map((d) => d.id)).toEqual(["a"]);
    expect(second.lesson("prepare")).toBeUndefined();
    tick();
    second.updateLesson("analyze", (p) => ({ ...p, hintsShown: 1 }));
    second.flush();
    expect(loadProgress(storage).progress.lessons.analyze?.drafts.map((d) => d.id)).toEqual(["a"]);

    first.syncFromStorage();
    first.commit(() => emptyProgress());
    second.syncFromStorage();
    expect(second.getSnapshot()).toEqual(emptyProgress());
  });
});
