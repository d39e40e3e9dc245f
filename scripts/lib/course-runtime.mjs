// Pyodide in Node with the course's file layout and harness, for the course test and check-lesson.
// Lessons come from the course loader (src/course/loader.ts), so Node sees exactly what the build
// validated: programs resolved per language, check catalogs, the files each lesson writes.
// Plain Node cannot import TypeScript: scripts load this module through Vite (see check-lesson.mjs).
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { loadCourse } from "../../src/course/loader.ts";
import { resolvePython } from "../../src/course/pythonText.ts";
import { bootCourse, COURSE_MODULES, mountDataset, WORK_DIR } from "../../src/runtime/pythonHost.ts";
import { readLessonFiles } from "../vite-plugin-lessons.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const lessonsDir = join(root, "lessons");
export { WORK_DIR };
export const LANGUAGES = ["en", "ja"];

const course = loadCourse(readLessonFiles(lessonsDir));

export function lessonFolders() {
  return course.lessons.map((lesson) => lesson.folder);
}

export function lesson(folder) {
  const found = course.lessons.find((l) => l.folder === folder);
  if (!found) throw new Error(`No lesson folder ${folder}`);
  return found;
}

/** Names of the .py files in a lesson's subfolder (alternatives/ or mistakes/). */
export function extraPrograms(folder, kind) {
  const dir = join(lessonsDir, folder, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".py")).sort() : [];
}

/** A lesson's program in one language: starter.py, solution.py, alternatives/x.py, mistakes/x.py. */
export function program(folder, file, language) {
  if (file === "starter.py" || file === "solution.py") return lesson(folder)[file.slice(0, -3)][language];
  const resolved = resolvePython(readFileSync(join(lessonsDir, folder, file), "utf8"));
  if (resolved.problems.length > 0) {
    throw new Error(`lessons/${folder}/${file}: ${resolved.problems.map((p) => `line ${p.line}: ${p.message}`).join("; ")}`);
  }
  return resolved[language];
}

/** What a mistake file must fail with: its `# expect: ...` line, a message id or a piece of text. */
export function expectedMessage(source) {
  const match = /^#\s*expect:\s*(.+)$/m.exec(source);
  return match ? match[1].trim() : null;
}

/** A regular expression for whole messages made from a template: placeholders match any text. */
export function templatePattern(template) {
  const parts = template.split(/(\{\{|\}\}|\{[^{}]*\})/);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = parts
    .map((part, i) => (i % 2 === 0 ? escape(part) : part === "{{" ? "\\{" : part === "}}" ? "\\}" : "[\\s\\S]*?"))
    .join("");
  return new RegExp(`^${source}$`);
}

export async function startCourseRuntime() {
  const pyodide = await loadPyodide();
  bootCourse(pyodide, Object.fromEntries(COURSE_MODULES.map((name) => [name, readFileSync(join(root, "src", "runtime", name), "utf8")])));
  mountDataset(pyodide, readFileSync(join(lessonsDir, "data", "ames.csv")));
  const harness = pyodide.pyimport("harness");
  const checking = pyodide.pyimport("checking");
  const runtimeMessages = pyodide.runPython("import messages; messages.MESSAGES").toJs({ dict_converter: Object.fromEntries });

  return {
    pyodide,
    /** The runtime's own messages (src/runtime/messages.py) by language and id. */
    runtimeMessages,
    /** Runs `code` against the lesson's check.py in `language`; returns {stdout, error, results, ms}.
     * With a `reference` (from reference() below), as the browser once it has one. */
    check(folder, code, language = "en", { reference = null } = {}) {
      const { check, checks, writes } = lesson(folder);
      const messages = pyodide.toPy(checks[language]);
      // The helpers' results then come from the reference alone, none from an earlier check.
      if (reference) checking.inputs_changed();
      const started = performance.now();
      const outputs = pyodide.toPy(writes);
      const proxy = harness.check(code, check, outputs, language, messages, reference);
      const result = proxy.toJs({ dict_converter: Object.fromEntries });
      for (const made of [proxy, outputs, messages]) made.destroy();
      return { ...result, error: result.error ?? null, ms: performance.now() - started };
    },
    /** What the browser's sandbox computes once per lesson and input files (harness.reference),
     * with every helper that can be handed over; a Python bytes object for check(). */
    reference(folder, language = "en") {
      const { check, checks } = lesson(folder);
      const messages = pyodide.toPy(checks[language]);
      checking.inputs_changed();
      const reference = harness.reference.callKwargs(check, messages, { keep_all: true });
      messages.destroy();
      return reference;
    },
    /** The whole-message patterns a mistake's `# expect:` names, in `language`. */
    expected(folder, expect, language) {
      const template = lesson(folder).checks[language].messages[expect] ?? runtimeMessages[language][expect];
      return template === undefined ? { text: expect } : { id: expect, pattern: templatePattern(template) };
    },
  };
}
