// The memory snapshot the build ships, restored in Node's Pyodide, behaves like a fresh
// interpreter (e2e/snapshot.spec.ts proves the same in Chromium).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { courseSnapshot } from "../../../scripts/python/snapshot";
import { lesson, lessonFolders, program } from "../../../scripts/lib/course-runtime.mjs";
import { afterRestore, BROWSER_ENVIRONMENT, mountDataset } from "../pythonHost";

const root = fileURLToPath(new URL("../../..", import.meta.url));
let restored: PyodideInterface[] = [];

async function restore(snapshot: Uint8Array) {
  const py = await loadPyodide({ _loadSnapshot: snapshot });
  afterRestore(py, "C.UTF-8");
  mountDataset(py, readFileSync(`${root}/lessons/data/ames.csv`));
  return py;
}

beforeAll(async () => {
  const snapshot = new Uint8Array(gunzipSync((await courseSnapshot(root)).gzipped));
  restored = [await restore(snapshot), await restore(snapshot)];
}, 180_000);

const json = <T>(py: PyodideInterface, code: string): T => JSON.parse(py.runPython(`import json\n${code}`) as string) as T;

describe("the shipped snapshot", () => {
  it("gives every restored interpreter its own random state", () => {
    const [a, b] = restored.map((py) => json<number[]>(py, "import random\njson.dumps([random.random() for _ in range(3)])"));
    expect(a).not.toEqual(b);
  });

  it("holds nothing of the build machine: the browser's environment and program name", () => {
    for (const py of restored) {
      expect(json(py, "import os\njson.dumps(dict(os.environ))")).toEqual({ ...BROWSER_ENVIRONMENT, LANG: "C.UTF-8" });
      expect(json(py, "import sys\njson.dumps([sys.executable, sys.orig_argv])")).toEqual(["/home/pyodide/this.program", ["./this.program"]]);
      expect(json(py, "import os\njson.dumps(os.getcwd())")).toBe("/home/learner");
      expect(py.runPython("import sys; repr(sys.path)")).not.toMatch(/work|node_modules/);
    }
  });

  it("has the course's modules imported and their sources nowhere on the file system", () => {
    const py = restored[0]!;
    expect(json(py, "import sys\njson.dumps([m in sys.modules for m in ('harness', 'display', 'checking', 'csv', 'statistics', 'hashlib')])")).toEqual(Array(6).fill(true));
    expect(json(py, "import os\njson.dumps([os.path.join(d, f) for d, _, fs in os.walk('/') for f in fs if f.endswith('.py')])")).toEqual([]);
  });

  it("imports every standard-library module the lessons use", () => {
    const modules = ["csv", "json", "statistics", "hashlib", "math", "random", "io", "os", "sys", "sqlite3", "datetime", "collections", "functools", "itertools", "operator", "numbers", "time"];
    expect(json(restored[1]!, `import ${modules.join(", ")}\njson.dumps("ok")`)).toBe("ok");
  });

  it("runs every lesson's solution to passing checks, lessons in order in one restored interpreter", () => {
    const py = restored[1]!;
    const harness = py.pyimport("harness");
    for (const folder of lessonFolders()) {
      const { check, checks, writes } = lesson(folder);
      const proxy = harness.check(program(folder, "solution.py", "en"), check, py.toPy(writes), "en", py.toPy(checks.en));
      const { results } = proxy.toJs({ dict_converter: Object.fromEntries }) as { results: { name: string; passed: boolean; message: string }[] };
      proxy.destroy();
      expect(results.filter((r) => !r.passed), folder).toEqual([]);
    }
  });
});
