import i18n from "i18next";
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../../course/loader";
import { goodLesson } from "../../../course/__tests__/fixtures";
import "../../../i18n";
import { PROGRESS_VERSION, type Progress } from "../../../progress/schema";
import { fenced, portfolioMarkdown } from "../portfolio";
import { projectSummary } from "../../summary/projectSummary";
import { summarize } from "../../../../scripts/lib/compile-course";

const course = { lessons: loadCourse({ ...goodLesson("01-sample"), ...goodLesson("02-other") }).lessons.map((lesson) => summarize(lesson)) };
// The app loads only the language it shows; these tests write in both.
await i18n.loadLanguages("ja");
const t = i18n.getFixedT("en");
const progress: Progress = {
  version: PROGRESS_VERSION,
  learner: "Team Kestrel",
  lessons: {
    other: { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: "2026-11-22T10:00:00.000Z", code: "y = 2" },
    sample: {
      code: 'x = 1\nprint("```")\n',
      checks: {
        at: "2026-11-22T10:00:00.000Z",
        passed: false,
        results: [
          { name: "a", title: "x is 1", passed: true, message: "" },
          { name: "b", title: "y is 2", passed: false, message: "y is 3\nlook again" },
        ],
      },
      drafts: [
        { id: "1", role: "product-manager", kind: "share", request: "<script>alert(1)</script> [x](http://evil.example)", unblocks: "The goal" },
        { id: "2", role: "", kind: "", request: "   ", unblocks: "" },
      ],
      hintsShown: 0,
      solutionShown: false,
      examplesShown: false,
      updatedAt: "2026-11-22T10:00:00.000Z",
    },
  },
};

describe("portfolioMarkdown", () => {
  const markdown = portfolioMarkdown(course, progress, "en", t, new Date("2026-11-22T12:00:00Z"));

  it("lists the lessons in course order with their titles in the chosen language", () => {
    expect(markdown.indexOf("## 01 · Sample")).toBeGreaterThan(-1);
    expect(markdown.indexOf("## 01 · Sample")).toBeLessThan(markdown.indexOf("## 02 · Sample"));
    expect(portfolioMarkdown(course, progress, "ja", i18n.getFixedT("ja"))).toContain("## 01 · サンプル");
    expect(markdown).toContain("By: Team Kestrel");
  });

  it("puts the code in a python fence the code cannot close", () => {
    expect(markdown).toContain('````python\nx = 1\nprint("```")\n````');
  });

  it("gives each check's result, with the message of a failed one", () => {
    expect(markdown).toContain("1 of 2 checks passed");
    expect(markdown).toContain("- ✓ Passed: x is 1");
    expect(markdown).toContain("- ✗ Failed: y is 2\n\n  ```text\n  y is 3\n  look again\n  ```");
  });

  it("writes dates as a reader does, not as ISO timestamps", () => {
    expect(markdown).toContain("Exported on November 22, 2026.");
    // The time of day follows the machine's time zone; the words around it follow ICU's version.
    expect(markdown).toMatch(/1 of 2 checks passed \(November 2\d, 2026.{1,6}\d{1,2}:\d{2}\s?[AP]M\)/);
    expect(markdown).not.toContain("2026-11-22T");
  });

  it("opens with the project's summary, marking parts made from reference files", () => {
    const summary = projectSummary(
      {
        "business_goal.json": { content: JSON.stringify({ problem: "Price faster.", monthly_value: 12000 }), source: "learner" },
        "test_report.json": { content: JSON.stringify({ decision: "go" }), source: "reference" },
      },
      "en",
    );
    const withSummary = portfolioMarkdown(course, progress, "en", t, new Date("2026-11-22T12:00:00Z"), summary);
    expect(withSummary).toContain("## Summary of the project\n\n### Business goal\n\n- Problem: Price faster.\n- Monthly value: 12,000 USD");
    expect(withSummary).toContain("### Test report and decision (reference files from the course)\n\n- Decision: go");
    expect(withSummary.indexOf("## Summary of the project")).toBeLessThan(withSummary.indexOf("## 01 · Sample"));
    expect(withSummary).not.toContain("Analysis findings");
  });

  it("keeps the learner's request exactly as typed and leaves out empty drafts", () => {
    expect(markdown).toContain("#### Request 1: Product Manager · Share information\n\n<script>alert(1)</script> [x](http://evil.example)\n\nWhat it unblocks: The goal");
    expect(markdown).not.toContain("Request 2");
  });
});

describe("portfolioMarkdown per track", () => {
  const reviewed = {
    lessons: course.lessons.map((lesson) =>
      lesson.slug === "sample" ? { ...lesson, review: { reviewer: "product-manager" as const, questions: [{ id: "q1", version: "v1" }, { id: "q2", version: "v2" }, { id: "q3", version: "v1" }] } } : lesson,
    ),
  };
  const at = "2026-11-22T10:00:00.000Z";
  const sample = progress.lessons.sample!;
  const withAnswers: Progress = {
    ...progress,
    track: { value: "review", at },
    lessons: {
      ...progress.lessons,
      sample: {
        ...sample,
        review: {
          answers: {
            q1: { given: { option: "a" }, correct: true, version: "v1", at },
            q2: { given: { option: "a" }, correct: true, version: "v1", at },
            q3: { given: { value: 3 }, correct: false, version: "v1", at },
          },
        },
      },
    },
  };

  it("says the track chosen, or that none is", () => {
    expect(portfolioMarkdown(reviewed, withAnswers, "en", t)).toContain("Track: “I review and decide”.");
    expect(portfolioMarkdown(reviewed, progress, "en", t)).toContain("Track: not chosen yet");
  });

  it("gives each lesson's status on both tracks, with the right answers counted for the current questions", () => {
    const markdown = portfolioMarkdown(reviewed, withAnswers, "en", t);
    expect(markdown).toContain("## 01 · Sample\n\n### Status\n\n- Code: In progress\n- Review: In progress (Review: 1 of 3 answered right)");
    // A lesson without a review: on the review track its first item is the track chosen.
    expect(markdown).toContain("### Status\n\n- Code: In progress\n- Review: Not started\n\n### Your code\n\n```python\ny = 2");
  });

  it("lists the review answers by question id, right or not, a right answer to a changed question not counted", () => {
    const markdown = portfolioMarkdown(reviewed, withAnswers, "en", t);
    expect(markdown).toContain("### Review answers\n\n- ✓ answered right: `q1`\n- ✗ answered right, but the question has changed since: `q2`\n- ✗ not right yet: `q3`");
    expect(portfolioMarkdown(reviewed, progress, "en", t)).toContain("### Review answers\n\nNo review question answered yet.");
    expect(portfolioMarkdown(reviewed, withAnswers, "ja", i18n.getFixedT("ja"))).toContain("- ✓ 正解: `q1`");
  });
});

describe("fenced", () => {
  it("uses at least three backticks and always more than the text holds", () => {
    expect(fenced("a")).toBe("```\na\n```");
    expect(fenced("``````", "text").startsWith("```````text\n")).toBe(true);
  });
});
