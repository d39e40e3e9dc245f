// @vitest-environment jsdom
// The build-time compile of lesson markdown, and how the app renders what it produced.
import { render, screen } from "@testing-library/preact";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { goodLesson } from "../../src/course/__tests__/fixtures";
import { CourseError, loadCourse } from "../../src/course/loader";
import { RichText } from "../../src/ui/RichText";
import { compileCourse, compileMarkdown } from "./compile-course";

const show = (markdown: string) =>
  render(
    <MemoryRouter>
      <RichText tree={compileMarkdown(markdown)} />
    </MemoryRouter>,
  );

describe("compileMarkdown", () => {
  it("keeps no source positions: the browser does not need them", () => {
    expect(JSON.stringify(compileMarkdown("Some *text*\n\n- a\n- b"))).not.toContain("position");
  });

  it("refuses raw HTML in lesson text, which learners would never see", () => {
    expect(() => compileMarkdown('Before <img src="x" onerror="alert(1)"> after')).toThrow(/raw HTML "<img src=/);
    expect(() => compileMarkdown("<script>alert(1)</script>")).toThrow(/raw HTML/);
    expect(() => compileMarkdown("Prices 1 < 2 and `<b>` in code stay text")).not.toThrow();
    show("Prices 1 < 2 and `<b>` in code stay text");
    expect(screen.getByText("<b>")).toBeTruthy();
  });

  it("joins a Japanese sentence broken across source lines, without the space a browser would show", () => {
    const text = (markdown: string) => JSON.stringify(compileMarkdown(markdown));
    expect(text("データを\n読みます。\n**マヤさん**\nに聞きます。")).toContain("データを読みます。");
    expect(text("データを\n読みます。\n**マヤさん**\nに聞きます。")).toContain('"value":"に聞きます。"');
    // Next to a Latin word or code the break stays, shown as the space the style guide asks for.
    expect(text("ファイル\n`data/ames.csv` を\nPython で読みます。")).toContain('"value":"ファイル\\n"');
    expect(text("ファイル\n`data/ames.csv` を\nPython で読みます。")).toContain('"value":" を\\nPython で読みます。"');
    // After full-width punctuation nothing is spaced, whatever follows.
    expect(text("読みます。\n`csv` で")).toContain('"value":"読みます。"');
    expect(text("English lines\nstay as they are.")).toContain("English lines\\nstay as they are.");
  });

  it("refuses links that are not to the web, mail or the course", () => {
    expect(() => compileMarkdown("[x](javascript:alert(1))")).toThrow(/link "javascript:alert\(1\)"/);
    expect(() => compileMarkdown("[x](https://example.org) [y](/lessons/train) [z](#why)")).not.toThrow();
  });
});

describe("RichText", () => {
  it("renders GFM tables inside a scroll box and shifts headings under the section's", () => {
    const { container } = show("## Step\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(screen.getByRole("heading", { level: 3, name: "Step" })).toBeTruthy();
    expect(container.querySelector(".table-scroll > table")).not.toBeNull();
    expect(screen.getByRole("cell", { name: "2" })).toBeTruthy();
  });

  it("keeps course links in the app and opens other links in a new tab", () => {
    show("[next](/lessons/train) and [docs](https://example.org)");
    expect(screen.getByRole("link", { name: "next" }).getAttribute("target")).toBeNull();
    expect(screen.getByRole("link", { name: "docs" }).getAttribute("target")).toBe("_blank");
  });
});

describe("compileCourse", () => {
  const compiled = compileCourse(loadCourse({ ...goodLesson("01-sample"), ...goodLesson("02-other") }));

  it("puts only what lists and navigation need into the index", () => {
    expect(compiled.index.map((l) => l.slug)).toEqual(["sample", "other"]);
    expect(compiled.index[0]).not.toHaveProperty("solution");
    expect(compiled.index[0]?.text.ja).toEqual({ title: "サンプル", summary: "A sample lesson." });
  });

  it("compiles every piece of markdown of a lesson, in both languages", () => {
    const lesson = compiled.lessons[0]!;
    expect(lesson.solution).toEqual({ en: "x = 1\n", ja: "x = 1\n" });
    for (const text of Object.values(lesson.text)) {
      expect(text.sections.how.type).toBe("root");
      expect(text.hints.every((h) => h.type === "root")).toBe(true);
      expect(text.communication.examples[0]?.request.type).toBe("root");
    }
  });

  it("links the glossary's terms at their first use in the lesson and lists the terms it uses", () => {
    const entry = (id: string, match: string[]) => ({ id, term: id, match, definition: compileMarkdown(`The ${id}.`) });
    const glossary = {
      glossary: { en: [entry("cause", ["because"]), entry("unused", ["nowhere"]), entry("thing", ["thing"])], ja: [entry("thing", ["thing"])] },
      reading: { en: [], ja: [] },
    };
    const lesson = compileCourse(loadCourse(goodLesson("01-sample")), {}, glossary).lessons[0]!;
    // In the glossary's order, whatever the text's.
    expect(lesson.text.en.terms).toEqual(["cause", "thing"]);
    expect(lesson.text.ja.terms).toEqual(["thing"]);
    const links = JSON.stringify(lesson.text.en.sections);
    expect(links).toContain('"href":"/glossary#term-thing","title":"The thing.","className":["term-link"]},"children":[{"type":"text","value":"thing"}]');
    expect(links).toContain('"href":"/glossary#term-cause"');
    expect(links).not.toContain("term-unused");
    // Without a glossary (as in lessons checked on their own) the text is left as written.
    expect(compiled.lessons[0]!.text.en.terms).toEqual([]);
    expect(JSON.stringify(compiled.lessons[0]!.text.en.sections)).not.toContain("term-link");
  });

  it("names the file and field of a bad link", () => {
    const files = goodLesson("01-sample");
    files["01-sample/hints.ja.md"] = "一\n---\n[二](javascript:x)\n---\n三\n";
    expect(() => compileCourse(loadCourse(files))).toThrow(CourseError);
    expect(() => compileCourse(loadCourse(files))).toThrow(/lessons\/01-sample\/hints\.ja\.md: hints\.1: link/);
  });
});
