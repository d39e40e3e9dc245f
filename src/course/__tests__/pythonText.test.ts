// The # ja: markers of lesson programs: one source, resolved into the English and the Japanese program.
import { describe, expect, it } from "vitest";
import { resolvePython } from "../pythonText";

describe("resolvePython", () => {
  it("replaces a line that ends with # ja: by its Japanese version, keeping the indentation", () => {
    const source = 'def f():\n    """Count."""  # ja: """数えます。"""\n    print(f"Sales: {n}")  # ja: print(f"売買：{n} 件")\n';
    expect(resolvePython(source)).toEqual({
      en: 'def f():\n    """Count."""\n    print(f"Sales: {n}")\n',
      ja: 'def f():\n    """数えます。"""\n    print(f"売買：{n} 件")\n',
      problems: [],
    });
  });

  it("takes the # ja: lines of a comment block as the Japanese of its other lines", () => {
    const source = "x = 1\n    # Two lines\n    # of English.\n    # ja: 日本語は 1 行。\n    # ja:\ny = 2\n";
    const { en, ja, problems } = resolvePython(source);
    expect(en).toBe("x = 1\n    # Two lines\n    # of English.\ny = 2\n");
    expect(ja).toBe("x = 1\n    # 日本語は 1 行。\n    #\ny = 2\n");
    expect(problems).toEqual([]);
  });

  it("leaves comments without # ja: lines, and ordinary trailing comments, the same in both", () => {
    const source = "# expect: count_header\nx = 1  # not a marker\n";
    expect(resolvePython(source)).toMatchObject({ en: source, ja: source });
  });

  it("resolves a # lang: block of several lines, the Japanese part commented out", () => {
    const source = [
      "def f():",
      "    # lang: en",
      '    """Fence: low and high.',
      '    Quartiles of the values."""',
      "    # lang: ja",
      '    # """外れ値の境界（low と high）。',
      "    #",
      '    # 値の四分位数から求めます。"""',
      "    # lang: end",
      "    return 1",
    ].join("\n");
    const { en, ja, problems } = resolvePython(source);
    expect(problems).toEqual([]);
    expect(en).toBe('def f():\n    """Fence: low and high.\n    Quartiles of the values."""\n    return 1');
    expect(ja).toBe('def f():\n    """外れ値の境界（low と high）。\n\n    値の四分位数から求めます。"""\n    return 1');
  });

  it("reports misplaced markers by line", () => {
    const problem = (source: string) => resolvePython(source).problems;
    expect(problem("x = 1\n# ja: 訳だけ\n")).toEqual([{ line: 2, message: expect.stringMatching(/must follow the English comment/) }]);
    expect(problem("x = 1  # ja:\n")[0]).toMatchObject({ line: 1, message: expect.stringMatching(/needs the Japanese version/) });
    expect(problem("# lang: en\nx = 1\n")[0]).toMatchObject({ line: 1, message: expect.stringMatching(/never ends/) });
    expect(problem("# lang: ja\n")[0]).toMatchObject({ line: 1, message: expect.stringMatching(/without an open/) });
    expect(problem("# lang: en\nx = 1\n# lang: ja\ny = 2\n# lang: end\n")[0]).toMatchObject({ line: 4, message: expect.stringMatching(/commented out/) });
    expect(problem("x = 1  #ja: y = 1\n")[0]).toMatchObject({ line: 1, message: expect.stringMatching(/exactly as/) });
  });
});
