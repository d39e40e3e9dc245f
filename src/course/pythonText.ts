// One Python program, two languages: resolves the `# ja:` markers of a lesson's .py file into the
// English and the Japanese program, and reports misplaced markers by line. lessons/README.md
// describes the three forms (a line's replacement, comment lines, a block of lines).
import type { Language } from "./languages";

export interface MarkerProblem {
  line: number;
  message: string;
}

const TRAILING = /^(\s*)([^#\s].*?)\s+# ja:(?: (.*))?$/;
const COMMENT = /^(\s*)#/;
const JA_COMMENT = /^(\s*)# ja:(?: (.*))?$/;
const BLOCK = /^(\s*)# lang: (en|ja|end)\s*$/;
// Near-misses of the markers, which would otherwise pass silently as ordinary comments.
const MISSPELT = /#\s*(ja\s*:|lang\s*:)/i;

interface Resolved {
  en: string[];
  ja: string[];
  problems: MarkerProblem[];
}

function resolveAll(source: string): Resolved {
  const lines = source.split("\n");
  const out: Resolved = { en: [], ja: [], problems: [] };
  const problem = (index: number, message: string) => out.problems.push({ line: index + 1, message });
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const block = BLOCK.exec(line);
    if (block) {
      i = readBlock(lines, i, out, problem);
      continue;
    }
    if (COMMENT.test(line)) {
      i = readCommentRun(lines, i, out, problem);
      continue;
    }
    const trailing = TRAILING.exec(line);
    if (trailing) {
      const [, indent, code, replacement] = trailing;
      if (!replacement?.trim()) problem(i, "`# ja:` needs the Japanese version of the line after it");
      out.en.push(`${indent}${code}`);
      out.ja.push(`${indent}${replacement ?? ""}`);
    } else {
      if (MISSPELT.test(line)) problem(i, "write the marker exactly as `# ja: ` (or `# lang: en` / `ja` / `end` on a line of its own)");
      out.en.push(line);
      out.ja.push(line);
    }
    i += 1;
  }
  return out;
}

/** Full-line comments at one indentation: the `# ja:` lines are the Japanese of the others. */
function readCommentRun(lines: string[], start: number, out: Resolved, problem: (index: number, message: string) => void) {
  const indent = COMMENT.exec(lines[start]!)![1]!;
  let i = start;
  const en: string[] = [];
  const ja: string[] = [];
  while (i < lines.length) {
    const line = lines[i]!;
    const match = COMMENT.exec(line);
    if (!match || match[1] !== indent || BLOCK.test(line)) break;
    const japanese = JA_COMMENT.exec(line);
    if (japanese) {
      if (en.length === 0) problem(i, "a `# ja:` comment must follow the English comment line(s) it translates, at the same indentation");
      ja.push(japanese[2] ? `${indent}# ${japanese[2]}` : `${indent}#`);
    } else {
      if (MISSPELT.test(line)) problem(i, "write the marker exactly as `# ja: ` (or `# lang: en` / `ja` / `end` on a line of its own)");
      en.push(line);
    }
    i += 1;
  }
  out.en.push(...en);
  out.ja.push(...(ja.length > 0 ? ja : en));
  return i;
}

/** `# lang: en`, English lines, `# lang: ja`, the Japanese lines commented out, `# lang: end`. */
function readBlock(lines: string[], start: number, out: Resolved, problem: (index: number, message: string) => void) {
  const [, indent = "", kind] = BLOCK.exec(lines[start]!)!;
  if (kind !== "en") {
    problem(start, `\`# lang: ${kind}\` without an open \`# lang: en\` block above it`);
    return start + 1;
  }
  const en: string[] = [];
  const ja: string[] = [];
  let part: "en" | "ja" = "en";
  for (let i = start + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const marker = BLOCK.exec(line);
    if (marker) {
      if (marker[1] !== indent) problem(i, "block markers must have the same indentation as their `# lang: en`");
      if (marker[2] === "ja" && part === "en") {
        part = "ja";
        continue;
      }
      if (marker[2] === "end" && part === "ja") {
        if (en.length === 0 || ja.length === 0) problem(start, "a `# lang:` block needs both an English and a Japanese part");
        out.en.push(...en);
        out.ja.push(...ja);
        return i + 1;
      }
      problem(i, `\`# lang: ${marker[2]}\` here: a block is \`# lang: en\`, English lines, \`# lang: ja\`, Japanese lines, \`# lang: end\``);
      return i + 1;
    }
    if (part === "en") {
      en.push(line);
      continue;
    }
    if (line.startsWith(`${indent}# `)) ja.push(indent + line.slice(indent.length + 2));
    else if (line === `${indent}#`) ja.push("");
    else problem(i, `in the Japanese part of a block every line is commented out, starting with "${indent}# "`);
  }
  problem(start, "this `# lang: en` block never ends: close it with `# lang: ja`, the Japanese lines and `# lang: end`");
  return lines.length;
}

/** The program as a learner in each language sees it, and any misplaced marker. */
export function resolvePython(source: string): Record<Language, string> & { problems: MarkerProblem[] } {
  const { en, ja, problems } = resolveAll(source);
  return { en: en.join("\n"), ja: ja.join("\n"), problems };
}
