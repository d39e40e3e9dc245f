import { describe, expect, it } from "vitest";
import { en } from "../en";
import { ja } from "../ja";

// Plural forms differ by language (English has _one, Japanese only _other), so compare base keys.
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix.replace(/_(one|other)$/, "")];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations", () => {
  it("has every English key in Japanese and no extra ones", () => {
    expect([...new Set(keys(ja))].sort()).toEqual([...new Set(keys(en))].sort());
  });
  it("has no empty text", () => {
    const empty = (value: unknown): boolean =>
      typeof value === "string" ? value.trim() === "" : Object.values(value as object).some(empty);
    expect(empty(en)).toBe(false);
    expect(empty(ja)).toBe(false);
  });
});
