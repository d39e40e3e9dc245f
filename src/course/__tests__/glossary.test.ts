// lessons/glossary/: validated like the lessons, in both languages, and compiled for the app.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileGlossary } from "../../../scripts/lib/compile-course";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import { CourseError, loadCourse } from "../loader";
import { loadGlossary } from "../glossaryLoader";
import { styleProblems } from "./japaneseStyle";

const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
const files = readLessonFiles(lessonsDir);
const slugs = loadCourse(files).lessons.map((lesson) => lesson.slug);

const problemsOf = (changed: Record<string, string>) => {
  try {
    loadGlossary({ ...files, ...changed }, slugs);
    return [];
  } catch (error) {
    if (error instanceof CourseError) return error.problems;
    throw error;
  }
};

describe("the glossary and further reading", () => {
  const content = loadGlossary(files, slugs);

  it("load, with the same entries in English and Japanese, and reading for every lesson of the six processes", () => {
    expect(content.glossary.ja.map((e) => e.id)).toEqual(content.glossary.en.map((e) => e.id));
    for (const slug of ["business-understanding", "analyze", "prepare", "preprocess", "train", "test"]) {
      expect(content.reading.en.some((entry) => entry.lessons.includes(slug)), slug).toBe(true);
    }
    for (const term of ["rmse", "iqr", "ridge", "one-hot", "leakage", "slice"]) expect(content.glossary.en.map((e) => e.id)).toContain(term);
  });

  it("name the file and the field of what is wrong", () => {
    const en = files["glossary/glossary.en.yaml"]!;
    expect(problemsOf({ "glossary/glossary.en.yaml": `${en}\n- id: Bad Id\n  term: x\n  match: [x]\n  definition: y\n` })).toEqual([
      "lessons/glossary/glossary.en.yaml: 20.id: must be lower-case words joined by hyphens",
    ]);
    expect(problemsOf({ "glossary/glossary.en.yaml": `${en}\n- id: extra\n  term: x\n  match: [x]\n  definition: y\n` })).toEqual([
      expect.stringMatching(/^lessons\/glossary\/glossary\.ja\.yaml: \(file\): must have the entries of glossary\.en\.yaml in the same order/),
    ]);
    expect(problemsOf({ "glossary/reading.ja.yaml": files["glossary/reading.ja.yaml"]!.replace("lessons: [analyze]", "lessons: [analyse]") })).toEqual([
      'lessons/glossary/reading.ja.yaml: 4.lessons.0: no lesson has the slug "analyse"',
    ]);
    expect(problemsOf({ "glossary/reading.en.yaml": files["glossary/reading.en.yaml"]!.replace("url: https://developers", "url: http://developers") })).toEqual([
      expect.stringMatching(/^lessons\/glossary\/reading\.en\.yaml: 2\.url: /),
    ]);
    const { "glossary/glossary.ja.yaml": _removed, ...withoutJa } = files;
    void _removed;
    try {
      loadGlossary(withoutJa, slugs);
      expect.unreachable();
    } catch (error) {
      expect((error as CourseError).problems).toEqual(["lessons/glossary/glossary.ja.yaml: (file): is missing"]);
    }
  });

  it("Japanese follows the style guide", () => {
    const texts = [...content.glossary.ja.flatMap((e) => [e.term, e.definition]), ...content.reading.ja.map((e) => e.note)];
    expect(texts.flatMap((text) => styleProblems(text).map((problem) => `${text.slice(0, 30)}…: ${problem}`))).toEqual([]);
  });

  it("compile to trees the app renders, with inline code kept", () => {
    const compiled = compileGlossary(content);
    const artifact = compiled.glossary.en.find((e) => e.id === "artifact")!;
    expect(JSON.stringify(artifact.definition)).toContain('"tagName":"code"');
  });
});
