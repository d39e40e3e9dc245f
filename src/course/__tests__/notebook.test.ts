// Notebooks made from the lessons are valid nbformat 4.5 and run in plain Python as they are.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileLesson } from "../../../scripts/lib/compile-course";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import { loadCourse } from "../loader";
import { courseNotebook, lessonNotebook, type NotebookLabels } from "../notebook";

const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
const lessons = loadCourse(readLessonFiles(lessonsDir)).lessons.map((lesson) => compileLesson(lesson));

// nbformat 4.5 (jupyter/nbformat, nbformat/v4/nbformat.v4.5.schema.json) for what these notebooks
// hold: strict objects where the schema says additionalProperties: false.
const multiline = z.union([z.string(), z.array(z.string())]);
const cellId = z.string().regex(/^[a-zA-Z0-9-_]+$/).min(1).max(64);
const markdownCell = z.strictObject({ id: cellId, cell_type: z.literal("markdown"), metadata: z.record(z.string(), z.unknown()), source: multiline, attachments: z.optional(z.record(z.string(), z.unknown())) });
const codeCell = z.strictObject({
  id: cellId,
  cell_type: z.literal("code"),
  metadata: z.record(z.string(), z.unknown()),
  source: multiline,
  outputs: z.array(z.unknown()),
  execution_count: z.union([z.number().int().min(0), z.null()]),
});
const nbformat45 = z
  .strictObject({
    nbformat: z.literal(4),
    nbformat_minor: z.number().int().min(5),
    metadata: z.looseObject({
      kernelspec: z.optional(z.looseObject({ name: z.string(), display_name: z.string() })),
      language_info: z.optional(z.looseObject({ name: z.string() })),
      title: z.optional(z.string()),
    }),
    cells: z.array(z.union([markdownCell, codeCell])),
  })
  .refine((nb) => new Set(nb.cells.map((cell) => cell.id)).size === nb.cells.length, "cell ids are unique");

const labels: NotebookLabels = {
  what: "What you do",
  why: "Why it matters",
  how: "How you do it",
  communication: "Communication exercise",
  yourCode: "Your code",
  files: (reads) => `Reads data/ames.csv${reads.length ? ` and ${reads.join(", ")}` : ""}.`,
  setupComment: "display() as in the course",
  from: "From the course MLOps Hands-on.",
};

const python = (dir: string, source: string) => {
  writeFileSync(join(dir, "notebook.py"), source);
  return execFileSync("python3", ["notebook.py"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
};
const codeOf = (nb: { cells: { cell_type: string; source: string[] }[] }) =>
  nb.cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.source.join("")).join("\n\n");

describe("notebooks", () => {
  it("validate against nbformat 4.5, for every lesson and language and for the whole course", () => {
    for (const lesson of lessons) {
      for (const lang of ["en", "ja"] as const) {
        const nb = JSON.parse(JSON.stringify(lessonNotebook(lesson, lang, lesson.starter[lang], labels)));
        expect(nbformat45.safeParse(nb).error?.issues ?? []).toEqual([]);
      }
    }
    const course = courseNotebook("MLOps Hands-on", lessons.map((lesson) => ({ lesson, code: lesson.solution.en })), "en", labels);
    expect(nbformat45.safeParse(JSON.parse(JSON.stringify(course))).success).toBe(true);
  });

  it("the schema refuses what nbformat refuses", () => {
    const nb = JSON.parse(JSON.stringify(lessonNotebook(lessons[1]!, "en", "x = 1\n", labels)));
    expect(nbformat45.safeParse({ ...nb, nbformat: 3 }).success).toBe(false);
    expect(nbformat45.safeParse({ ...nb, cells: [{ ...nb.cells[0], id: "has space" }] }).success).toBe(false);
    expect(nbformat45.safeParse({ ...nb, cells: [nb.cells[0], nb.cells[0]] }).success).toBe(false);
  });

  it("keep the lesson text as markdown cells and the learner's code as it is", () => {
    const lesson = lessons.find((l) => l.slug === "analyze")!;
    const nb = lessonNotebook(lesson, "en", "print('mine')\n", labels);
    const markdown = nb.cells.filter((c) => c.cell_type === "markdown").map((c) => c.source.join(""));
    expect(markdown).toContainEqual(expect.stringMatching(/^## How you do it\n\n<.*IQR/s));
    expect(nb.cells.find((c) => c.id === "analyze-code")?.source).toEqual(["print('mine')\n"]);
  });

  it("lesson 02's notebook runs in plain Python with data/ames.csv next to it and writes its report", () => {
    const dir = mkdtempSync(join(tmpdir(), "notebook-"));
    mkdirSync(join(dir, "data"));
    symlinkSync(join(lessonsDir, "data", "ames.csv"), join(dir, "data", "ames.csv"));
    const lesson = lessons.find((l) => l.slug === "analyze")!;
    const out = python(dir, codeOf(lessonNotebook(lesson, "en", lesson.solution.en, labels)));
    // Without Jupyter, display() names the chart instead of drawing it.
    expect(out).toMatch(/^Sale_Price distribution$/m);
    expect(existsSync(join(dir, "analysis_report.json"))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, "analysis_report.json"), "utf8")) as { rows: number };
    expect(report.rows).toBe(2930);
  });
});
