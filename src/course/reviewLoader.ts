// Reads a lesson's review exercise (review.LANG.yaml and review.py) and checks that the two
// languages agree on everything but words; problems are reported by file and field.
import type { z } from "zod";
import { placeholderNames, type Report } from "./catalog";
import { LANGUAGES, type Language } from "./languages";
import { FieldError, parseYamlText } from "./parse";
import { resolvePython } from "./pythonText";
import { reviewSchema, type ReviewSource } from "./reviewSchema";
import type { ReviewSourceFiles } from "./types";

const REVIEW_FILES = ["review.en.yaml", "review.ja.yaml", "review.py"];

export interface ReviewReader {
  report: Report;
  validate<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> | undefined;
}

/** Every markdown text of a review with its field path, for placeholders and compiling. */
export function reviewTexts(review: ReviewSource): [field: string, text: string][] {
  const texts: [string, string][] = [["intro", review.intro]];
  review.questions.forEach((question, q) => {
    const at = `questions.${q}`;
    texts.push([`${at}.prompt`, question.prompt], [`${at}.explanation`, question.explanation]);
    if (question.kind === "number") {
      texts.push([`${at}.wrong`, question.wrong]);
      for (const [id, text] of Object.entries(question.typical ?? {})) texts.push([`${at}.typical.${id}`, text]);
      return;
    }
    const lists: [string, { text: string; feedback: string }[]][] = [["options", question.options]];
    if (question.kind === "decision") lists.push(["evidence", question.evidence]);
    for (const [list, options] of lists) {
      options.forEach((option, o) => texts.push([`${at}.${list}.${o}.text`, option.text], [`${at}.${list}.${o}.feedback`, option.feedback]));
    }
  });
  return texts;
}

/** What must be the same in both languages: everything but the words. */
function shape(review: ReviewSource) {
  return {
    reviewer: review.reviewer,
    program: review.program,
    shows: review.shows,
    questions: review.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      typical: question.kind === "number" ? Object.keys(question.typical ?? {}).sort() : undefined,
      options: question.kind === "number" ? undefined : question.options.map((o) => ("role" in o ? [o.id, o.role, o.kind] : o.id)),
      evidence: question.kind === "decision" ? question.evidence.map((o) => o.id) : undefined,
    })),
  };
}

export function readReview(folder: string, own: Record<string, string>, writes: string[], reader: ReviewReader): ReviewSourceFiles | undefined {
  const present = REVIEW_FILES.filter((name) => own[name] !== undefined);
  if (present.length === 0) return undefined;
  const { report } = reader;
  for (const name of REVIEW_FILES) {
    if (own[name] === undefined) report(`${folder}/${name}`, "(file)", `is missing: a review needs ${REVIEW_FILES.join(", ")} (see lessons/README.md)`);
  }
  if (present.length < REVIEW_FILES.length) return undefined;

  const read = (lang: Language): ReviewSource | undefined => {
    const file = `${folder}/review.${lang}.yaml`;
    let data: unknown;
    try {
      data = parseYamlText(own[`review.${lang}.yaml`]!);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      report(file, error.field, error.message);
      return undefined;
    }
    const review = reader.validate(file, reviewSchema, data);
    if (!review) return undefined;
    review.shows.forEach((name, i) => {
      if (!writes.includes(name)) report(file, `shows.${i}`, `"${name}" is not one of the files the lesson writes (${writes.join(", ") || "none"})`);
    });
    for (const [field, text] of reviewTexts(review)) {
      try {
        placeholderNames(text);
      } catch (error) {
        report(file, field, (error as Error).message);
      }
    }
    return review;
  };
  const [en, ja] = LANGUAGES.map(read);

  const { problems: markers, ...python } = resolvePython(own["review.py"]!);
  for (const { line, message } of markers) report(`${folder}/review.py`, `line ${line}`, message);
  for (const name of ["answers", "facts", "view"]) {
    if (!new RegExp(`^def ${name}\\(files\\)`, "m").test(python.en)) report(`${folder}/review.py`, "(file)", `must define ${name}(files)`);
  }

  if (!en || !ja || markers.length > 0) return undefined;
  const [a, b] = [JSON.stringify(shape(en)), JSON.stringify(shape(ja))];
  if (a !== b) report(`${folder}/review.ja.yaml`, "(structure)", `differs from the English file: ${b} instead of ${a}`);
  return a === b ? { text: { en, ja }, python } : undefined;
}
