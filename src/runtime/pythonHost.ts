// The one definition of how an interpreter becomes the course's Python: which modules are
// mounted, where the learner's folder is, what a snapshot may keep. The browser worker, the
// build-time snapshot and the Node course runtime all start Python through these functions.
import type { PyodideInterface } from "pyodide";

export const WORK_DIR = "/home/learner";
const COURSE_DIR = "/course";
/** Where lessons find the dataset, relative to the learner's folder. */
export const DATASET_PATH = "data/ames.csv";

/** The course's own Python modules (src/runtime/*.py), imported at boot. */
export const COURSE_MODULES = ["harness.py", "display.py", "checking.py", "messages.py"] as const;
export type CourseModules = Record<(typeof COURSE_MODULES)[number], string>;

/**
 * The environment a plain start in the browser has (Emscripten's defaults and Pyodide's own).
 * A snapshot made anywhere else (the build runs in Node) is given exactly this one, so nothing
 * of the build machine (paths, `_`) reaches a learner; LANG follows the learner's browser, as
 * Emscripten sets it, once restored.
 */
export const BROWSER_ENVIRONMENT: Readonly<Record<string, string>> = {
  USER: "web_user",
  LOGNAME: "web_user",
  PATH: "/",
  PWD: "/",
  HOME: "/home/pyodide",
  LANG: "C.UTF-8",
  _: "./this.program",
  PYTHONINSPECT: "1",
  LD_LIBRARY_PATH: "/usr/lib:/lib/python3.14/site-packages",
};

/** LANG as Emscripten derives it from the browser's language ("ja-JP" -> "ja_JP.UTF-8"). */
export const langFor = (language: string | undefined) => `${(language || "C").replace("-", "_")}.UTF-8`;

/**
 * Mounts the course's modules, imports them and boots the harness (preloaded standard library,
 * working folder). The sources are removed from the file system once imported: learner code
 * has no reason to read the harness, and a snapshot does not keep files anyway.
 */
export function bootCourse(py: PyodideInterface, modules: CourseModules) {
  py.FS.mkdirTree(COURSE_DIR);
  for (const name of COURSE_MODULES) py.FS.writeFile(`${COURSE_DIR}/${name}`, modules[name]);
  py.runPython(`import sys\nif ${JSON.stringify(COURSE_DIR)} not in sys.path: sys.path.append(${JSON.stringify(COURSE_DIR)})\nimport harness, display, checking\nharness.boot(${JSON.stringify(WORK_DIR)})`);
  for (const name of COURSE_MODULES) py.FS.unlink(`${COURSE_DIR}/${name}`);
}

/**
 * Before a snapshot is taken outside the browser: the browser's environment, nothing else; and
 * without the "" that Pyodide puts first on sys.path at every start, restored ones included.
 */
export function prepareSnapshot(py: PyodideInterface) {
  py.globals.set("_course_env", py.toPy(BROWSER_ENVIRONMENT));
  py.runPython("import os, sys\nos.environ.clear()\nos.environ.update(_course_env)\ndel _course_env\nsys.path.remove('')");
}

/** What Pyodide names the program in a browser; given to the build's interpreter too. */
export const SYS_EXECUTABLE = "./this.program";

/** In an interpreter restored from a snapshot: its own random state, the browser's LANG, the
 * learner's folder. */
export function afterRestore(py: PyodideInterface, lang: string) {
  py.runPython(
    `import os, harness\nharness.after_restore()\nos.environ["LANG"] = ${JSON.stringify(lang)}\nos.makedirs(${JSON.stringify(WORK_DIR)}, exist_ok=True)\nos.chdir(${JSON.stringify(WORK_DIR)})`,
  );
}

/** Files live outside the interpreter's memory, so every interpreter gets the dataset again. */
export function mountDataset(py: PyodideInterface, dataset: Uint8Array) {
  const path = `${WORK_DIR}/${DATASET_PATH}`;
  py.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
  py.FS.writeFile(path, dataset);
}
