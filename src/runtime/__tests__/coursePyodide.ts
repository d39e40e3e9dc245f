// Node's Pyodide with the course's Python modules, as the worker boots them: one per test file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { bootCourse, COURSE_MODULES, type CourseModules } from "../pythonHost";

export async function loadCoursePyodide(): Promise<PyodideInterface> {
  const py = await loadPyodide();
  const modules = Object.fromEntries(COURSE_MODULES.map((name) => [name, readFileSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), "utf8")]));
  bootCourse(py, modules as CourseModules);
  return py;
}
