import { describe, expect, it } from "vitest";
import { projectSummary, type StoredFile } from "../projectSummary";

const own = (value: unknown): StoredFile => ({ content: JSON.stringify(value), source: "learner" });
const goal = { problem: "Price every listing in half the time.", monthly_value: 12000, payback_month: 5, tolerance: 0.1, min_share_within_tolerance: 0.5 };

describe("projectSummary", () => {
  it("reads each part from the learner's files, formatted for the reader's language", () => {
    const parts = projectSummary({ "business_goal.json": own(goal) }, "en");
    expect(parts.map((part) => part.id)).toEqual(["goal", "analysis", "dataset", "preprocessor", "model", "test"]);
    expect(parts[0]!.state).toEqual({
      kind: "read",
      source: "learner",
      facts: [
        { key: "problem", value: "Price every listing in half the time." },
        { key: "monthlyValue", value: "12,000 USD" },
        { key: "payback", value: "5" },
        { key: "target", value: "50% / ±10%" },
      ],
    });
    expect(projectSummary({ "business_goal.json": own(goal) }, "ja")[0]!.state).toMatchObject({ facts: expect.arrayContaining([{ key: "monthlyValue", value: "12,000 USD" }]) });
  });

  it("marks a part made from reference files, and one with a file still missing", () => {
    const parts = projectSummary(
      { "model.json": { content: JSON.stringify({ model: "ridge", alpha: 10, chosen_run: "ridge-alpha-10" }), source: "reference" }, "experiments.json": own({ runs: [1, 2, 3], selection_metric: "val_rmse" }) },
      "en",
    );
    const model = parts.find((part) => part.id === "model")!;
    expect(model.state).toEqual({
      kind: "read",
      source: "reference",
      facts: [
        { key: "model", value: "ridge, alpha 10" },
        { key: "chosenRun", value: "ridge-alpha-10" },
        { key: "runs", value: "3 (val_rmse)" },
      ],
    });
    expect(parts.find((part) => part.id === "test")!.state).toEqual({ kind: "missing" });
    // Both files are needed: one alone is still missing.
    expect(projectSummary({ "model.json": own({ model: "ridge" }) }, "en").find((p) => p.id === "model")!.state).toEqual({ kind: "missing" });
  });

  it("reports a file that does not parse or has the wrong shape, naming it, instead of throwing", () => {
    const broken = projectSummary({ "business_goal.json": { content: "{not json", source: "learner" }, "test_report.json": own({ decision: 42 }) }, "en");
    expect(broken[0]!.state).toEqual({ kind: "unreadable", file: "business_goal.json", message: expect.stringMatching(/JSON/) });
    expect(broken[5]!.state).toEqual({ kind: "unreadable", file: "test_report.json", message: expect.stringMatching(/^decision: /) });
  });

  it("leaves out what a file does not say rather than showing empty values", () => {
    const parts = projectSummary({ "test_report.json": own({ decision: "go with conditions", overall: { rmse: 21234.4, share_within_tolerance: 0.612 } }) }, "en");
    expect(parts[5]!.state).toEqual({
      kind: "read",
      source: "learner",
      facts: [
        { key: "decision", value: "go with conditions" },
        { key: "rmse", value: "21,234 USD" },
        { key: "withinTolerance", value: "61.2%" },
      ],
    });
  });
});
