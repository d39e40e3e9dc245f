// The review exercises as the build makes them (scripts/lib/review-build.ts): the fixture's
// refusals, and for the real course that every right answer is computed and holds.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import { buildReviews } from "../../../scripts/lib/review-build";
import { CourseError, loadCourse } from "../loader";
import type { ReviewAnswer } from "../types";
import { reviewedLesson, reviewPython } from "./fixtures";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const F = "01-sample";

async function problemsOfBuild(change: (files: Record<string, string>) => void): Promise<string[]> {
  const files = reviewedLesson(F);
  change(files);
  try {
    await buildReviews(loadCourse(files), root);
  } catch (error) {
    if (error instanceof CourseError) return error.problems;
    throw error;
  }
  throw new Error("expected the build to refuse the review");
}

describe("building a review", () => {
  it("computes the answers, fills the texts with facts and collects the view", async () => {
    const { reviews, referenceAnswers } = await buildReviews(loadCourse(reviewedLesson(F)), root);
    const review = reviews[F]!;
    expect(review.answers).toEqual({
      "read-x": { kind: "number", value: 3, tolerance: 0.1, typical: { doubled: 6 } },
      fine: { kind: "choice", option: "yes" },
      wrong: { kind: "findings", options: [] },
      next: { kind: "next-request", option: "ship" },
    });
    expect(review.files).toEqual({ "out.json": '{"x": 3}' });
    expect(JSON.stringify(review.text.en.questions[0]!.explanation)).toContain("x is 3.");
    expect(review.text.ja.view).toEqual([
      { type: "heading", text: "エックス" },
      { type: "figures", items: [{ label: "x", value: "3", highlight: true }] },
    ]);
    expect(review.questions.map((q) => q.id)).toEqual(["read-x", "fine", "wrong", "next"]);
    expect(referenceAnswers[F]!["fine"]).toEqual({ option: "yes" });
  }, 60_000);

  it("refuses an answer naming an option the question lacks, and a missing answer", async () => {
    expect(await problemsOfBuild((f) => (f[`${F}/review.py`] = reviewPython.replace('"ship"', '"sail"')))).toEqual([
      `lessons/${F}/review.py: answers()["next"]: must be {"option": one of ship, stop}`,
    ]);
    expect(await problemsOfBuild((f) => (f[`${F}/review.py`] = reviewPython.replace('"fine": {"option": "yes" if x > 0 else "no"},', "")))).toEqual([
      `lessons/${F}/review.py: answers()["fine"]: is missing: answers() must return an answer for every question`,
    ]);
  }, 60_000);

  it("refuses a typical wrong value within the tolerance, and answers that depend on the language", async () => {
    const [problem] = await problemsOfBuild((f) => (f[`${F}/review.py`] = reviewPython.replace('"tolerance": 0.1', '"tolerance": 5')));
    expect(problem).toBe(
      `lessons/${F}/review.py: answers()["read-x"].typical.doubled: 6 lies within the tolerance of the right answer 3: a learner who made this mistake would be told they are right`,
    );
    const byLanguage = reviewPython.replace('"next": {"option": "ship"},', '"next": {"option": "ship"},  # ja: "next": {"option": "stop"},');
    expect(await problemsOfBuild((f) => (f[`${F}/review.py`] = byLanguage))).toEqual([
      `lessons/${F}/review.py: answers(): gives other answers in Japanese than in English: answers must not depend on the language`,
    ]);
  }, 60_000);

  it("refuses a placeholder without a fact, a program that does not exist and review.py that crashes", async () => {
    const [placeholder] = await problemsOfBuild((f) => (f[`${F}/review.ja.yaml`] = f[`${F}/review.ja.yaml`]!.replace("explanation: x is {x}.", "explanation: x is {y}.")));
    expect(placeholder).toBe(`lessons/${F}/review.ja.yaml: questions.0.explanation: a placeholder has no fact: KeyError: 'y' (facts() in review.py gives them)`);
    const missing = (f: Record<string, string>) => {
      for (const lang of ["en", "ja"]) f[`${F}/review.${lang}.yaml`] = f[`${F}/review.${lang}.yaml`]!.replace("program: solution.py", "program: mistakes/nothing.py");
    };
    expect(await problemsOfBuild(missing)).toEqual([`lessons/${F}/review.en.yaml: program: mistakes/nothing.py does not exist`]);
    const [crash] = await problemsOfBuild((f) => (f[`${F}/review.py`] = reviewPython.replace('x = json.loads(files["out.json"])["x"]\n    return {', 'x = json.loads(files["out.json"])["y"]\n    return {')));
    expect(crash).toMatch(new RegExp(`^lessons/${F}/review.py: \\(run\\): [\\s\\S]*KeyError: 'y'`));
  }, 60_000);
});

describe("the course's reviews", async () => {
  const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
  const course = loadCourse(readLessonFiles(lessonsDir));
  const { reviews, referenceAnswers } = await buildReviews(course, root, lessonsDir);

  it("exist for every lesson from 01", () => {
    expect(course.lessons.filter((l) => l.order >= 1 && !reviews[l.folder]).map((l) => l.folder)).toEqual([]);
  });

  for (const lesson of course.lessons.filter((l) => reviews[l.folder])) {
    const review = reviews[lesson.folder]!;
    const source = lesson.review!.text.en;
    describe(lesson.folder, () => {
      it("asks what to request next, and for findings or a decision", () => {
        const kinds = new Set(source.questions.map((q) => q.kind));
        expect(kinds.has("next-request")).toBe(true);
        expect(kinds.has("findings") || kinds.has("decision")).toBe(true);
        expect(kinds.size).toBeGreaterThanOrEqual(4);
      });

      it("shows the artifact with its key figures highlighted, in both languages", () => {
        for (const lang of ["en", "ja"] as const) {
          const figures = review.text[lang].view.filter((block) => block.type === "figures");
          expect(figures.flatMap((block) => block.items).some((item) => item.highlight)).toBe(true);
        }
      });

      it("computes an answer for the reference solution's files too, of the same kind", () => {
        const reference = referenceAnswers[lesson.folder]!;
        for (const question of source.questions) {
          const answer: ReviewAnswer = review.answers[question.id]!;
          const given = reference[question.id] as Record<string, unknown>;
          expect(Object.keys(given).filter((k) => k !== "typical").sort()).toEqual(Object.keys(answer).filter((k) => k !== "kind" && k !== "typical").sort());
          const ids = "options" in question ? question.options.map((o) => o.id) : [];
          if ("option" in given) expect(ids).toContain(given.option);
        }
      });

      it("teaches the flaw of the program it reviews: some answer differs for the reference solution", () => {
        if (review.program === "solution.py") return;
        const reference = referenceAnswers[lesson.folder]!;
        const differs = source.questions.some((q) => {
          const answer: Record<string, unknown> = { ...review.answers[q.id] };
          delete answer.kind;
          return JSON.stringify(answer) !== JSON.stringify(reference[q.id]);
        });
        expect(differs).toBe(true);
      });
    });
  }
});
