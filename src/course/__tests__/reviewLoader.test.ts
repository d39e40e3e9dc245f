import { describe, expect, it } from "vitest";
import { loadCourse } from "../loader";
import { problemsOf, reviewedLesson } from "./fixtures";

const F = "01-sample";
const edit = (name: string, change: (text: string) => string) => {
  const files = reviewedLesson(F);
  files[`${F}/${name}`] = change(files[`${F}/${name}`]!);
  return files;
};

describe("review exercise files", () => {
  it("reads a valid review in both languages, with review.py per language", () => {
    const lesson = loadCourse(reviewedLesson(F)).lessons[0]!;
    expect(lesson.review?.text.ja.name).toBe("マヤ");
    expect(lesson.review?.text.en.questions.map((q) => q.kind)).toEqual(["number", "choice", "findings", "next-request"]);
    expect(lesson.review?.python.ja).toContain('heading("エックス")');
    expect(lesson.review?.python.en).toContain('heading("x")');
  });

  it("requires all three files once one exists", () => {
    const files = reviewedLesson(F);
    delete files[`${F}/review.ja.yaml`];
    expect(problemsOf(files)).toEqual([expect.stringContaining(`lessons/${F}/review.ja.yaml: (file): is missing`)]);
  });

  it("names file and field of a wrong kind, a missing field and too few questions", () => {
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("kind: choice", "kind: poll")))).toEqual([
      expect.stringMatching(new RegExp(`^lessons/${F}/review.en.yaml: questions.1.kind: `)),
    ]);
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("    wrong: Read x off the file.\n", "")))).toEqual([
      expect.stringContaining(`lessons/${F}/review.en.yaml: questions.0.wrong:`),
    ]);
    const three = edit("review.en.yaml", (t) => t.slice(0, t.indexOf("  - id: next")));
    expect(problemsOf(three)).toContain(`lessons/${F}/review.en.yaml: questions: needs 4 to 6 questions`);
  });

  it("refuses a program that is neither the solution nor a mistake, and shown files the lesson does not write", () => {
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("program: solution.py", "program: ../x.py")))).toEqual([
      expect.stringContaining(`review.en.yaml: program: must be solution.py or mistakes/NAME.py`),
    ]);
    const files = edit("review.en.yaml", (t) => t.replace("shows: [out.json]", "shows: [other.json]"));
    files[`${F}/review.ja.yaml`] = files[`${F}/review.en.yaml`]!;
    const problems = problemsOf(files);
    expect(problems).toContain(`lessons/${F}/review.en.yaml: shows.0: "other.json" is not one of the files the lesson writes (out.json)`);
    expect(problems).toContain(`lessons/${F}/review.ja.yaml: shows.0: "other.json" is not one of the files the lesson writes (out.json)`);
  });

  it("refuses duplicate option ids, a next-request option without role and a broken placeholder", () => {
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("id: negative", "id: too-big")))).toEqual([
      expect.stringContaining("questions.2.options: option ids must be unique"),
    ]);
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("role: data-scientist, ", "")))).toEqual([
      expect.stringContaining("questions.3.options.0.role"),
    ]);
    expect(problemsOf(edit("review.en.yaml", (t) => t.replace("explanation: x is {x}.", "explanation: x is {x.")))).toEqual([
      expect.stringContaining("review.en.yaml: questions.0.explanation: a { opens a placeholder"),
    ]);
  });

  it("requires both languages to have the same questions, kinds and options", () => {
    const files = edit("review.ja.yaml", (t) => t.replace("id: missing", "id: absent"));
    expect(problemsOf(files)).toEqual([expect.stringContaining(`lessons/${F}/review.ja.yaml: (structure): differs from the English file`)]);
  });

  it("requires review.py to define answers, facts and view, and its ja markers to be well placed", () => {
    expect(problemsOf(edit("review.py", (t) => t.replace("def facts(files):", "def figures_of(files):")))).toEqual([
      `lessons/${F}/review.py: (file): must define facts(files)`,
    ]);
    expect(problemsOf(edit("review.py", (t) => `# ja: nothing to translate\n${t}`)).some((p) => p.startsWith(`lessons/${F}/review.py: line 1:`))).toBe(true);
  });
});
