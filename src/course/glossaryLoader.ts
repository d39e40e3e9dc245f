// Validates lessons/glossary/ (the glossary and the further reading, in both languages): the same
// entries in each language, reading only for lessons the course has; problems name file and field.
import type { z } from "zod";
import { LANGUAGES, type Language } from "./languages";
import { CourseError, type LessonFiles } from "./loader";
import { FieldError, parseYamlText } from "./parse";
import { glossarySchema, readingSchema, type GlossarySource, type ReadingSource } from "./schema";

export const GLOSSARY_FOLDER = "glossary";

export interface GlossaryCourseSource {
  glossary: Record<Language, GlossarySource>;
  reading: Record<Language, ReadingSource>;
}

export function loadGlossary(files: LessonFiles, lessonSlugs: string[]): GlossaryCourseSource {
  const problems: string[] = [];
  const add = (file: string, field: string, message: string) => problems.push(`lessons/${GLOSSARY_FOLDER}/${file}: ${field}: ${message}`);
  const read = <S extends z.ZodType>(file: string, schema: S): z.output<S> | undefined => {
    const text = files[`${GLOSSARY_FOLDER}/${file}`];
    if (text === undefined) return void add(file, "(file)", "is missing");
    let data: unknown;
    try {
      data = parseYamlText(text);
    } catch (error) {
      return void add(file, error instanceof FieldError ? error.field : "(file)", error instanceof Error ? error.message : String(error));
    }
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) add(file, issue.path.length ? issue.path.join(".") : "(file)", issue.message);
    return undefined;
  };

  const glossary = Object.fromEntries(LANGUAGES.map((lang) => [lang, read(`glossary.${lang}.yaml`, glossarySchema)])) as Record<Language, GlossarySource | undefined>;
  const reading = Object.fromEntries(LANGUAGES.map((lang) => [lang, read(`reading.${lang}.yaml`, readingSchema)])) as Record<Language, ReadingSource | undefined>;

  for (const [kind, byLang] of [["glossary", glossary], ["reading", reading]] as const) {
    for (const lang of LANGUAGES) {
      const entries: { id: string }[] = byLang[lang] ?? [];
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.id)) add(`${kind}.${lang}.yaml`, `${i}.id`, `"${entry.id}" appears twice`);
        seen.add(entry.id);
      });
    }
    const [en, ja] = [byLang.en, byLang.ja];
    if (en && ja) {
      const ids = (list: { id: string }[]) => list.map((entry) => entry.id).join(", ");
      if (ids(en) !== ids(ja)) add(`${kind}.ja.yaml`, "(file)", `must have the entries of ${kind}.en.yaml in the same order (${ids(en)})`);
    }
  }
  for (const lang of LANGUAGES) {
    (reading[lang] ?? []).forEach((entry, i) =>
      entry.lessons.forEach((slug, j) => {
        if (!lessonSlugs.includes(slug)) add(`reading.${lang}.yaml`, `${i}.lessons.${j}`, `no lesson has the slug "${slug}"`);
      }),
    );
  }
  if (problems.length > 0 || !glossary.en || !glossary.ja || !reading.en || !reading.ja) throw new CourseError(problems);
  return { glossary: { en: glossary.en, ja: glossary.ja }, reading: { en: reading.en, ja: reading.ja } };
}
