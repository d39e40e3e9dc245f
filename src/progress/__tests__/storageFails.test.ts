// Storage that refuses: blocked outright, full when unreadable data should be set aside, full
// when progress is saved. The app still starts, says what happened, and loses nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStorage, SET_ASIDE_PREFIX, STORAGE_KEY } from "../storage";
import { ProgressStore } from "../store";
import { emptyProgress } from "../schema";
import { MemoryStorage } from "./memoryStorage";

const quotaExceeded = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

/** A localStorage whose writes fail while `full` is set. */
class FullStorage extends MemoryStorage {
  full = true;
  override setItem(key: string, value: string) {
    if (this.full) throw quotaExceeded();
    super.setItem(key, value);
  }
}

describe("blocked storage", () => {
  it("gives an in-memory storage and says it is blocked when every access throws", () => {
    const { storage, blocked } = openStorage(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    expect(blocked).toBe(true);
    const store = new ProgressStore(storage, { blocked });
    store.updateLesson("analyze", (p) => ({ ...p, code: "works without saving" }));
    store.flush();
    expect(store.lesson("analyze")?.code).toBe("works without saving");
    expect(store.saveError).toBeNull();
  });

  it("also when the storage object is there but reading it throws", () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
    expect(openStorage(() => storage).blocked).toBe(true);
    expect(openStorage(() => new MemoryStorage()).blocked).toBe(false);
  });
});

describe("unreadable progress with no room for a copy", () => {
  const garbage = "x".repeat(3_000_000);

  it("is kept where it is, said, never saved over, offered for download, and cleared only on request", () => {
    const storage = new FullStorage();
    storage.full = false;
    storage.setItem(STORAGE_KEY, garbage);
    storage.full = true;
    const store = new ProgressStore(storage);
    expect(store.setAside).toEqual({ key: STORAGE_KEY, reason: "not valid JSON", inPlace: true });
    expect(store.unreadableData()).toBe(garbage);

    storage.full = false;
    store.updateLesson("analyze", (p) => ({ ...p, code: "new work" }));
    store.flush();
    store.syncFromStorage();
    expect(storage.getItem(STORAGE_KEY)).toBe(garbage);
    expect(store.lesson("analyze")?.code).toBe("new work");

    store.clearAll(emptyProgress());
    expect(store.setAside).toBeUndefined();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(emptyProgress());
    expect(Array.from({ length: storage.length }, (_, i) => storage.key(i)).some((key) => key?.startsWith(SET_ASIDE_PREFIX))).toBe(false);
  });
});

describe("a failed progress save", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is said with the browser's reason and tried again until it succeeds, without a new change", () => {
    const storage = new FullStorage();
    const store = new ProgressStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    store.updateLesson("analyze", (p) => ({ ...p, code: "typed" }));
    vi.advanceTimersByTime(500);
    expect(store.saveError).toBe("The quota has been exceeded.");
    expect(storage.getItem(STORAGE_KEY)).toBeNull();

    vi.advanceTimersByTime(6000);
    expect(store.saveError).toBe("The quota has been exceeded.");
    storage.full = false;
    const before = calls;
    vi.advanceTimersByTime(6000);
    expect(store.saveError).toBeNull();
    expect(calls).toBeGreaterThan(before);
    expect(new ProgressStore(storage).lesson("analyze")?.code).toBe("typed");
  });

  it("of a confirmed change that must be saved undoes it, so nothing is claimed that a reload would lose", () => {
    const storage = new FullStorage();
    const store = new ProgressStore(storage);
    expect(store.commit((p) => ({ ...p, learner: "Maya" }), { onlyIfSaved: true })).toBe(false);
    expect(store.getSnapshot().learner).toBeUndefined();
    expect(store.lastSaveFailure).toBe("The quota has been exceeded.");
    storage.full = false;
    expect(store.commit((p) => ({ ...p, learner: "Maya" }), { onlyIfSaved: true })).toBe(true);
    expect(new ProgressStore(storage).getSnapshot().learner).toBe("Maya");
  });
});
