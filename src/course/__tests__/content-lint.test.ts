// Lesson text treated as code: links resolve, Python blocks compile, nothing left untranslated.
import { fileURLToPath } from "node:url";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { compileLesson } from "../../../scripts/lib/compile-course";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import { loadCourse } from "../loader";
import type { LessonSourceText } from "../types";

const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
const course = loadCourse(readLessonFiles(lessonsDir));
const slugs = new Set(course.lessons.map((l) => l.slug));

/** Every piece of markdown a learner reads, with where it comes from. */
function texts(text: LessonSourceText): [string, string][] {
  return [
    ["title", text.title],
    ["summary", text.summary],
    ...Object.entries(text.sections).map(([k, v]) => [`section ${k}`, v] as [string, string]),
    ...text.hints.map((h, i) => [`hint ${i + 1}`, h] as [string, string]),
    ["situation", text.communication.situation],
    ...text.communication.examples.map((e, i) => [`example ${i + 1}`, `${e.request}\n${e.unblocks}`] as [string, string]),
    ...text.communication.checklist.map((c, i) => [`checklist ${i + 1}`, c] as [string, string]),
  ];
}

const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum|\{\{|\}\}/i;
/** Prose only: code may name the starter's `# TODO` markers. */
const prose = (md: string) => md.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let pyodide: PyodideInterface;
beforeAll(async () => {
  pyodide = await loadPyodide();
}, 120_000);

describe.each(course.lessons.map((l) => [l.folder, l] as const))("lesson text of %s", (_, lesson) => {
  it("links only to lessons that exist (or to the home page and external sites)", () => {
    for (const lang of ["en", "ja"] as const) {
      for (const [where, md] of texts(lesson.text[lang])) {
        for (const [, href] of md.matchAll(/\]\(([^)\s]+)[^)]*\)/g)) {
          const target = href!;
          if (/^https?:\/\//.test(target) || target === "/") continue;
          const match = /^\/lessons\/([a-z0-9-]+)$/.exec(target);
          expect(match && slugs.has(match[1]!), `${lang} ${where}: link ${target} does not resolve`).toBe(true);
        }
      }
    }
  });

  it("compiles for the browser: safe links, no raw HTML", () => {
    expect(() => compileLesson(lesson)).not.toThrow();
  });

  it("has only valid Python in its python code blocks", () => {
    for (const lang of ["en", "ja"] as const) {
      for (const [where, md] of texts(lesson.text[lang])) {
        for (const [, code] of md.matchAll(/```python\n([\s\S]*?)```/g)) {
          pyodide.globals.set("block", code);
          const error = pyodide.runPython(
            "def _try(src):\n    try:\n        compile(src, 'block', 'exec')\n    except SyntaxError as e:\n        return f'{e.msg} (line {e.lineno})'\n_try(block)",
          );
          expect(error, `${lang} ${where}: invalid Python block:\n${code}`).toBeUndefined();
        }
      }
    }
  });

  it("has no placeholder text, and Japanese text in every Japanese part", () => {
    for (const lang of ["en", "ja"] as const) {
      for (const [where, md] of texts(lesson.text[lang])) {
        expect(PLACEHOLDER.test(prose(md)), `${lang} ${where} has placeholder text: ${prose(md).match(PLACEHOLDER)?.[0]}`).toBe(false);
        if (lang === "ja") expect(JAPANESE.test(md), `ja ${where} is not translated: ${md.slice(0, 80)}`).toBe(true);
      }
    }
  });
});
