// A visit loads only the text of the language it shows; switching loads the other one first.
import { describe, expect, it } from "vitest";
import i18n from "..";

describe("the interface text", () => {
  it("is loaded for the detected language only, and for another when the learner switches to it", async () => {
    // In Node there is no stored choice and no browser language: English.
    expect(i18n.resolvedLanguage).toBe("en");
    expect(i18n.hasResourceBundle("en", "translation")).toBe(true);
    expect(i18n.hasResourceBundle("ja", "translation")).toBe(false);
    expect(i18n.t("runtime.ready")).toBe("Python ready");
    await i18n.changeLanguage("ja");
    expect(i18n.resolvedLanguage).toBe("ja");
    expect(i18n.t("runtime.ready")).toBe("Python 準備完了");
    // A language the course lacks shows English.
    await i18n.changeLanguage("fr");
    expect(i18n.t("runtime.ready")).toBe("Python ready");
  });
});
