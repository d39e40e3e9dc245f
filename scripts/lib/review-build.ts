// Makes every lesson's review exercise at build time: runs the lessons' solutions in order in Node
// Pyodide (so each lesson gets the reference inputs), runs the program a review names (the
// solution or a mistake) on them, then the lesson's review.py on what it wrote: the right answers,
// the view of the artifact and the texts with their figures come from the lesson's own code,
// never typed by hand. Cached in node_modules/.cache by every input, like the snapshot.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { LANGUAGES, type Language } from "../../src/course/languages";
import { joinJapanese, SPACES } from "../../src/course/japanese";
import { CourseError } from "../../src/course/loader";
import { resolvePython } from "../../src/course/pythonText";
import { reviewTexts } from "../../src/course/reviewLoader";
import type { ReviewQuestionSource, ReviewSource } from "../../src/course/reviewSchema";
import type { CourseSource, LessonReview, LessonSource, ReviewAnswer, ReviewBlock, ReviewOption, ReviewQuestion, ReviewText } from "../../src/course/types";
import { bootCourse, COURSE_MODULES, mountDataset, WORK_DIR, type CourseModules } from "../../src/runtime/pythonHost";
import { compileMarkdown, type CompiledReviews } from "./compile-course";

/** Bumped when the way reviews are made changes, so old cached ones are not reused. */
const RECIPE = 1;
/** A file handed to the reviewer as it is; larger ones belong in the view, as a sample. */
const MAX_SHOWN_CHARS = 200_000;

export interface ReviewBuild {
  reviews: CompiledReviews;
  /** What answers() gives for the reference solution's files, by folder: the course test compares. */
  referenceAnswers: Record<string, Record<string, unknown>>;
}

function filesUnder(dir: string, prefix = ""): [string, Buffer][] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [[`${prefix}${name}`, readFileSync(path)] as [string, Buffer]];
    });
}

function cacheKey(course: CourseSource, root: string, lessonsDir: string): string {
  const hash = createHash("sha256").update(`recipe ${RECIPE}\n`).update(JSON.stringify(course));
  for (const [name, bytes] of filesUnder(lessonsDir)) hash.update(`${name}\n`).update(bytes);
  for (const name of ["review_runner.py", "review-build.ts", "compile-course.ts"]) hash.update(readFileSync(join(root, "scripts", "lib", name)));
  for (const name of COURSE_MODULES) hash.update(readFileSync(join(root, "src", "runtime", name)));
  hash.update(readFileSync(join(root, "node_modules", "pyodide", "package.json")));
  return hash.digest("hex").slice(0, 16);
}

const fail = (file: string, field: string, message: string): never => {
  throw new CourseError([`lessons/${file}: ${field}: ${message}`]);
};

class Runner {
  private constructor(
    private readonly py: PyodideInterface,
    private readonly lessonsDir: string,
  ) {}

  /** One interpreter per process and folder: a dev server or a test file makes several builds. */
  private static booted = new Map<string, Promise<PyodideInterface>>();

  static async start(root: string, lessonsDir: string) {
    const key = `${root}\0${lessonsDir}`;
    let booting = Runner.booted.get(key);
    if (!booting) {
      booting = Runner.boot(root, lessonsDir);
      Runner.booted.set(key, booting);
    }
    const py = await booting;
    // A fresh working folder (the dataset aside): nothing of an earlier build feeds this one.
    py.runPython(`import os\nfor name in os.listdir(${JSON.stringify(WORK_DIR)}):\n    path = os.path.join(${JSON.stringify(WORK_DIR)}, name)\n    if os.path.isfile(path): os.remove(path)`);
    return new Runner(py, lessonsDir);
  }

  private static async boot(root: string, lessonsDir: string) {
    const py = await loadPyodide({ indexURL: `${join(root, "node_modules", "pyodide")}/` });
    py.setStdout({ batched: () => undefined });
    py.setStderr({ batched: () => undefined });
    const modules = Object.fromEntries(COURSE_MODULES.map((name) => [name, readFileSync(join(root, "src", "runtime", name), "utf8")])) as CourseModules;
    bootCourse(py, modules);
    mountDataset(py, readFileSync(join(lessonsDir, "data", "ames.csv")));
    py.FS.writeFile("/tmp/review_runner.py", readFileSync(join(root, "scripts", "lib", "review_runner.py"), "utf8"));
    py.runPython("import sys\nif '/tmp' not in sys.path: sys.path.append('/tmp')\nimport review_runner");
    return py;
  }

  /** Runs a lesson program (English) in the working folder; returns the files it wrote. */
  run(lesson: LessonSource, file: string): Record<string, string> {
    const code = file === "solution.py" ? lesson.solution.en : this.program(lesson, file);
    const harness = this.py.pyimport("harness");
    const outputs = this.py.toPy(lesson.writes);
    const result = harness.run(code, outputs, "en");
    const error = result.get("error")?.toJs({ dict_converter: Object.fromEntries }) as { message: string } | undefined;
    for (const made of [result, outputs, harness]) made.destroy();
    if (error) fail(`${lesson.folder}/${file}`, "(run)", `stopped with an error, so there is nothing to review:\n${error.message}`);
    return Object.fromEntries(
      lesson.writes.map((name) => {
        const path = `${WORK_DIR}/${name}`;
        if (!this.py.FS.analyzePath(path).exists) fail(`${lesson.folder}/${file}`, "(run)", `did not write ${name}`);
        return [name, this.py.FS.readFile(path, { encoding: "utf8" }) as string];
      }),
    );
  }

  /** Puts files back in the working folder (the reference ones, after a mistake ran). */
  restore(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) this.py.FS.writeFile(`${WORK_DIR}/${name}`, text);
  }

  private program(lesson: LessonSource, file: string): string {
    const path = join(this.lessonsDir, lesson.folder, file);
    if (!existsSync(path)) fail(`${lesson.folder}/review.en.yaml`, "program", `${file} does not exist`);
    const resolved = resolvePython(readFileSync(path, "utf8"));
    if (resolved.problems.length > 0) fail(`${lesson.folder}/${file}`, `line ${resolved.problems[0]!.line}`, resolved.problems[0]!.message);
    return resolved.en;
  }

  review(folder: string, code: string, files: Record<string, string>, templates: Record<string, string>) {
    const call = this.py.pyimport("review_runner").review;
    try {
      return JSON.parse(call(code, this.py.toPy(files), this.py.toPy(templates)) as string) as {
        answers: Record<string, unknown>;
        view: ReviewBlock[];
        texts: Record<string, string | null>;
      };
    } catch (error) {
      return fail(`${folder}/review.py`, "(run)", pythonError(error));
    } finally {
      call.destroy();
    }
  }

  answersOnly(folder: string, code: string, files: Record<string, string>): Record<string, unknown> {
    const call = this.py.pyimport("review_runner").answers_only;
    try {
      return JSON.parse(call(code, this.py.toPy(files)) as string) as Record<string, unknown>;
    } catch (error) {
      return fail(`${folder}/review.py`, "answers() on the reference solution's files", pythonError(error));
    } finally {
      call.destroy();
    }
  }
}

/** The last lines of a Python traceback: where review.py failed and why. */
function pythonError(error: unknown): string {
  const lines = String((error as Error).message ?? error).trim().split("\n");
  return lines.slice(-6).join("\n");
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Checks review.py's answer for one question against the question's kind and options. */
function toAnswer(file: string, question: ReviewQuestionSource, raw: unknown): ReviewAnswer {
  const field = `answers()["${question.id}"]`;
  const value = raw as Record<string, unknown> | undefined;
  if (!value || typeof value !== "object") return fail(file, field, "is missing: answers() must return an answer for every question");
  const ids = (list: { id: string }[]) => list.map((o) => o.id);
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === "string");
  switch (question.kind) {
    case "number": {
      const { value: v, tolerance, typical = {} } = value as { value: unknown; tolerance: unknown; typical?: Record<string, unknown> };
      if (typeof v !== "number" || !Number.isFinite(v)) fail(file, field, 'must be {"value": number, "tolerance": number, "typical": {...}}');
      if (typeof tolerance !== "number" || !(tolerance >= 0)) fail(file, field, "needs a tolerance of 0 or more");
      const wanted = Object.keys(question.typical ?? {}).sort();
      if (!sameSet(Object.keys(typical).sort(), wanted)) fail(file, `${field}.typical`, `must give a value for each typical id of the question (${wanted.join(", ") || "none"})`);
      for (const [id, t] of Object.entries(typical)) {
        if (typeof t !== "number" || !Number.isFinite(t)) fail(file, `${field}.typical.${id}`, "must be a number");
        if (Math.abs((t as number) - (v as number)) <= (tolerance as number)) {
          fail(file, `${field}.typical.${id}`, `${String(t)} lies within the tolerance of the right answer ${String(v)}: a learner who made this mistake would be told they are right`);
        }
      }
      return { kind: "number", value: v as number, tolerance: tolerance as number, typical: typical as Record<string, number> };
    }
    case "findings": {
      const options = value.options;
      if (!strings(options) || !(options as string[]).every((id) => ids(question.options).includes(id))) {
        return fail(file, field, `must be {"options": [ids of ${ids(question.options).join(", ")}]}`);
      }
      return { kind: "findings", options: options as string[] };
    }
    case "decision": {
      const { option, evidence } = value as { option: unknown; evidence: unknown };
      if (typeof option !== "string" || !ids(question.options).includes(option)) fail(file, field, `option must be one of ${ids(question.options).join(", ")}`);
      if (!strings(evidence) || (evidence as string[]).length === 0 || !(evidence as string[]).every((id) => ids(question.evidence).includes(id))) {
        fail(file, field, `evidence must be a non-empty list of ${ids(question.evidence).join(", ")}`);
      }
      return { kind: "decision", option: option as string, evidence: evidence as string[] };
    }
    default: {
      const option = value.option;
      if (typeof option !== "string" || !ids(question.options).includes(option)) return fail(file, field, `must be {"option": one of ${ids(question.options).join(", ")}}`);
      return { kind: question.kind, option };
    }
  }
}

const version = (answer: ReviewAnswer) => createHash("sha256").update(JSON.stringify(answer)).digest("hex").slice(0, 12);

function compileReviewText(folder: string, lang: Language, source: ReviewSource, filled: Record<string, string | null>, view: ReviewBlock[]): ReviewText {
  const file = `${folder}/review.${lang}.yaml`;
  const md = (field: string) => {
    const raw = filled[field];
    // YAML's folded lines (>-) leave spaces where a Japanese sentence was broken; drop them.
    const text = raw && lang === "ja" ? joinJapanese(raw, SPACES) : raw;
    if (text === null || text === undefined) return fail(file, field, `a placeholder has no fact: ${filled[`!${field}`] ?? "not filled"} (facts() in review.py gives them)`);
    try {
      return compileMarkdown(text);
    } catch (error) {
      return fail(file, field, (error as Error).message);
    }
  };
  const questions = source.questions.map((question, q): ReviewQuestion => {
    const at = `questions.${q}`;
    const base = { id: question.id, kind: question.kind, prompt: md(`${at}.prompt`), explanation: md(`${at}.explanation`) };
    if (question.kind === "number") {
      const typical = Object.fromEntries(Object.keys(question.typical ?? {}).map((id) => [id, md(`${at}.typical.${id}`)]));
      return { ...base, ...(question.unit ? { unit: question.unit } : {}), wrong: md(`${at}.wrong`), typical };
    }
    const list = (name: string, options: { id: string; role?: ReviewOption["role"]; kind?: ReviewOption["kind"] }[]) =>
      options.map((option, o): ReviewOption => ({
        id: option.id,
        text: md(`${at}.${name}.${o}.text`),
        feedback: md(`${at}.${name}.${o}.feedback`),
        ...(option.role ? { role: option.role, kind: option.kind } : {}),
      }));
    return { ...base, options: list("options", question.options), ...(question.kind === "decision" ? { evidence: list("evidence", question.evidence) } : {}) };
  });
  return { name: source.name, title: source.title, intro: md("intro"), questions, view };
}

async function makeReviews(course: CourseSource, root: string, lessonsDir: string): Promise<ReviewBuild> {
  const runner = await Runner.start(root, lessonsDir);
  const build: ReviewBuild = { reviews: {}, referenceAnswers: {} };
  for (const lesson of course.lessons) {
    const reference = runner.run(lesson, "solution.py");
    const review = lesson.review;
    if (!review) continue;
    const { program, shows, questions } = review.text.en;
    const reviewed = program === "solution.py" ? reference : runner.run(lesson, program);
    runner.restore(reference);
    const perLanguage = LANGUAGES.map((lang) => {
      const templates = Object.fromEntries(reviewTexts(review.text[lang]));
      return runner.review(lesson.folder, review.python[lang], reviewed, templates);
    });
    const [en, ja] = perLanguage as [NonNullable<(typeof perLanguage)[number]>, NonNullable<(typeof perLanguage)[number]>];
    if (JSON.stringify(en.answers) !== JSON.stringify(ja.answers)) {
      fail(`${lesson.folder}/review.py`, "answers()", "gives other answers in Japanese than in English: answers must not depend on the language");
    }
    const extra = Object.keys(en.answers).filter((id) => !questions.some((q) => q.id === id));
    if (extra.length > 0) fail(`${lesson.folder}/review.py`, "answers()", `answers questions the review does not have: ${extra.join(", ")}`);
    const answers = Object.fromEntries(questions.map((q) => [q.id, toAnswer(`${lesson.folder}/review.py`, q, Object.hasOwn(en.answers, q.id) ? en.answers[q.id] : undefined)]));
    const files = Object.fromEntries(
      shows.map((name) => {
        const text = reviewed[name]!;
        if (text.length > MAX_SHOWN_CHARS) fail(`${lesson.folder}/review.en.yaml`, "shows", `${name} has ${text.length.toLocaleString("en")} characters: show a sample of it in view() instead`);
        return [name, text];
      }),
    );
    const text = { en: compileReviewText(lesson.folder, "en", review.text.en, en.texts, en.view), ja: compileReviewText(lesson.folder, "ja", review.text.ja, ja.texts, ja.view) };
    build.reviews[lesson.folder] = {
      reviewer: review.text.en.reviewer,
      program,
      questions: questions.map((q) => ({ id: q.id, version: version(answers[q.id]!) })),
      answers,
      files,
      text,
    } satisfies LessonReview;
    build.referenceAnswers[lesson.folder] = runner.answersOnly(lesson.folder, review.python.en, reference);
  }
  return build;
}

/** Every review of the course, from the cache when no input changed. */
export async function buildReviews(course: CourseSource, root: string, lessonsDir = join(root, "lessons")): Promise<ReviewBuild> {
  if (!course.lessons.some((lesson) => lesson.review)) return { reviews: {}, referenceAnswers: {} };
  const cacheDir = join(root, "node_modules", ".cache", "course-review");
  const cached = join(cacheDir, `${cacheKey(course, root, lessonsDir)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as ReviewBuild;
  const build = await makeReviews(course, root, lessonsDir);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(build));
  return build;
}
