// The course test: every real lesson folder is valid, and in both languages its solution and
// alternatives pass every check, its starter fails one, and each mistake fails with the message
// it names; all in one Node Pyodide for the file.
import { beforeAll, describe, expect, it } from "vitest";
import {
  expectedMessage,
  extraPrograms,
  LANGUAGES,
  lesson,
  lessonFolders,
  lessonsDir,
  program,
  startCourseRuntime,
} from "../../../scripts/lib/course-runtime.mjs";
import { readdirSync } from "node:fs";

interface Result {
  name: string;
  passed: boolean;
  message: string;
}

let runtime: Awaited<ReturnType<typeof startCourseRuntime>>;
const timings: string[] = [];

beforeAll(async () => {
  runtime = await startCourseRuntime();
}, 120_000);

describe("course content", () => {
  it("validates and lists every lesson folder", () => {
    expect(lessonFolders()).toEqual(readdirSync(lessonsDir).filter((name) => /^\d\d-/.test(name)).sort());
  });

  it.each(lessonFolders())(
    "%s proves its checks with at least 5 alternative solutions and 8 mistakes",
    (folder) => {
      expect(extraPrograms(folder, "alternatives").length).toBeGreaterThanOrEqual(5);
      expect(extraPrograms(folder, "mistakes").length).toBeGreaterThanOrEqual(8);
    },
  );
});

const failed = (results: Result[]) => results.filter((r) => !r.passed);

// Lessons run in order; in each language the solution runs last so its artifacts feed the next
// lesson (the Japanese solution's, last of all, as a Japanese learner's would). Japanese checks
// take the input-derived values from a reference made beforehand, as the browser does after a
// lesson's first check; English ones compute them themselves, as the first check does.
describe.each(lessonFolders())("lesson %s", (folder) => {
  describe.each(LANGUAGES)("in %s", (language) => {
    let reference: ReturnType<typeof runtime.reference> | null = null;
    beforeAll(() => {
      if (language === "ja") reference = runtime.reference(folder, language);
    });
    const check = (file: string) => runtime.check(folder, program(folder, file, language), language, { reference });

    if (language === "ja") {
      it("the reference holds every @from_inputs helper of check.py", () => {
        const declared = [...lesson(folder).check.matchAll(/^@from_inputs\n(?:@.*\n)*def (\w+)/gm)].map((m) => m[1]).sort();
        const held = runtime.pyodide.pyimport("pickle").loads(reference).keys();
        expect([...held.toJs()].sort()).toEqual(declared);
        held.destroy();
      });
    }

    it("starter runs without error and fails at least one check", () => {
      const { error, results } = check("starter.py");
      expect(error, error?.message).toBeNull();
      expect(results.length).toBeGreaterThan(0);
      expect(failed(results).length).toBeGreaterThan(0);
    });

    it.each(extraPrograms(folder, "mistakes"))("mistakes/%s fails with its intended message", (file) => {
      const expect_ = expectedMessage(program(folder, `mistakes/${file}`, "en"));
      expect(expect_, "first line must be # expect: <message id or text>").toBeTruthy();
      const wanted = runtime.expected(folder, expect_!, language);
      const messages = failed(check(`mistakes/${file}`).results).map((r) => r.message);
      const shown = messages.join("\n---\n");
      if (wanted.pattern) {
        expect(messages.some((m) => wanted.pattern.test(m)), `expected the message "${wanted.id}", got:\n${shown}`).toBe(true);
      } else {
        expect(shown).toContain(wanted.text);
      }
    });

    it.each(extraPrograms(folder, "alternatives"))("alternatives/%s passes every check", (file) => {
      const { error, results } = check(`alternatives/${file}`);
      expect(error, error?.message).toBeNull();
      expect(failed(results), JSON.stringify(failed(results), null, 2)).toEqual([]);
    });

    it("solution passes every check", () => {
      const { error, results, ms } = check("solution.py");
      timings.push(`${folder} (${language}): ${ms.toFixed(0)} ms`);
      expect(error, error?.message).toBeNull();
      expect(failed(results), JSON.stringify(failed(results), null, 2)).toEqual([]);
      expect(results.length).toBeGreaterThan(0);
    });
  });
});

describe("timings", () => {
  it("prints each lesson's check time in Node's Pyodide", () => {
    console.log(`Check time per lesson (solution):\n  ${timings.join("\n  ")}`);
    expect(timings).toHaveLength(lessonFolders().length * LANGUAGES.length);
  });
});
