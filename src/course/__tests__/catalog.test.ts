// The check catalogs (checks.LANG.yaml) as the loader validates them against each other and check.py.
import { describe, expect, it } from "vitest";
import { placeholderNames } from "../catalog";
import { loadCourse } from "../loader";
import { goodLesson, problemsOf } from "./fixtures";


const edit = (file: string, from: string | RegExp, to: string) => {
  const files = goodLesson();
  const key = `01-sample/${file}`;
  const next = files[key]!.replace(from, to);
  expect(next, `the fixture ${file} has no ${from}`).not.toBe(files[key]);
  files[key] = next;
  return files;
};

describe("placeholderNames", () => {
  it("reads Python's str.format syntax: names, conversions, format specs and escaped braces", () => {
    expect(placeholderNames("{count:,} of {total!r} {{not}} {count}")).toEqual(["count", "total"]);
    expect(() => placeholderNames("{0} and {}")).toThrow(/must be a name/);
    expect(() => placeholderNames("a } b")).toThrow(/single \}/);
    expect(() => placeholderNames("a {open")).toThrow(/not closed/);
  });
});

describe("check catalogs", () => {
  it("are part of the compiled lesson, per language, with Japanese folded lines joined", () => {
    const [lesson] = loadCourse(goodLesson()).lessons;
    expect(lesson!.checks.en).toEqual({ titles: { test_x: "x is 1" }, messages: { x_wrong: "x is {x!r}, it should be 1." } });
    expect(lesson!.checks.ja.messages.x_wrong).toBe("x が {x!r} です。1 にしてください。");
  });

  it("must exist in both languages", () => {
    const files = goodLesson();
    delete files["01-sample/checks.ja.yaml"];
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^lessons\/01-sample\/checks\.ja\.yaml: \(file\): is missing/));
  });

  it("have the same message ids and titles in both languages", () => {
    const problems = problemsOf(edit("checks.ja.yaml", "x_wrong:", "x_mistake:"));
    expect(problems).toContain("lessons/01-sample/checks.ja.yaml: messages.x_wrong: is missing (the English file has it)");
    expect(problems).toContain("lessons/01-sample/checks.ja.yaml: messages.x_mistake: is not in the English file");
  });

  it("have the same placeholders in both languages", () => {
    expect(problemsOf(edit("checks.ja.yaml", "{x!r}", "{value}"))).toContain(
      "lessons/01-sample/checks.ja.yaml: messages.x_wrong: has the placeholders {value} but the English text has {x}",
    );
  });

  it("refuse a broken placeholder, naming file and field", () => {
    expect(problemsOf(edit("checks.en.yaml", "{x!r}", "{x!r"))).toContainEqual(
      expect.stringMatching(/^lessons\/01-sample\/checks\.en\.yaml: messages\.x_wrong: a \{ opens a placeholder/),
    );
  });

  it("give every test_* function of check.py a title, and no title to anything else", () => {
    const problems = problemsOf(edit("check.py", "def test_x", "def test_y"));
    expect(problems).toContain("lessons/01-sample/checks.en.yaml: titles.test_y: is missing: every test_* function of check.py needs a title");
    expect(problems).toContain("lessons/01-sample/checks.en.yaml: titles.test_x: names no test_* function of check.py");
  });

  it("hold every message id check.py says, and only those", () => {
    const problems = problemsOf(edit("check.py", 'say("x_wrong"', 'say("x_is_wrong"'));
    expect(problems).toContain('lessons/01-sample/check.py: say("x_is_wrong"): the message id "x_is_wrong" is not in checks.en.yaml');
    expect(problems).toContain("lessons/01-sample/checks.en.yaml: messages.x_wrong: is not used by check.py");
  });

  it("need the message id as a literal string in check.py", () => {
    expect(problemsOf(edit("check.py", 'say("x_wrong", x=learner.x)', "say(ID, x=learner.x)"))).toContainEqual(
      expect.stringMatching(/check\.py: say\(\): give the message id as a literal string/),
    );
  });

  it("refuse a field the format does not have", () => {
    expect(problemsOf(edit("checks.en.yaml", "messages:", "notes: hi\nmessages:"))).toContainEqual(
      expect.stringMatching(/checks\.en\.yaml: \(file\): Unrecognized key/),
    );
  });
});
