// The runtime's messages in both languages (messages.py), chosen by the job's language, and what
// check.py gets from checking.py: say() from the lesson's catalog, titles, a second run of the
// learner's program on the check's own files.
import type { PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { placeholderNames } from "../../course/catalog";
import { WORK_DIR } from "../pythonHost";
import { loadCoursePyodide } from "./coursePyodide";

let py: PyodideInterface;

beforeAll(async () => {
  py = await loadCoursePyodide();
  py.runPython("import harness, messages");
}, 120_000);

interface Result {
  name: string;
  title: string;
  passed: boolean;
  message: string;
}

function toJs<T>(proxy: { toJs: (o: object) => unknown; destroy: () => void }): T {
  const value = proxy.toJs({ dict_converter: Object.fromEntries }) as T;
  proxy.destroy();
  return value;
}

function run(code: string, language: string) {
  py.globals.set("code", code);
  py.globals.set("language", language);
  return toJs<{ error: { message: string } | null; displays: string[] }>(py.runPython("harness.run(code, (), language)"));
}

function check(code: string, checkCode: string, language: string, catalog: object | null = null) {
  py.globals.set("code", code);
  py.globals.set("check_code", checkCode);
  py.globals.set("language", language);
  py.globals.set("catalog", catalog ? py.toPy(catalog) : null);
  return toJs<{ stdout: string; results: Result[] }>(py.runPython("harness.check(code, check_code, (), language, catalog)"));
}

describe("the runtime's message catalog", () => {
  it("has the same ids and placeholders in English and Japanese", () => {
    const all = toJs<Record<string, Record<string, string>>>(py.runPython("messages.MESSAGES"));
    expect(Object.keys(all).sort()).toEqual(["en", "ja"]);
    expect(Object.keys(all.ja!).sort()).toEqual(Object.keys(all.en!).sort());
    for (const [id, text] of Object.entries(all.en!)) {
      expect(placeholderNames(all.ja![id]!), id).toEqual(placeholderNames(text));
      expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(all.ja![id]!), `${id} is not translated`).toBe(true);
    }
  });

  it("speaks the job's language in the harness", () => {
    expect(run("import js", "ja").error?.message).toContain("モジュール 'js' はこのコースでは使えません");
    expect(run("import js", "en").error?.message).toContain("sandbox without access to the browser page");
    const [missing, stopped] = check("x = 1\n", "def test_a(learner):\n    learner.f()\n\ndef test_b(learner):\n    1 / 0\n", "ja").results;
    expect(missing!.message).toBe(py.runPython("messages.MESSAGES['ja']['does_not_define']").replace("{name}", "f"));
    expect(stopped!.message).toContain("`ZeroDivisionError: division by zero` で止まりました");
    expect(check("raise ValueError('x')\n", "def test_a(learner):\n    pass\n", "ja").results[0]!.title).toBe("コードがエラーなく実行できる");
  });

  it("speaks the job's language in display() and sys.exit()", () => {
    const { displays } = run("display({'mark': 'bar', 'data': {'url': 'x.csv'}})\nfor i in range(60):\n    display(i)\n", "ja");
    const texts = displays.map((d) => (JSON.parse(d) as { text?: string }).text);
    expect(texts[0]).toContain("URL からデータを読み込もう");
    expect(texts.at(-1)).toBe("表示するのは最初の 50 件の display() だけです。");
    py.runPython("import io, contextlib\n_err = io.StringIO()");
    py.globals.set("code", "import sys\nsys.exit(3)\n");
    py.runPython("with contextlib.redirect_stderr(_err):\n    harness.run(code, (), 'ja')");
    expect(py.runPython("_err.getvalue()")).toBe("あなたのコードが sys.exit(3) を呼び出しました。\n");
  });
});

describe("check.py's tools from checking.py", () => {
  const catalog = { titles: { test_n: "n が 2 である" }, messages: { wrong: "n は {n:,} ですが、正しくは {want} です。" } };

  it("says the catalog's message with its placeholders filled, under the catalog's title", () => {
    const checkCode = 'from checking import say\n\ndef test_n(learner):\n    """English title"""\n    assert learner.n == 2, say("wrong", n=learner.n, want=2)\n';
    const [result] = check("n = 1000\n", checkCode, "ja", catalog).results;
    expect(result).toMatchObject({ title: "n が 2 である", passed: false, message: "n は 1,000 ですが、正しくは 2 です。" });
    // Without a catalog (a check written before catalogs): the docstring, and the id named.
    const [bare] = check("n = 1\n", checkCode, "en").results;
    expect(bare).toMatchObject({ title: "English title", message: "(The feedback `wrong` is missing from this lesson's catalog.)" });
  });

  it("runs the learner's program again on the check's own files, then puts every file back", () => {
    py.FS.writeFile(`${WORK_DIR}/data.txt`, "real");
    const code = "def read():\n    return open('data.txt').read()\nopen('out.txt', 'w').write(read())\n";
    const checkCode =
      "from checking import run_learner_with\n\ndef test_own(learner):\n" +
      "    with run_learner_with({'data.txt': 'mine'}) as (module, error):\n" +
      "        assert error is None and module.read() == 'mine' and open('out.txt').read() == 'mine'\n" +
      "    assert learner.read() == 'real' and open('out.txt').read() == 'real'\n";
    py.globals.set("code", code);
    py.globals.set("check_code", checkCode);
    const { results } = toJs<{ results: Result[] }>(py.runPython('harness.check(code, check_code, ["out.txt"])'));
    expect(results).toMatchObject([{ passed: true }]);
    expect(py.FS.readFile(`${WORK_DIR}/data.txt`, { encoding: "utf8" })).toBe("real");
    expect(py.FS.readFile(`${WORK_DIR}/out.txt`, { encoding: "utf8" })).toBe("real");
  });
});
