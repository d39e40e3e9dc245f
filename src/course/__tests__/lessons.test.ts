// The course test: every real lesson folder is valid, and its solution, starter and mistakes
// behave as promised against its checks in Node's Pyodide (loaded once for the file).
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import {
  expectedMessage,
  lessonFolders,
  mistakeFiles,
  readLessonFile,
  startCourseRuntime,
} from "../../../scripts/lib/course-runtime.mjs";
import { loadCourse } from "../loader";

const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
const course = loadCourse(readLessonFiles(lessonsDir));
let runtime: Awaited<ReturnType<typeof startCourseRuntime>>;
const timings: string[] = [];

beforeAll(async () => {
  runtime = await startCourseRuntime();
}, 120_000);

describe("course content", () => {
  it("validates and lists every lesson folder", () => {
    expect(course.lessons.map((l) => l.folder)).toEqual(lessonFolders());
  });
});

// Lessons run in order: each solution runs last so its artifacts feed the next lesson.
describe.each(lessonFolders())("lesson %s", (folder) => {
  it("starter runs without error and fails at least one check", () => {
    const { error, results } = runtime.check(folder, readLessonFile(folder, "starter.py"));
    expect(error, error?.message).toBeNull();
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r: { passed: boolean }) => !r.passed)).toBe(true);
  });

  it.each(mistakeFiles(folder))("mistakes/%s fails with its intended message", (file) => {
    const source = readLessonFile(folder, `mistakes/${file}`);
    const expected = expectedMessage(source);
    expect(expected, "first line must be # expect: <part of the message>").toBeTruthy();
    const { results } = runtime.check(folder, source);
    const messages = results.filter((r: { passed: boolean }) => !r.passed).map((r: { message: string }) => r.message);
    expect(messages.join("\n---\n")).toContain(expected);
  });

  it("solution passes every check", () => {
    const { error, results, ms } = runtime.check(folder, readLessonFile(folder, "solution.py"));
    timings.push(`${folder}: ${ms.toFixed(0)} ms`);
    expect(error, error?.message).toBeNull();
    const failed = results.filter((r: { passed: boolean }) => !r.passed);
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });
});

describe("timings", () => {
  it("prints each lesson's check time in Node's Pyodide", () => {
    console.log(`Check time per lesson (solution):\n  ${timings.join("\n  ")}`);
    expect(timings).toHaveLength(lessonFolders().length);
  });
});
