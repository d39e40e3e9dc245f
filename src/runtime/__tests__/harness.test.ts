// harness.py and display.py in Node's Pyodide: what the learner sees for each kind of code.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";

let py: PyodideInterface;

beforeAll(async () => {
  py = await loadPyodide();
  py.FS.mkdirTree("/course");
  for (const name of ["harness.py", "display.py", "checking.py", "messages.py"]) {
    py.FS.writeFile(`/course/${name}`, readFileSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), "utf8"));
  }
  py.runPython('import sys; sys.path.insert(0, "/course"); import harness, display');
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
    const proxy = py.runPython("harness.check(code, check_code)");
    const result = proxy.toJs({ dict_converter: Object.fromEntries }) as { stdout: string; results: { passed: boolean }[] };
    proxy.destroy();
    py.runPython("import importlib, display; importlib.reload(display)");
    expect(result.results.map((r) => r.passed)).toEqual([true]);
    expect(result.stdout).toBe("");
  });
});

describe("a Check right after a Run", () => {
  // The learner's program appends to runs.txt each time it executes, and writes out.txt.
  const program = (tag: string) =>
    `open("runs.txt", "a").write("${tag}\\n")\nopen("out.txt", "w").write("made")\nanswer = 42\n`;
  const CHECK = 'def test_answer(learner):\n    assert learner.answer == 42\n    learner.answer = 0\n';

  function check(code: string) {
    py.globals.set("code", code);
    py.globals.set("check_code", CHECK);
    const proxy = py.runPython('harness.check(code, check_code, ["out.txt"])');
    const result = proxy.toJs({ dict_converter: Object.fromEntries }) as { results: { passed: boolean }[] };
    proxy.destroy();
    return result.results.every((r) => r.passed);
  }
  const runs = () => (py.FS.analyzePath("runs.txt").exists ? py.FS.readFile("runs.txt", { encoding: "utf8" }) : "");
  const runWithOutputs = (code: string) => {
    py.globals.set("code", code);
    return py.runPython('harness.run(code, ["out.txt"])').toJs({ dict_converter: Object.fromEntries }) as RunResult;
  };

  beforeAll(() => py.runPython("import os\nfor f in ('runs.txt', 'out.txt'):\n    os.path.exists(f) and os.remove(f)"));

  it("tests the run's module once instead of running the program again", () => {
    runWithOutputs(program("a"));
    expect(check(program("a"))).toBe(true);
    expect(runs()).toBe("a\n");
    // The first check changed answer; the next check runs the program afresh and still passes.
    expect(check(program("a"))).toBe(true);
    expect(runs()).toBe("a\na\n");
  });

  it("runs the program again when the code changed, the inputs changed or the run failed", () => {
    runWithOutputs(program("b"));
    check(program("c"));
    expect(runs().endsWith("b\nc\n")).toBe(true);

    runWithOutputs(program("d"));
    py.runPython("harness.inputs_changed()");
    check(program("d"));
    expect(runs().endsWith("d\nd\n")).toBe(true);

    runWithOutputs(`${program("e")}raise ValueError("late")\n`);
    check(`${program("e")}raise ValueError("late")\n`);
    expect(runs().endsWith("e\ne\n")).toBe(true);
  });

  it("runs the program again for another lesson's check, whose outputs the run did not clear", () => {
    py.globals.set("code", program("f"));
    py.runPython('harness.run(code, ["other.txt"])');
    check(program("f"));
    expect(runs().endsWith("f\nf\n")).toBe(true);
  });

  it("starts a run without the lesson's output files, as a check does", () => {
    py.FS.writeFile("out.txt", "stale");
    runWithOutputs("import os\nopen('seen.txt', 'w').write(str(os.path.exists('out.txt')))\n");
    expect(py.FS.readFile("seen.txt", { encoding: "utf8" })).toBe("False");
  });
});
