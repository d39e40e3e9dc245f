// The memory snapshot learners start from: made at build time in Node, right after the course's
// modules are imported, with the browser's environment and nothing of the build machine; gzipped
// as a plain file so any static host serves it. Kept in node_modules/.cache by its inputs, so a
// rebuild with the same Pyodide and the same Python modules reuses it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";
import { bootCourse, COURSE_MODULES, prepareSnapshot, SYS_EXECUTABLE, type CourseModules } from "../../src/runtime/pythonHost";

/** Bumped when the way a snapshot is made changes, so old cached ones are not reused. */
const RECIPE = 2;

function inputs(root: string) {
  const runtimeDir = join(root, "src", "runtime");
  const pyodideDir = join(root, "node_modules", "pyodide");
  const modules = Object.fromEntries(COURSE_MODULES.map((name) => [name, readFileSync(join(runtimeDir, name), "utf8")])) as CourseModules;
  const hash = createHash("sha256").update(`recipe ${RECIPE}\n`);
  // The snapshot is valid only for this exact build of the interpreter.
  for (const file of ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]) hash.update(readFileSync(join(pyodideDir, file)));
  hash.update(readFileSync(join(runtimeDir, "pythonHost.ts")));
  for (const name of COURSE_MODULES) hash.update(`${name}\n${modules[name]}`);
  return { modules, pyodideDir, key: hash.digest("hex").slice(0, 16) };
}

/** The snapshot's content key (for its file name) and its gzipped bytes. */
export async function courseSnapshot(root: string): Promise<{ key: string; gzipped: Buffer }> {
  const { modules, pyodideDir, key } = inputs(root);
  const cacheDir = join(root, "node_modules", ".cache", "course-python");
  const cached = join(cacheDir, `${key}.snapshot.gz`);
  if (existsSync(cached)) return { key, gzipped: readFileSync(cached) };
  const py = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true, _sysExecutable: SYS_EXECUTABLE });
  bootCourse(py, modules);
  prepareSnapshot(py);
  const gzipped = gzipSync(py.makeMemorySnapshot(), { level: 9 });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, gzipped);
  return { key, gzipped };
}
