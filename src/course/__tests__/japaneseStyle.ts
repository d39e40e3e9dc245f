// The mechanical part of lessons/STYLE.ja.md, for the content tests: spaces, punctuation, the
// people's names, button names and the terms table, checked on any piece of Japanese text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FULLWIDTH_PUNCTUATION, JAPANESE_CHAR } from "../japanese";
import { roles } from "../../i18n/roles.ja";

const J = JAPANESE_CHAR.source;
const P = FULLWIDTH_PUNCTUATION.source;
/** Kana and kanji: the letters of Japanese, without punctuation (which scx counts in). */
const L = `(?:(?!${P}|[\\u3000-\\u303f])[\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Han}])`;

/** Names written in one word with Latin letters, as the role list writes them. */
const COMPOUNDS = Object.values(roles)
  .map((role) => role.name)
  .filter((name) => /[A-Za-z]/.test(name));

const STYLE_FILE = fileURLToPath(new URL("../../../lessons/STYLE.ja.md", import.meta.url));

/** The terms table of STYLE.ja.md: each avoided word with the term to use instead. */
export function avoidedTerms(): { avoid: string; use: string }[] {
  const table = readFileSync(STYLE_FILE, "utf8").split("<!-- terms -->")[1] ?? "";
  const terms: { avoid: string; use: string }[] = [];
  for (const line of table.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 5 || !cells[1] || cells[1].startsWith("使う語") || cells[1].startsWith("---")) continue;
    for (const avoid of cells[3]!.split("、").map((word) => word.trim()).filter(Boolean)) terms.push({ avoid, use: cells[1] });
  }
  return terms;
}

const RULES: { pattern: RegExp; rule: string }[] = [
  { pattern: new RegExp(`${J}[ \\t\\u3000]+${J}`, "u"), rule: "a space between two Japanese characters" },
  { pattern: new RegExp(`[ \\t]+${P}|${P}[ \\t]+`, "u"), rule: "a space next to full-width punctuation" },
  { pattern: new RegExp(`${L}[A-Za-z0-9{}]|[A-Za-z0-9{}]${L}`, "u"), rule: "no half-width space between Japanese and a Latin letter, digit or code" },
  { pattern: new RegExp(`${L}[,.:;!?()]|[()]${L}`, "u"), rule: "half-width punctuation in a Japanese sentence (use 、。：！？（）)" },
  { pattern: /\b(Maya|Ken|Nora|Sam)\b|マヤ(?!さん)|ケン(?!さん)|ノラ(?!さん)|サム(?!さん)/, rule: "the people are マヤさん, ケンさん, ノラさん and サムさん" },
  { pattern: /\b(Run|Check|Stop|Reset)\b/, rule: "buttons are named as on screen (「実行」「チェック」…)" },
];

/** Style problems of one piece of Japanese text, each with the text around it. */
export function styleProblems(text: string, terms = avoidedTerms()): string[] {
  // Code is not Japanese prose: it stands as one Latin word. Role names such as DevOpsエンジニア
  // are written as the role list writes them.
  // A role name stands as a Latin letter, a neutral mark and its last (Japanese) character.
  const checked = COMPOUNDS.reduce((t, name) => t.replaceAll(name, `X\u0001${name.at(-1)}`), text.replace(/`[^`]*`/g, "x"));
  const problems: string[] = [];
  for (const { pattern, rule } of RULES) {
    const match = pattern.exec(checked);
    if (match) problems.push(`${rule}: «${checked.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12)}»`);
  }
  for (const { avoid, use } of terms) if (checked.includes(avoid)) problems.push(`write ${use}, not ${avoid}`);
  return problems;
}
