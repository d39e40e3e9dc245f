import { describe, expect, it } from "vitest";
import { checkedVersion, codeHash, freshness, inputsSignature } from "../checkedVersion";

describe("freshness of check results", () => {
  const recorded = checkedVersion("print(1)\n", "en", "a.csv=learner@t1");
  it("is current for the same code, language and inputs", () => {
    expect(freshness(recorded, { code: "print(1)\n", language: "en", inputs: "a.csv=learner@t1" })).toBe("current");
  });
  it("names what changed: the code first, then the language, then the inputs", () => {
    expect(freshness(recorded, { code: "print(2)\n", language: "ja", inputs: "x" })).toBe("code");
    expect(freshness(recorded, { code: "print(1)\n", language: "ja", inputs: "x" })).toBe("language");
    expect(freshness(recorded, { code: "print(1)\n", language: "en", inputs: "a.csv=learner@t2" })).toBe("inputs");
  });
  it("does not call inputs changed while the page is still reading them", () => {
    expect(freshness(recorded, { code: "print(1)\n", language: "en" })).toBe("current");
  });
  it("takes results recorded before versions were kept as current", () => {
    expect(freshness(undefined, { code: "anything", language: "ja", inputs: "" })).toBe("current");
  });
  it("tells apart codes that differ by one character or by whitespace", () => {
    expect(codeHash("x = 1")).not.toBe(codeHash("x = 2"));
    expect(codeHash("x = 1")).not.toBe(codeHash("x = 1 "));
    expect(codeHash("x = 1")).toBe(codeHash("x = 1"));
  });
  it("signs inputs by name, source and save time, with missing files as none", () => {
    const info = { source: "reference" as const, lesson: "prepare", savedAt: "2026-12-01T10:00:00.000Z" };
    expect(inputsSignature(["dataset.csv", "datasheet.json"], { "dataset.csv": info })).toBe(
      "dataset.csv=reference@2026-12-01T10:00:00.000Z\ndatasheet.json=none@",
    );
  });
});
