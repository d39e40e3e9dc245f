// One program, two languages: each lesson's English and Japanese programs have the same syntax
// tree apart from text; the Japanese one has no English left for a learner to read; check.py's
// say() calls fill exactly the placeholders of their messages. Python's own parser, in Pyodide.
import { readFileSync } from "node:fs";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { extraPrograms, lesson, lessonFolders, program } from "../../../scripts/lib/course-runtime.mjs";

let py: PyodideInterface;

beforeAll(async () => {
  py = await loadPyodide();
  py.runPython(readFileSync(new URL("./programs.py", import.meta.url), "utf8"));
}, 120_000);

function call<T>(name: string, ...args: unknown[]): T {
  const fn = py.globals.get(name);
  const converted = args.map((arg) => (typeof arg === "object" ? py.toPy(arg) : arg));
  const result = fn(...converted);
  const value = (result?.toJs ? result.toJs({ dict_converter: Object.fromEntries }) : result) as T;
  for (const made of [fn, result, ...converted]) made?.destroy?.();
  return value ?? (null as T);
}

describe("the checks on programs", () => {
  it("tell a translation from a change of logic", () => {
    const en = 'x = 1\nprint(f"Sales: {x:,} of {x + 1}")\n';
    expect(call("same_logic", en, 'x = 1\nprint(f"{x + 1} 件中 {x:,} 件")\n')).toBeNull();
    expect(call("same_logic", en, 'x = 2\nprint(f"売買：{x:,} / {x + 1}")\n')).toMatch(/line 1/);
    expect(call("same_logic", en, 'x = 1\nprint(f"売買：{x}")\n')).toMatch(/line 2/);
  });

  it("find English left in a Japanese program", () => {
    const ja = '# 合計を数える\ndef f():\n    """Return the total."""\n    # count the rows\n    print("total sales", len([]))\n';
    expect(call<string[]>("untranslated", ja)).toEqual([
      "line 4: comment '# count the rows'",
      "line 3: text 'Return the total.'",
      "line 5: text 'total sales'",
    ]);
    expect(call<string[]>("untranslated", 'print(f"売買：{n} 件、sha256: {h}")  # noqa: E501\n')).toEqual([]);
  });

  it("find a say() call whose keywords differ from its message's placeholders", () => {
    const catalogs = { en: { messages: { a: "{x} and {y:,}" } }, ja: { messages: { a: "{x} と {y:,}" } } };
    expect(call<string[]>("say_problems", 'say("a", x=1, y=2)\n', catalogs)).toEqual([]);
    expect(call<string[]>("say_problems", 'say("a", x=1)\n', catalogs)).toHaveLength(2);
    expect(call<string[]>("say_problems", "say(name)\n", catalogs)[0]).toMatch(/only positional argument/);
    expect(call<string[]>("say_problems", 'assert x, "English"\nassert y\nraise AssertionError(f"{x}")\n', catalogs)).toHaveLength(3);
  });
});

describe.each(lessonFolders())("programs of %s", (folder) => {
  const files = ["starter.py", "solution.py", ...extraPrograms(folder, "alternatives").map((f: string) => `alternatives/${f}`), ...extraPrograms(folder, "mistakes").map((f: string) => `mistakes/${f}`)];

  it.each(files)("%s is one logic in both languages", (file) => {
    expect(call("same_logic", program(folder, file, "en"), program(folder, file, "ja"))).toBeNull();
  });

  it.each(["starter.py", "solution.py"])("%s shows a Japanese learner no English", (file) => {
    expect(call<string[]>("untranslated", program(folder, file, "ja"))).toEqual([]);
  });

  it("check.py gives all its feedback through say(), filling each message's placeholders", () => {
    const { check, checks } = lesson(folder);
    expect(call<string[]>("say_problems", check, checks)).toEqual([]);
  });
});
