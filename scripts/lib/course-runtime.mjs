// Pyodide in Node with the course's file layout and harness, for the course test and check-lesson.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { parse as parseYaml } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const lessonsDir = join(root, "lessons");
export const WORK_DIR = "/home/learner";

export function lessonFolders() {
  return readdirSync(lessonsDir)
    .filter((name) => /^\d\d-[a-z0-9-]+$/.test(name))
    .sort();
}

/** The files a lesson's code writes, from the English frontmatter. */
export function lessonWrites(folder) {
  const text = readFileSync(join(lessonsDir, folder, "lesson.en.md"), "utf8");
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  const meta = match ? parseYaml(match[1]) : {};
  return Array.isArray(meta?.writes) ? meta.writes : [];
}

export function readLessonFile(folder, file) {
  return readFileSync(join(lessonsDir, folder, file), "utf8");
}

export function mistakeFiles(folder) {
  const dir = join(lessonsDir, folder, "mistakes");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".py")).sort() : [];
}

/** The message a mistake file declares it must fail with: a `# expect: ...` line. */
export function expectedMessage(source) {
  const match = /^#\s*expect:\s*(.+)$/m.exec(source);
  return match ? match[1].trim() : null;
}

export async function startCourseRuntime() {
  const pyodide = await loadPyodide();
  pyodide.FS.mkdirTree(`${WORK_DIR}/data`);
  const csv = join(lessonsDir, "data", "ames.csv");
  if (existsSync(csv)) pyodide.FS.writeFile(`${WORK_DIR}/data/ames.csv`, readFileSync(csv));
  pyodide.FS.mkdirTree("/course");
  for (const name of ["harness.py", "display.py", "checking.py"]) {
    pyodide.FS.writeFile(`/course/${name}`, readFileSync(join(root, "src", "runtime", name), "utf8"));
  }
  pyodide.runPython(`import os, sys; sys.path.insert(0, "/course"); os.chdir("${WORK_DIR}"); import harness`);
  const harness = pyodide.globals.get("harness");

  return {
    pyodide,
    /** Runs `code` against the lesson's check.py; returns {stdout, error, results, ms}. */
    check(folder, code) {
      const started = performance.now();
      const proxy = harness.check(code, readLessonFile(folder, "check.py"), pyodide.toPy(lessonWrites(folder)));
      const result = proxy.toJs({ dict_converter: Object.fromEntries });
      proxy.destroy();
      return { ...result, error: result.error ?? null, ms: performance.now() - started };
    },
  };
}
