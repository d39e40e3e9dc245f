// Which language a visit starts in, before i18next loads: the learner's earlier choice, else the
// browser's languages in order, else English; storage that throws is no choice at all.
import { afterEach, describe, expect, it, vi } from "vitest";
import { detectLanguage, LANGUAGE_KEY, rememberLanguage } from "../detect";

const storage = (items: Record<string, string>) => ({
  getItem: (key: string) => items[key] ?? null,
  setItem: (key: string, value: string) => void (items[key] = value),
});
const blocked = {
  getItem: () => {
    throw new DOMException("blocked", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

afterEach(() => vi.unstubAllGlobals());

describe("detectLanguage", () => {
  it("keeps the learner's earlier choice over the browser's languages", () => {
    vi.stubGlobal("localStorage", storage({ [LANGUAGE_KEY]: "ja" }));
    vi.stubGlobal("navigator", { languages: ["en-US"] });
    expect(detectLanguage()).toBe("ja");
  });

  it("takes the first of the browser's languages the course has, by its language part", () => {
    vi.stubGlobal("localStorage", storage({ [LANGUAGE_KEY]: "fr" }));
    vi.stubGlobal("navigator", { languages: ["fr-FR", "ja-JP", "en"] });
    expect(detectLanguage()).toBe("ja");
    vi.stubGlobal("navigator", { languages: ["EN-gb", "ja"] });
    expect(detectLanguage()).toBe("en");
  });

  it("falls back to English, and to the browser's languages when storage is blocked", () => {
    vi.stubGlobal("localStorage", storage({}));
    vi.stubGlobal("navigator", { languages: ["de", "fr"] });
    expect(detectLanguage()).toBe("en");
    vi.stubGlobal("localStorage", blocked);
    vi.stubGlobal("navigator", { languages: ["ja"] });
    expect(detectLanguage()).toBe("ja");
  });
});

describe("rememberLanguage", () => {
  it("stores a course language for the next visit, ignores anything else, and survives blocked storage", () => {
    const items: Record<string, string> = {};
    vi.stubGlobal("localStorage", storage(items));
    rememberLanguage("ja");
    rememberLanguage("cimode");
    expect(items).toEqual({ [LANGUAGE_KEY]: "ja" });
    vi.stubGlobal("localStorage", blocked);
    expect(() => rememberLanguage("en")).not.toThrow();
  });
});
