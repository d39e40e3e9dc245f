// harness.reference and check_tests(reference=...) in Node's Pyodide: a check's input-derived
// values computed once, apart from learner code, and handed to later checks on the same files.
import type { PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCoursePyodide } from "./coursePyodide";

let py: PyodideInterface;

beforeAll(async () => {
  py = await loadCoursePyodide();
  py.runPython("import harness");
}, 120_000);

describe("a check's reference of input-derived values", () => {
  // A check whose helper counts its calls in a file and reads the input file it depends on; its
  // result is an instance of a class of the check's own, as lesson checks return.
  const checkCode = [
    "from checking import from_inputs",
    "class Figures:",
    "    def __init__(self, total):",
    "        self.total = total",
    "@from_inputs",
    "def figures():",
    "    with open('calls.txt', 'a') as f:",
    "        f.write('x')",
    "    return Figures(sum(int(line) for line in open('numbers.txt')))",
    "@from_inputs",
    "def broken():",
    "    raise ValueError('no such input')",
    "def test_total(learner):",
    "    assert learner.total() == figures().total, f'{learner.total()} != {figures().total}'",
    "def test_broken(learner):",
    "    broken()",
  ].join("\n");
  const program = "def total():\n    return sum(int(line) for line in open('numbers.txt'))\n";

  // keep_all: every helper that can be handed over, however quick it is to compute again.
  function reference(code = checkCode, keepAll = true) {
    py.globals.set("check_code", code);
    return py.runPython(`import checking\nchecking.inputs_changed()\nharness.reference(check_code, keep_all=${keepAll ? "True" : "False"})`);
  }

  function checkWith(reference: unknown, code = program) {
    py.globals.set("code", code);
    py.globals.set("check_code", checkCode);
    py.globals.set("reference", reference);
    py.runPython("import checking\nchecking.inputs_changed()");
    const proxy = py.runPython("harness.check(code, check_code, reference=reference)");
    const result = proxy.toJs({ dict_converter: Object.fromEntries }) as { results: { name: string; passed: boolean; message: string }[] };
    proxy.destroy();
    return result.results;
  }

  const calls = () => (py.FS.analyzePath("calls.txt").exists ? py.FS.readFile("calls.txt", { encoding: "utf8" }).length : 0);

  it("hands the helpers' results to a later check, which then computes none of them again", () => {
    py.FS.writeFile("numbers.txt", "1\n2\n3\n");
    py.FS.writeFile("calls.txt", "");
    const made = reference();
    expect(calls()).toBe(1);
    // What the check sees comes from the reference: the file changed since, the helper did not run.
    py.FS.writeFile("numbers.txt", "10\n");
    const results = checkWith(made);
    expect(calls()).toBe(1);
    expect(results[0]).toMatchObject({ name: "test_total", passed: false, message: "10 != 6" });
    made.destroy();
  });

  it("leaves out a helper that fails, which the check then runs and reports itself", () => {
    py.FS.writeFile("numbers.txt", "4\n");
    const made = reference();
    const held = py.runPython("import pickle\nlambda r: sorted(pickle.loads(r))")(made).toJs();
    expect(held).toEqual(["figures"]);
    const results = checkWith(made);
    expect(results.map((r) => [r.name, r.passed])).toEqual([["test_total", true], ["test_broken", false]]);
    expect(results[1]?.message).toContain("no such input");
    made.destroy();
  });

  it("takes a reference as JavaScript bytes, as the browser worker hands it over", () => {
    py.FS.writeFile("numbers.txt", "5\n6\n");
    py.FS.writeFile("calls.txt", "");
    const made = reference();
    const bytes = made.toJs() as Uint8Array;
    made.destroy();
    expect(checkWith(bytes)[0]).toMatchObject({ passed: true });
    expect(calls()).toBe(1);
  });

  it("keeps, by itself, a helper that takes longer to compute than to read back", () => {
    const timed = [
      "import time",
      "from checking import from_inputs",
      "@from_inputs",
      "def slow():",
      "    end = time.perf_counter() + 0.05",
      "    while time.perf_counter() < end:",
      "        pass",
      "    return 42",
      "@from_inputs",
      "def quick():",
      "    return 'x'",
    ].join("\n");
    const made = reference(timed, false);
    const held = py.runPython("import pickle\nlambda r: sorted(pickle.loads(r))")(made).toJs();
    expect(held).toContain("slow");
    made.destroy();
  });

  it("computes everything itself when the reference cannot be read", () => {
    py.FS.writeFile("numbers.txt", "7\n");
    py.FS.writeFile("calls.txt", "");
    const results = checkWith(new Uint8Array([1, 2, 3]));
    expect(results[0]).toMatchObject({ passed: true });
    expect(calls()).toBe(1);
  });

  it("cannot be forged by a program that replaces pickle.loads before the tests read it", () => {
    py.FS.writeFile("numbers.txt", "8\n");
    const made = reference();
    const forger = "import pickle\npickle.loads = lambda *a, **k: {'figures': None}\ndef total():\n    return -1\n";
    const results = checkWith(made, forger);
    expect(results[0]).toMatchObject({ passed: false, message: "-1 != 8" });
    made.destroy();
    py.runPython("import pickle, harness\npickle.loads = harness._loads");
  });
});
