import { describe, expect, it } from "vitest";
import { mergeProgress, mergeWithBase } from "../merge";
import { progressSchema, type Progress } from "../schema";
import { loadProgress } from "../storage";
import { newId as newLearnerId } from "../../lib/newId";
import { ProgressStore } from "../store";
import { MemoryStorage } from "./memoryStorage";

const doc = (learnerId?: string): Progress => ({ version: 3, lessons: {}, ...(learnerId ? { learnerId } : {}) });

describe("the learner id", () => {
  it("is 128 random bits the schema accepts, different every time", () => {
    const ids = new Set(Array.from({ length: 50 }, newLearnerId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(progressSchema.safeParse(doc(id)).success).toBe(true);
  });

  it("is made once, saved, and then kept", () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    const id = store.ensureLearnerId();
    expect(store.ensureLearnerId()).toBe(id);
    expect(loadProgress(storage).progress.learnerId).toBe(id);
  });

  it("survives merges: this browser's id wins an import, another tab's is taken when this one has none", () => {
    expect(mergeProgress(doc("local-id-0001"), doc("their-id-0002")).learnerId).toBe("local-id-0001");
    expect(mergeProgress(doc(), doc("their-id-0002")).learnerId).toBe("their-id-0002");
    expect(mergeWithBase(doc(), doc(), doc("other-tab-0003")).learnerId).toBe("other-tab-0003");
    expect(mergeWithBase(doc(), doc("this-tab-0004"), doc()).learnerId).toBe("this-tab-0004");
  });
});
