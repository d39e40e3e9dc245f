// @vitest-environment jsdom
// The runner beside Python: inputs that cannot be prepared are not a Python crash, and output
// files the runtime refused as too large are said with their size and the limit, and kept apart.
import { act, cleanup, render, renderHook, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import type { RunOptions } from "../../runtime";

const run = vi.fn();
vi.mock("../../runtime", () => ({
  MAX_OUTPUT_FILE_BYTES: 48 * 1024 * 1024,
  runtime: { run: (code: string, options: RunOptions) => run(code, options), subscribe: () => () => undefined, getStatus: () => "ready" },
}));

const { useCodeRunner } = await import("../useCodeRunner");
const { RunNotes } = await import("../RunNotes");

afterEach(cleanup);

const io = (inputs: () => Promise<Record<string, string>>, onFiles = vi.fn()) => ({
  inputs,
  storedInputs: () => Promise.resolve(null),
  collect: ["dataset.csv"],
  onFiles,
  truncatedNote: "cut",
  language: "en" as const,
});

describe("useCodeRunner", () => {
  it("says when the lesson's inputs could not be prepared, without running or claiming Python crashed", async () => {
    run.mockReset();
    const { result } = renderHook(() => useCodeRunner(io(() => Promise.reject(new Error("The reference solution of lesson 03 could not run.")))));
    await act(() => result.current.run("print(1)"));
    expect(run).not.toHaveBeenCalled();
    expect(result.current.ended).toBeNull();
    expect(result.current.inputsFailed).toBe("The reference solution of lesson 03 could not run.");
    render(<RunNotes refused={result.current.refused} inputsFailed={result.current.inputsFailed} />);
    expect(screen.getByRole("alert").textContent).toContain("This lesson's input files could not be prepared, so your code did not run");
  });

  it("hands refused files on with the kept ones and says their size and the limit", async () => {
    run.mockReset().mockResolvedValue({ status: "done", error: null, displays: [], files: { "datasheet.json": "{}" }, refused: { "dataset.csv": 50 * 1024 * 1024 } });
    const onFiles = vi.fn();
    const { result } = renderHook(() => useCodeRunner(io(() => Promise.resolve({}), onFiles)));
    await act(() => result.current.run("big()"));
    expect(onFiles).toHaveBeenCalledWith({ "datasheet.json": "{}" }, { "dataset.csv": 50 * 1024 * 1024 });
    render(<RunNotes refused={result.current.refused} inputsFailed={result.current.inputsFailed} />);
    expect(screen.getByRole("alert").textContent).toBe(
      "dataset.csv was not kept: it is 50.0 MB, and the course keeps at most 48 MB of output files from one run. The next lessons use the course's reference file instead. Write a smaller file (fewer rows or columns) and run again.",
    );
  });
});
