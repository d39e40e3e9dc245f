// A lesson's check catalogs (checks.LANG.yaml): the title of every test_* function of check.py
// and every feedback message by id, with {named} placeholders that say("id", name=...) fills.
// The loader checks them against each other and against check.py, naming file and field.
import { z } from "zod";
import type { Language } from "./languages";

export const checkCatalogSchema = z.strictObject({
  titles: z.record(z.string().regex(/^test_\w+$/, "must be the name of a test_* function"), z.string().trim().min(1)),
  messages: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, "ids are lowercase words joined by _"), z.string().trim().min(1)),
});
export type CheckCatalog = z.infer<typeof checkCatalogSchema>;

export type Report = (file: string, field: string, message: string) => void;

const NAME = /^[A-Za-z_]\w*$/;

/** The placeholder names of a template in Python's str.format syntax; throws on a broken one. */
export function placeholderNames(template: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < template.length; i += 1) {
    const char = template[i];
    if (char === "}") {
      if (template[i + 1] !== "}") throw new Error("a single } must be written }}");
      i += 1;
    } else if (char === "{") {
      if (template[i + 1] === "{") {
        i += 1;
        continue;
      }
      const end = template.indexOf("}", i);
      const field = end < 0 ? "" : template.slice(i + 1, end);
      if (end < 0 || field.includes("{")) throw new Error("a { opens a placeholder that is not closed (write {{ for a brace)");
      const name = field.split(/[!:]/)[0]!;
      if (!NAME.test(name)) throw new Error(`placeholder {${field}} must be a name, like {count} or {price:,.0f}`);
      names.push(name);
      i = end;
    }
  }
  return [...new Set(names)].sort();
}

const sayCalls = (check: string) => [...check.matchAll(/\bsay\(\s*(?:"([^"\\]*)"|'([^'\\]*)')?/g)];
const testNames = (check: string) => [...check.matchAll(/^def (test_\w+)\s*\(/gm)].map((m) => m[1]!);

/** Same keys and placeholders in every language; titles and ids agree with check.py. */
export function catalogProblems(folder: string, check: string, catalogs: Record<Language, CheckCatalog>, report: Report) {
  const file = (lang: Language) => `${folder}/checks.${lang}.yaml`;
  const { en, ja } = catalogs;
  for (const part of ["titles", "messages"] as const) {
    for (const key of Object.keys(en[part])) if (!(key in ja[part])) report(file("ja"), `${part}.${key}`, "is missing (the English file has it)");
    for (const key of Object.keys(ja[part])) if (!(key in en[part])) report(file("ja"), `${part}.${key}`, "is not in the English file");
  }
  for (const [lang, catalog] of Object.entries(catalogs) as [Language, CheckCatalog][]) {
    for (const [id, template] of Object.entries(catalog.messages)) {
      try {
        placeholderNames(template);
      } catch (error) {
        report(file(lang), `messages.${id}`, (error as Error).message);
      }
    }
  }
  for (const [id, template] of Object.entries(en.messages)) {
    const other = ja.messages[id];
    if (other === undefined) continue;
    const names = (text: string) => {
      try {
        return placeholderNames(text).join(", ");
      } catch {
        return undefined;
      }
    };
    const [a, b] = [names(template), names(other)];
    if (a !== undefined && b !== undefined && a !== b) {
      const show = (list: string) => (list ? `{${list.replaceAll(", ", "}, {")}}` : "none");
      report(file("ja"), `messages.${id}`, `has the placeholders ${show(b)} but the English text has ${show(a)}`);
    }
  }
  const tests = testNames(check);
  for (const name of tests) if (!(name in en.titles)) report(file("en"), `titles.${name}`, `is missing: every test_* function of check.py needs a title`);
  for (const name of Object.keys(en.titles)) if (!tests.includes(name)) report(file("en"), `titles.${name}`, "names no test_* function of check.py");
  const used = new Set<string>();
  for (const call of sayCalls(check)) {
    const id = call[1] ?? call[2];
    if (id === undefined) {
      report(`${folder}/check.py`, "say()", 'give the message id as a literal string, say("some_id", ...), so the build can check it');
    } else if (!(id in en.messages)) {
      report(`${folder}/check.py`, `say("${id}")`, `the message id "${id}" is not in checks.en.yaml`);
    } else used.add(id);
  }
  for (const id of Object.keys(en.messages)) if (!used.has(id)) report(file("en"), `messages.${id}`, "is not used by check.py");
}
