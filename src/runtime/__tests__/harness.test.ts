// harness.py and display.py in Node's Pyodide: what the learner sees for each kind of code.
import type { PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { WORK_DIR } from "../pythonHost";
import { loadCoursePyodide } from "./coursePyodide";

let py: PyodideInterface;

beforeAll(async () => {
  py = await loadCoursePyodide();
  py.runPython("import harness, display");
}, 120_000);

interface RunResult {
  error: { message: string; line: number | null; type: string } | null;
  displays: string[];
}

function run(code: string): RunResult {
  py.globals.set("code", code);
  return py.runPython("harness.run(code)").toJs({ dict_converter: Object.fromEntries }) as RunResult;
}

function bundles(code: string) {
  const { error, displays } = run(code);
  expect(error).toBeUndefined();
  return displays.map((d) => JSON.parse(d));
}

describe("harness.run", () => {
  it("reports the learner's line and message without internal frames", () => {
    const { error } = run("def f(x):\n    return x / 0\n\nf(1)\n");
    expect(error?.line).toBe(2);
    expect(error?.type).toBe("ZeroDivisionError");
    expect(error?.message).toContain('File "main.py", line 4');
    expect(error?.message).not.toMatch(/harness|_pyodide|exec/);
  });

  it("reports a syntax error at its line", () => {
    const { error } = run("x = 1\nif x\n    print(x)\n");
    expect(error?.type).toBe("SyntaxError");
    expect(error?.line).toBe(2);
  });

  it("turns infinite recursion into a RecursionError on the learner's line", () => {
    const { error } = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    expect(error?.type).toBe("RecursionError");
    expect(error?.line).toBe(2);
    expect(error?.message.length).toBeLessThan(2000);
  });

  it("treats sys.exit() as the end of the script, not an error", () => {
    expect(run("import sys\nsys.exit()\nprint('never')").error).toBeUndefined();
    expect(run("import sys\nsys.exit(0)").error).toBeUndefined();
  });

  it("refuses the browser modules with a clear message", () => {
    for (const code of ["import js", "from js import document", "import pyodide.code", "import pyodide_js"]) {
      const { error } = run(code);
      expect(error?.type).toBe("ImportError");
      expect(error?.message).toContain("sandbox without access to the browser page");
    }
  });

  it("still lets learner code import the standard library", () => {
    expect(run("import csv, json, statistics, hashlib, math, random\nfrom collections import Counter").error).toBeUndefined();
  });
});

describe("display", () => {
  it("shows a list of dicts as a table with every key as a column", () => {
    const [table] = bundles("display([{'a': 1, 'b': 'x'}, {'a': 2, 'c': None}])");
    expect(table).toEqual({ type: "table", columns: ["a", "b", "c"], rows: [[1, "x", null], [2, null, null]], total: 2 });
  });

  it("shows rows with headers as a table", () => {
    const [table] = bundles("display([(1, 2), (3, 4)], headers=['x', 'y'])");
    expect(table).toMatchObject({ columns: ["x", "y"], rows: [[1, 2], [3, 4]] });
  });

  it("shows only the first rows of a big table and says how many there are", () => {
    const [table] = bundles("display([{'i': i} for i in range(100000)])");
    expect(table.rows).toHaveLength(200);
    expect(table.total).toBe(100000);
  });

  it("cuts very long cells", () => {
    const [table] = bundles("display([{'s': 'x' * 10000}])");
    expect(table.rows[0][0].length).toBeLessThanOrEqual(200);
  });

  it("passes a Vega-Lite spec through as a chart", () => {
    const [chart] = bundles(
      "display({'$schema': 'https://vega.github.io/schema/vega-lite/v5.json', 'data': {'values': [{'x': 1}]}, 'mark': 'bar', 'encoding': {'x': {'field': 'x'}}})",
    );
    expect(chart.type).toBe("vega-lite");
    expect(chart.spec.mark).toBe("bar");
  });

  it("refuses a chart that loads its data from a URL, or is too large", () => {
    const [url, big] = bundles(
      "display({'mark': 'bar', 'data': {'url': 'https://example.com/x.csv'}})\n" +
        "display({'mark': 'point', 'data': {'values': [{'x': i, 'y': 'y' * 50} for i in range(30000)]}})",
    );
    expect(url).toMatchObject({ type: "text" });
    expect(url.text).toContain("data.values");
    expect(big.text).toContain("too large to draw");
  });

  it("shows anything else as its text, and stops after 50 displays", () => {
    const shown = bundles("for i in range(80):\n    display({'n': i})");
    expect(shown).toHaveLength(51);
    expect(shown[0]).toEqual({ type: "text", text: "{'n': 0}" });
    expect(shown[50].text).toContain("Only the first 50 displays");
  });

  it("does nothing while checks run: no bundle is made and nothing is printed", () => {
    py.globals.set("code", "import display as d\nmade = []\nd.bundle = lambda *a, **k: made.append(1)\ndisplay({'mark': 'bar', 'data': {'values': [1]}})\ndisplay([1, 2])\n");
    py.globals.set("check_code", "def test_nothing_made(learner):\n    assert learner.made == []\n");
    py.runPython("_bundle = display.bundle");
    const proxy = py.runPython("harness.check(code, check_code)");
    const result = proxy.toJs({ dict_converter: Object.fromEntries }) as { stdout: string; results: { passed: boolean }[] };
    proxy.destroy();
    py.runPython("display.bundle = _bundle");
    expect(result.results.map((r) => r.passed)).toEqual([true]);
    expect(result.stdout).toBe("");
  });
});

describe("boot", () => {
  it("preloads the lessons' standard library, works in the learner's folder and leaves no sources behind", () => {
    expect(py.runPython("import os; os.getcwd()")).toBe(WORK_DIR);
    expect(py.runPython("import sys; all(m in sys.modules for m in ('csv', 'json', 'statistics', 'hashlib', 'math', 'random'))")).toBe(true);
    expect(py.runPython("import os; os.path.exists('/course/harness.py') or os.path.exists('/course/check.py')")).toBe(false);
  });
});

describe("a check in two halves", () => {
  type Checked = { stdout: string; error?: { message: string }; results: { name: string; passed: boolean; message: string }[] };

  function check(code: string, checkCode: string, outputs: string[] = []): Checked {
    py.globals.set("code", code);
    py.globals.set("check_code", checkCode);
    py.globals.set("outputs", py.toPy(outputs));
    const proxy = py.runPython("harness.check(code, check_code, outputs)");
    const result = proxy.toJs({ dict_converter: Object.fromEntries }) as Checked;
    proxy.destroy();
    return result;
  }

  it("runs the learner's program with no check source in any frame, module or file", () => {
    // The token is put together at run time, so the spy's own source does not contain it.
    const spy = [
      "import sys, os",
      "token = 'SECRET_' + 'CHECK_TOKEN'",
      "found = []",
      "frame = sys._getframe()",
      "while frame:",
      "    found += [k for k, v in {**frame.f_globals, **frame.f_locals}.items() if isinstance(v, str) and v is not token and token in v]",
      "    frame = frame.f_back",
      "found += [n for n in sys.modules if n == 'check']",
      "found += [os.path.join(d, f) for d, _, fs in os.walk('/') for f in fs if f == 'check.py']",
      "clean = found == []",
    ].join("\n");
    // As the browser worker calls it, through the functions themselves: the check's source
    // reaches Python only after the program has run.
    const harness = py.pyimport("harness");
    harness.check_program(spy).destroy();
    const proxy = harness.check_tests("# SECRET_CHECK_TOKEN\ndef test_clean(learner):\n    assert learner.clean, learner.found\n");
    const results = proxy.toJs({ dict_converter: Object.fromEntries });
    proxy.destroy();
    harness.destroy();
    expect(results).toEqual([expect.objectContaining({ name: "test_clean", passed: true })]);
  });

  it("gives check.py the builtins as they were at boot, whatever the program reassigned", () => {
    const result = check("import builtins\nbuiltins.abs = lambda x: 0\nbuiltins.round = lambda *a: 0\n", "def test_math(learner):\n    assert abs(-2) == 2 and round(2.6) == 3\n");
    py.runPython("import builtins, harness; builtins.abs = harness._PRISTINE_BUILTINS['abs']; builtins.round = harness._PRISTINE_BUILTINS['round']");
    expect(result.results[0]).toMatchObject({ passed: true });
  });

  it("reports a program that fails as the one failed result, without running the tests", () => {
    const result = check("raise ValueError('broken')\n", "def test_never(learner):\n    raise AssertionError('ran')\n");
    expect(result.results).toEqual([expect.objectContaining({ name: "runs", passed: false })]);
    expect(result.error?.message).toContain("ValueError: broken");
  });

  it("runs the tests only after a program that ran", () => {
    expect(() => py.runPython("harness.check_tests('def test_x(learner): pass')")).toThrow(/check_program/);
  });

  it("removes the lesson's output files first, so a file left by an earlier run cannot pass", () => {
    py.FS.writeFile("out.txt", "stale");
    const result = check("pass\n", "import os\ndef test_written(learner):\n    assert os.path.exists('out.txt'), 'not written'\n", ["out.txt"]);
    expect(result.results[0]).toMatchObject({ passed: false, message: "not written" });
  });

  it("starts a run without the lesson's output files, as a check does", () => {
    py.FS.writeFile("out.txt", "stale");
    py.globals.set("code", "import os\nopen('seen.txt', 'w').write(str(os.path.exists('out.txt')))\n");
    py.runPython('harness.run(code, ["out.txt"])');
    expect(py.FS.readFile("seen.txt", { encoding: "utf8" })).toBe("False");
  });
});
