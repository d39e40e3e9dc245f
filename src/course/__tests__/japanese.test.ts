// Japanese that reads as written by one careful author (lessons/STYLE.ja.md), checked where a
// machine can: every Japanese text a learner sees, compiled as the browser gets it.
import type { Element, Root, RootContent } from "hast";
import { describe, expect, it } from "vitest";
import { joinJapanese, SPACES } from "../japanese";
import { reviewTexts } from "../reviewLoader";
import { compileMarkdown } from "../../../scripts/lib/compile-course";
import { fileURLToPath } from "node:url";
import { compileLesson } from "../../../scripts/lib/compile-course";
import { readLessonFiles } from "../../../scripts/vite-plugin-lessons";
import { ja } from "../../i18n/ja";
import { roles } from "../../i18n/roles.ja";
import { loadCourse } from "../loader";
import { ROLE_IDS } from "../roles";
import { resolvePython } from "../pythonText";
import { avoidedTerms, styleProblems } from "./japaneseStyle";

const lessonsDir = fileURLToPath(new URL("../../../lessons", import.meta.url));
const files = readLessonFiles(lessonsDir);
const course = loadCourse(files);
const terms = avoidedTerms();

const BLOCKS = new Set(["p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]);

/** A node's text as the style rules read it: inline code stands as one Latin word. */
function textOf(node: RootContent | Root): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" && node.tagName === "code") return "x";
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** The text of every block that holds no other block, as a reader sees it (code blocks aside). */
function blockTexts(node: Root | Element, out: string[] = []): string[] {
  for (const child of node.children) {
    if (child.type !== "element" || child.tagName === "pre") continue;
    const inner = blockTexts(child, []);
    if (BLOCKS.has(child.tagName) && inner.length === 0) out.push(textOf(child));
    else out.push(...inner);
  }
  return out;
}

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const uiStrings = new Set(leaves(ja).map(([, text]) => text));

function expectStyled(where: string, texts: string[]) {
  const problems = texts.flatMap((text) => [
    ...styleProblems(text, terms),
    // Markdown emphasis next to Japanese punctuation can fail to render and show its asterisks.
    ...(text.includes("**") ? [`emphasis shown as asterisks: «${text.slice(0, 40)}»`] : []),
  ]);
  expect(problems, `${where}:\n  ${problems.join("\n  ")}`).toEqual([]);
}

describe("STYLE.ja.md", () => {
  it("lists terms to avoid, which the other checks use", () => {
    expect(terms.length).toBeGreaterThan(10);
    expect(terms).toContainEqual({ avoid: "訓練データ", use: "学習データ" });
  });

  it("finds what it forbids", () => {
    expect(styleProblems("データを 読みます。")).toHaveLength(1);
    expect(styleProblems("読みます。 次に")).toContainEqual(expect.stringMatching(/^a space next to full-width punctuation/));
    expect(styleProblems("Maya さんと**Run**を押す")).not.toHaveLength(0);
    expect(styleProblems("レッスン01の依頼(5W1H)")).toHaveLength(2);
    expect(styleProblems("訓練データで当てはめる")).toEqual(["write 学習データ, not 訓練データ"]);
    expect(styleProblems("マヤさんと DevOpsエンジニアが `data/ames.csv` の 2,930 件を読みます（5W1H）。")).toEqual([]);
  });
});

describe.each(course.lessons.map((l) => [l.folder, l] as const))("Japanese of %s", (folder, source) => {
  const lesson = compileLesson(source);
  const text = lesson.text.ja;

  it("lesson.ja.md follows the style guide", () => {
    expectStyled("lesson.ja.md", [text.title, text.summary, ...Object.values(text.sections).flatMap((tree) => blockTexts(tree))]);
  });

  it("hints.ja.md follows the style guide", () => {
    expectStyled("hints.ja.md", text.hints.flatMap((tree) => blockTexts(tree)));
  });

  it("communication.ja.yaml follows the style guide", () => {
    const c = text.communication;
    expectStyled("communication.ja.yaml", [
      ...blockTexts(c.situation),
      ...c.examples.flatMap((e) => [...blockTexts(e.request), e.unblocks]),
      ...c.checklist,
    ]);
  });

  it("checks.ja.yaml follows the style guide", () => {
    expectStyled("checks.ja.yaml", [...Object.values(source.checks.ja.titles), ...Object.values(source.checks.ja.messages)]);
  });

  const review = source.review?.text.ja;
  if (review) it("review.ja.yaml follows the style guide", () => {
    expectStyled("review.ja.yaml", [review.name, review.title, ...reviewTexts(review).flatMap(([, text]) => blockTexts(compileMarkdown(joinJapanese(text, SPACES))))]);
  });

  it("the Japanese programs have no stray spaces in their Japanese", () => {
    for (const file of ["starter.py", "solution.py", ...(source.review ? ["review.py"] : [])]) {
      const lines = resolvePython(files[`${folder}/${file}`]!).ja.split("\n");
      const spaced = lines.filter((line) => /[\p{scx=Hira}\p{scx=Kana}\p{scx=Han}][ \t]+[\p{scx=Hira}\p{scx=Kana}\p{scx=Han}]/u.test(line));
      expect(spaced, file).toEqual([]);
    }
  });

  it("names buttons and controls exactly as the interface shows them", () => {
    const all = [...Object.values(text.sections), ...text.hints].flatMap((tree) => blockTexts(tree)).join("\n");
    for (const [, name] of all.matchAll(/「([^」]+)」(?=を押|ボタン|をクリック|を選)/g)) {
      expect(uiStrings.has(name!), `「${name}」 is not a label of src/i18n/ja.ts`).toBe(true);
    }
  });
});

describe("the interface text", () => {
  it("src/i18n/ja.ts follows the style guide", () => {
    expectStyled("src/i18n/ja.ts", [...uiStrings]);
  });

  it("lesson 00 lists the roles with the names of the role list, in its order", () => {
    const table = compileLesson(course.lessons[0]!).text.ja.sections.what;
    const names = blockTexts(table);
    const listed = ROLE_IDS.map((id) => roles[id].name);
    const start = names.indexOf(listed[0]!);
    expect(start, "the roles table of lesson 00").toBeGreaterThan(-1);
    expect(names.filter((_, i) => i >= start && (i - start) % 2 === 0).slice(0, listed.length)).toEqual(listed);
  });
});
