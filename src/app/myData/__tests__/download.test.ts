import { describe, expect, it } from "vitest";
import { progressFileName } from "../download";

describe("the progress file's name", () => {
  const at = new Date(2025, 4, 1, 10, 7);
  it("carries the learner's name and the local time, so files from a room never collide", () => {
    expect(progressFileName("Maya Tanaka", at)).toBe("mlops-progress-Maya-Tanaka-2025-05-01-1007.json");
    expect(progressFileName("ケン", at)).toBe("mlops-progress-ケン-2025-05-01-1007.json");
  });
  it("drops characters no file system takes, bidi overrides and invisible ones", () => {
    expect(progressFileName(' a/b\\c:*?"<>| \u202Ed\u200B ', at)).toBe("mlops-progress-abc-d-2025-05-01-1007.json");
    expect(progressFileName("Ｍａｙａ", at)).toBe("mlops-progress-Maya-2025-05-01-1007.json");
  });
  it("is dated only when the learner has no name", () => {
    expect(progressFileName(undefined, at)).toBe("mlops-progress-2025-05-01-1007.json");
    expect(progressFileName("../..", at)).toBe("mlops-progress-2025-05-01-1007.json");
  });
});
