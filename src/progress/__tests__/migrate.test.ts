// Older progress documents come up to version 3: nothing of the learner's is lost, nothing new is invented.
import { describe, expect, it } from "vitest";
import { parseProgress } from "../migrate";
import { PROGRESS_VERSION } from "../schema";

const NOW = "2026-12-01T09:00:00.000Z";
const draft = { id: "d", role: "product-manager", kind: "share", request: "Please", unblocks: "" };
const lessonV2 = { code: "x = 1", drafts: [draft], hintsShown: 1, solutionShown: false, examplesShown: true, checklist: [0], updatedAt: "2026-11-01T10:00:00.000Z" };

describe("parseProgress", () => {
  it("is at version 3", () => expect(PROGRESS_VERSION).toBe(3));

  it("brings version 1 to version 3, without review answers or a track", () => {
    const parsed = parseProgress({ version: 1, code: { analyze: "x = 1" }, drafts: { analyze: [draft], prepare: [] } }, NOW);
    expect(parsed).toEqual({
      ok: true,
      progress: {
        version: 3,
        lessons: {
          analyze: { code: "x = 1", drafts: [draft], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: NOW },
          prepare: { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: NOW },
        },
      },
    });
  });

  it("brings version 2 to version 3 with everything it held", () => {
    const parsed = parseProgress({ version: 2, learner: "Team Kestrel", learnerId: "abcdefgh12", lessons: { analyze: lessonV2 } }, NOW);
    expect(parsed).toEqual({ ok: true, progress: { version: 3, learner: "Team Kestrel", learnerId: "abcdefgh12", lessons: { analyze: lessonV2 } } });
  });

  it("takes no review answers or track from a version 2 document: version 2 had none", () => {
    const parsed = parseProgress({ version: 2, track: { value: "review", at: NOW }, lessons: { analyze: { ...lessonV2, review: { answers: {} } } } }, NOW);
    expect(parsed.ok && parsed.progress.track).toBeUndefined();
    expect(parsed.ok && parsed.progress.lessons.analyze).toEqual(lessonV2);
  });

  it("keeps review answers and the track of version 3, and refuses a track it does not know", () => {
    const answers = { q1: { given: { option: "go", evidence: ["e"] }, correct: true, version: "v1", at: NOW } };
    const doc = { version: 3, track: { value: "review", at: NOW }, lessons: { analyze: { ...lessonV2, review: { answers } } } };
    const parsed = parseProgress(doc, NOW);
    expect(parsed).toEqual({ ok: true, progress: doc });
    expect(parseProgress({ ...doc, track: { value: "watch", at: NOW } }, NOW).ok).toBe(false);
  });

  it("says which version it does not know", () => {
    expect(parseProgress({ version: 4, lessons: {} })).toEqual({ ok: false, reason: "unknown version 4" });
  });
});
