// Builds the course from the raw files of lessons/ and validates them; errors name file and field.
import type { z } from "zod";
import { catalogProblems, checkCatalogSchema, type CheckCatalog } from "./catalog";
import {
  checkSourceSchema,
  communicationSchema,
  frontmatterSchema,
  hintsSchema,
  pythonSourceSchema,
} from "./schema";
import { joinJapanese, SPACES } from "./japanese";
import { LANGUAGES, type Language } from "./languages";
import { resolvePython } from "./pythonText";
import { readReview } from "./reviewLoader";
import { FieldError, parseYamlText, splitFrontmatter, splitHints, splitSections } from "./parse";
import type { CourseSource, LessonSource, LessonSourceText } from "./types";

export const FOLDER_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export class CourseError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The course content is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CourseError";
    this.problems = problems;
  }
}

/** Files keyed by their path inside lessons/, e.g. "02-analyze/lesson.en.md". */
export type LessonFiles = Record<string, string>;

class Problems {
  readonly list: string[] = [];
  add(file: string, field: string, message: string) {
    this.list.push(`lessons/${file}: ${field}: ${message}`);
  }
  /** Runs `read`; a failure is recorded against `file` and yields undefined. */
  attempt<T>(file: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (error instanceof FieldError) this.add(file, error.field, error.message);
      else throw error;
      return undefined;
    }
  }
  validate<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      this.add(file, issue.path.length ? issue.path.join(".") : "(file)", issue.message);
    }
    return undefined;
  }
}

function groupByFolder(files: LessonFiles): Map<string, LessonFiles> {
  const folders = new Map<string, LessonFiles>();
  for (const [path, text] of Object.entries(files)) {
    const slash = path.indexOf("/");
    if (slash < 0) continue;
    const folder = path.slice(0, slash);
    // data/ is the dataset; glossary/ has its own loader (glossaryLoader.ts).
    if (folder === "data" || folder === "glossary") continue;
    const entry = folders.get(folder) ?? {};
    entry[path.slice(slash + 1)] = text;
    folders.set(folder, entry);
  }
  return folders;
}

function readText(folder: string, own: LessonFiles, lang: Language, problems: Problems) {
  const at = (name: string) => `${folder}/${name}`;
  const required = (name: string) => {
    const text = own[name];
    if (text === undefined) problems.add(at(name), "(file)", "is missing");
    return text;
  };
  const lessonMd = required(`lesson.${lang}.md`);
  const hintsMd = required(`hints.${lang}.md`);
  const commYaml = required(`communication.${lang}.yaml`);

  const parsed = lessonMd === undefined ? undefined : problems.attempt(at(`lesson.${lang}.md`), () => splitFrontmatter(lessonMd));
  const meta = parsed && problems.validate(at(`lesson.${lang}.md`), frontmatterSchema, parsed.data);
  const sections = parsed && problems.attempt(at(`lesson.${lang}.md`), () => splitSections(parsed.body));
  const hints = hintsMd === undefined ? undefined : problems.validate(at(`hints.${lang}.md`), hintsSchema, splitHints(hintsMd));
  const commData = commYaml === undefined ? undefined : problems.attempt(at(`communication.${lang}.yaml`), () => parseYamlText(commYaml));
  const communication = commData === undefined ? undefined : problems.validate(at(`communication.${lang}.yaml`), communicationSchema, commData);
  if (!meta || !sections || !hints || !communication) return undefined;
  const text: LessonSourceText = { title: meta.title, summary: meta.summary, sections, hints, communication };
  return { meta, text };
}

type Read = NonNullable<ReturnType<typeof readText>>;

/** English is the reference: Japanese must agree on every language-independent field and count. */
function compareLanguages(folder: string, en: Read, ja: Read, problems: Problems) {
  const same = (file: string, field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      problems.add(`${folder}/${file}`, field, `differs from the English file (${JSON.stringify(b)} instead of ${JSON.stringify(a)})`);
    }
  };
  for (const field of ["minutes", "roles", "reads", "writes"] as const) same("lesson.ja.md", field, en.meta[field], ja.meta[field]);
  same("hints.ja.md", "hints (count)", en.text.hints.length, ja.text.hints.length);
  const [ce, cj] = [en.text.communication, ja.text.communication];
  same("communication.ja.yaml", "roles", ce.roles, cj.roles);
  same("communication.ja.yaml", "examples (role, kind)", ce.examples.map((e) => [e.role, e.kind]), cj.examples.map((e) => [e.role, e.kind]));
  same("communication.ja.yaml", "checklist (count)", ce.checklist.length, cj.checklist.length);
}

function readCatalogs(folder: string, own: LessonFiles, problems: Problems): Record<Language, CheckCatalog> | undefined {
  const read = (lang: Language) => {
    const file = `${folder}/checks.${lang}.yaml`;
    const text = own[`checks.${lang}.yaml`];
    if (text === undefined) {
      problems.add(file, "(file)", "is missing: the titles and feedback of check.py, see lessons/README.md");
      return undefined;
    }
    const data = problems.attempt(file, () => parseYamlText(text));
    const catalog = data === undefined ? undefined : problems.validate(file, checkCatalogSchema, data);
    // YAML's folded lines (>-) leave spaces where a Japanese sentence was broken; drop them.
    const join = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, joinJapanese(v, SPACES)]));
    return catalog && { titles: join(catalog.titles), messages: join(catalog.messages) };
  };
  const [en, ja] = LANGUAGES.map(read);
  return en && ja ? { en, ja } : undefined;
}

function readLesson(folder: string, own: LessonFiles, problems: Problems): LessonSource | undefined {
  const match = FOLDER_PATTERN.exec(folder);
  if (!match) {
    problems.add(folder, "(folder name)", "must be NN-slug: two digits, a dash, lowercase words joined by dashes");
    return undefined;
  }
  const python = (name: string, schema: typeof pythonSourceSchema) => {
    const text = own[name];
    if (text === undefined) {
      problems.add(`${folder}/${name}`, "(file)", "is missing");
      return undefined;
    }
    return problems.validate(`${folder}/${name}`, schema, text);
  };
  const program = (name: string) => {
    const text = python(name, pythonSourceSchema);
    if (text === undefined) return undefined;
    const { problems: markers, ...resolved } = resolvePython(text);
    for (const { line, message } of markers) problems.add(`${folder}/${name}`, `line ${line}`, message);
    return markers.length === 0 ? resolved : undefined;
  };
  const starter = program("starter.py");
  const solution = program("solution.py");
  const check = python("check.py", checkSourceSchema);
  if (starter !== undefined && starter.en.trim() === solution?.en.trim()) {
    problems.add(`${folder}/solution.py`, "(file)", "is identical to starter.py");
  }
  const checks = readCatalogs(folder, own, problems);
  if (check !== undefined && checks) catalogProblems(folder, check, checks, (file, field, message) => problems.add(file, field, message));
  const en = readText(folder, own, "en", problems);
  const ja = readText(folder, own, "ja", problems);
  if (en && ja) compareLanguages(folder, en, ja, problems);
  const review =
    en && readReview(folder, own, en.meta.writes, { report: (file, field, message) => problems.add(file, field, message), validate: (file, schema, value) => problems.validate(file, schema, value) });
  if (!en || !ja || !starter || !solution || check === undefined || !checks) return undefined;
  const text = { en: en.text, ja: ja.text } satisfies Record<Language, LessonSourceText>;
  return {
    folder,
    order: Number(match[1]),
    slug: match[2]!,
    minutes: en.meta.minutes,
    roles: en.meta.roles,
    reads: en.meta.reads,
    writes: en.meta.writes,
    starter,
    solution,
    check,
    checks,
    text,
    ...(review ? { review } : {}),
  };
}

export function loadCourse(files: LessonFiles): CourseSource {
  const problems = new Problems();
  const lessons: LessonSource[] = [];
  for (const [folder, own] of [...groupByFolder(files)].sort(([a], [b]) => a.localeCompare(b))) {
    const lesson = readLesson(folder, own, problems);
    if (lesson) lessons.push(lesson);
  }
  const slugs = new Set<string>();
  for (const lesson of lessons) {
    if (slugs.has(lesson.slug)) problems.add(lesson.folder, "(folder name)", `slug "${lesson.slug}" is used twice`);
    slugs.add(lesson.slug);
  }
  if (problems.list.length === 0 && lessons.length === 0) problems.list.push("lessons/: no lesson folders found");
  if (problems.list.length > 0) throw new CourseError(problems.list);
  return { lessons };
}
