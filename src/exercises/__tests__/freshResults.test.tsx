// @vitest-environment jsdom
// Results that are never mistaken for the verdict on newer code, a silent run that says so,
// feedback rendered safely, and the done checklist that ticks itself.
import { act, cleanup, render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import type { LessonSummary } from "../../course/types";
import { checkedVersion, progressStore } from "../../progress";
import type { CheckResult } from "../../runtime";
import { CheckResults } from "../CheckResults";
import { DoneChecklist } from "../DoneChecklist";
import { OutputPanel } from "../OutputPanel";

afterEach(cleanup);

const results: CheckResult[] = [
  { name: "a", title: "`monthly_value()` returns a number", passed: true, message: "" },
  { name: "b", title: "The payback month", passed: false, message: "Expected `7` but got **None**. <img src=x onerror=alert(1)> [see](https://example.com)" },
];
const allPass: CheckResult[] = results.map((r) => ({ ...r, passed: true }));

describe("CheckResults", () => {
  it("shows the verdict in colour for the code that was checked", () => {
    render(<CheckResults results={allPass} at="2026-12-01T10:00:00.000Z" freshness="current" onCheckAgain={() => {}} busy={false} />);
    expect(screen.getByRole("status").textContent).toBe("All 2 checks passed.");
    expect(screen.getByRole("status").className).toContain("pass");
    expect(screen.queryByRole("button", { name: "Check again" })).toBeNull();
  });

  it("never shows a pass for code changed since: the results are greyed and offer Check again", async () => {
    const onCheckAgain = vi.fn();
    render(<CheckResults results={allPass} at="2026-12-01T10:00:00.000Z" freshness="code" onCheckAgain={onCheckAgain} busy={false} />);
    const summary = screen.getByRole("status");
    expect(summary.textContent).toBe("Last check: 2 of 2 passed, for an earlier version.");
    expect(summary.className).not.toContain("pass");
    expect(screen.getByTestId("check-results").className).toContain("stale");
    expect(screen.getByText(/for an earlier version of your code \(checked at/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: "Check again" }));
    expect(onCheckAgain).toHaveBeenCalledTimes(1);
  });

  it("says why when the language or the input files changed", () => {
    const { rerender } = render(<CheckResults results={results} at="2026-12-01T10:00:00.000Z" freshness="language" onCheckAgain={() => {}} busy />);
    expect(screen.getByText(/checked in the other language/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check again" })).toHaveProperty("disabled", true);
    rerender(<CheckResults results={results} at="2026-12-01T10:00:00.000Z" freshness="inputs" onCheckAgain={() => {}} busy={false} />);
    expect(screen.getByText(/with other input files/)).toBeTruthy();
  });

  it("renders inline code and emphasis in titles and feedback, never HTML or links", () => {
    render(<CheckResults results={results} at="2026-12-01T10:00:00.000Z" freshness="current" onCheckAgain={() => {}} busy={false} />);
    expect(screen.getByText("monthly_value()").tagName).toBe("CODE");
    expect(screen.getByText("7").tagName).toBe("CODE");
    expect(screen.getByText("None").tagName).toBe("STRONG");
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("a")).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)> \[see\]\(https:\/\/example.com\)/)).toBeTruthy();
  });
});

describe("OutputPanel", () => {
  const props = { output: [], displays: [], error: null, ended: null, running: false };
  it("invites a first run, then says when a run printed nothing", () => {
    const { rerender } = render(<OutputPanel {...props} ranAt={null} stale={false} />);
    expect(screen.getByTestId("output").textContent).toBe("Run your code to see what it prints here.");
    const at = new Date("2026-12-01T10:11:12");
    rerender(<OutputPanel {...props} ranAt={at} stale={false} />);
    expect(screen.getByTestId("output").textContent).toBe(`Your code ran at ${at.toLocaleTimeString("en")} and printed nothing. Use print() to see a value.`);
  });
  it("marks output from an earlier version of the code", () => {
    render(<OutputPanel {...props} output={[{ stream: "stdout", text: "42\n" }]} ranAt={new Date()} stale />);
    expect(screen.getByText(/This output is from an earlier version of your code/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Output" }).className).toContain("stale");
  });
});

describe("DoneChecklist", () => {
  const lesson = { slug: "test-done", starter: { en: "start", ja: "start-ja" } } as LessonSummary;
  it("ticks each item as the learner's progress meets it, and says when the lesson is done", () => {
    render(<DoneChecklist lesson={lesson} />);
    const items = () => screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items()).toEqual([
      "○Not yet: Every check passes for the code in your editor",
      "○Not yet: You have drafted at least one request",
    ]);
    const checks = { at: "", results: allPass, passed: true, version: checkedVersion("good", "en", "") };
    act(() => progressStore.updateLesson(lesson.slug, (p) => ({ ...p, code: "good", checks })));
    expect(items()[0]).toBe("✓Done: Every check passes for the code in your editor");
    expect(screen.queryByText("This lesson is done.")).toBeNull();
    act(() => progressStore.updateLesson(lesson.slug, (p) => ({ ...p, drafts: [{ id: "d", role: "", kind: "", request: "Maya, …", unblocks: "" }] })));
    expect(screen.getByText("This lesson is done.")).toBeTruthy();
    // Editing the code after the pass takes the tick away again.
    act(() => progressStore.updateLesson(lesson.slug, (p) => ({ ...p, code: "good, edited" })));
    expect(items()[0]).toBe("○Not yet: Every check passes for the code in your editor");
    expect(screen.queryByText("This lesson is done.")).toBeNull();
  });
});
