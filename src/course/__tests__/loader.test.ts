import { describe, expect, it } from "vitest";
import { loadCourse } from "../loader";
import { goodLesson, problemsOf } from "./fixtures";

describe("loadCourse", () => {
  it("reads a valid lesson folder, with order and slug from the folder name", () => {
    const course = loadCourse({ ...goodLesson("02-sample-two"), ...goodLesson("01-sample") });
    expect(course.lessons.map((l) => [l.order, l.slug])).toEqual([
      [1, "sample"],
      [2, "sample-two"],
    ]);
    const lesson = course.lessons[0]!;
    expect(lesson.writes).toEqual(["out.json"]);
    expect(lesson.text.ja.title).toBe("サンプル");
    expect(lesson.text.en.sections.how).toContain("| a | b |");
    expect(lesson.text.en.hints).toEqual(["One", "Two", "Three"]);
    expect(lesson.text.en.communication.examples[0]!.kind).toBe("share");
  });

  it("names the file and the field of a frontmatter error", () => {
    const files = goodLesson();
    files["01-sample/lesson.ja.md"] = files["01-sample/lesson.ja.md"]!.replace("minutes: 10", "minutes: ten");
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^lessons\/01-sample\/lesson\.ja\.md: minutes: /));
  });

  it("rejects an unknown role in the communication file", () => {
    const files = goodLesson();
    files["01-sample/communication.en.yaml"] = files["01-sample/communication.en.yaml"]!.replace("role: product-manager", "role: boss");
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/communication\.en\.yaml: examples\.0\.role: /));
  });

  it("reports broken YAML with the file name", () => {
    const files = goodLesson();
    files["01-sample/communication.ja.yaml"] = "situation: [unclosed\n";
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^lessons\/01-sample\/communication\.ja\.yaml: \(yaml\): /));
  });

  it("requires the What / Why / How sections in order", () => {
    const files = goodLesson();
    files["01-sample/lesson.en.md"] = files["01-sample/lesson.en.md"]!.replace("## Why", "## Because");
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/lesson\.en\.md: sections: expected .*found ## What, ## Because, ## How/));
  });

  it("requires a file that is missing, and three hints", () => {
    const files = goodLesson();
    delete files["01-sample/check.py"];
    files["01-sample/hints.en.md"] = "Only one";
    const problems = problemsOf(files);
    expect(problems).toContainEqual("lessons/01-sample/check.py: (file): is missing");
    expect(problems).toContainEqual(expect.stringMatching(/hints\.en\.md: \(file\): needs at least three hints/));
  });

  it("rejects a badly named folder and a solution equal to the starter", () => {
    const files = { ...goodLesson("1-bad"), ...goodLesson("02-same") };
    files["02-same/solution.py"] = files["02-same/starter.py"]!;
    const problems = problemsOf(files);
    expect(problems).toContainEqual(expect.stringMatching(/^lessons\/1-bad: \(folder name\): must be NN-slug/));
    expect(problems).toContainEqual("lessons/02-same/solution.py: (file): is identical to starter.py");
  });

  it("requires both languages to agree on structure", () => {
    const files = goodLesson();
    files["01-sample/hints.ja.md"] = "一\n---\n二\n---\n三\n---\n四\n";
    files["01-sample/lesson.ja.md"] = files["01-sample/lesson.ja.md"]!.replace("minutes: 10", "minutes: 12");
    const problems = problemsOf(files);
    expect(problems).toContainEqual(expect.stringMatching(/hints\.ja\.md: hints \(count\): differs/));
    expect(problems).toContainEqual(expect.stringMatching(/lesson\.ja\.md: minutes: differs/));
  });

  it("rejects a check file without test functions", () => {
    const files = goodLesson();
    files["01-sample/check.py"] = "x = 1\n";
    expect(problemsOf(files)).toContain("lessons/01-sample/check.py: (file): defines no test_* function");
  });
});
