import { describe, expect, it } from "vitest";
import { buildWorkshopLink, lessonsInScope, parseWorkshopLink, readScope, scopeFromChoice } from "../link";

const slugs = ["getting-started", "business-understanding", "analyze", "prepare", "preprocess", "train", "test"];

describe("workshop links", () => {
  it("reads the language and the chosen lessons, in course order", () => {
    expect(parseWorkshopLink("?lang=ja&lessons=prepare,analyze", slugs)).toEqual({
      lang: "ja",
      lessons: ["analyze", "prepare"],
      unknownLessons: [],
    });
  });

  it("is not a workshop link without its parameters", () => {
    expect(parseWorkshopLink("", slugs)).toBeNull();
    expect(parseWorkshopLink("?utm_source=mail", slugs)).toBeNull();
  });

  it("keeps known lessons and reports unknown ones and an unknown language", () => {
    expect(parseWorkshopLink("?lang=FR&lessons=Analyze,,nope, train ,analyze", slugs)).toEqual({
      lessons: ["analyze", "train"],
      unknownLessons: ["nope"],
      unknownLang: "fr",
    });
    expect(parseWorkshopLink("?lessons=%3Cscript%3E", slugs)).toEqual({ unknownLessons: ["<script>"] });
  });

  it("builds a readable link that round-trips", () => {
    const link = buildWorkshopLink("https://course.example/", "ja", ["prepare", "analyze"], slugs);
    expect(link).toBe("https://course.example/?lang=ja&lessons=analyze,prepare");
    expect(parseWorkshopLink(new URL(link).search, slugs)).toEqual({ lang: "ja", lessons: ["analyze", "prepare"], unknownLessons: [] });
    expect(buildWorkshopLink("http://localhost:5173/sub/", "en", slugs, slugs)).toBe("http://localhost:5173/sub/?lang=en");
  });

  it("remembers a scope and reads back only valid data", () => {
    const scope = scopeFromChoice({ lessons: ["analyze"], unknownLessons: ["nope"] });
    expect(scope).toEqual({ lessons: ["analyze"], unknownLessons: ["nope"], unknownLang: undefined, showAll: false });
    expect(readScope(JSON.stringify(scope), slugs)).toEqual({ lessons: ["analyze"], unknownLessons: ["nope"], showAll: false });
    expect(scopeFromChoice({ lang: "ja", unknownLessons: [] })).toBeNull();
    expect(readScope(null, slugs)).toBeNull();
    expect(readScope("{not json", slugs)).toBeNull();
    expect(readScope('{"lessons":"analyze"}', slugs)).toBeNull();
  });

  it("lists the workshop's lessons unless the learner asked for all of them", () => {
    const lessons = slugs.map((slug) => ({ slug }));
    const scope = { lessons: ["analyze", "prepare"], unknownLessons: [], showAll: false };
    expect(lessonsInScope(lessons, scope).map((l) => l.slug)).toEqual(["analyze", "prepare"]);
    expect(lessonsInScope(lessons, { ...scope, showAll: true })).toHaveLength(7);
    expect(lessonsInScope(lessons, { ...scope, lessons: [] })).toHaveLength(7);
    expect(lessonsInScope(lessons, null)).toHaveLength(7);
  });
});
