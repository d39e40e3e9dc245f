import { describe, expect, it } from "vitest";
import type { ReviewAnswer } from "../../../course/types";
import { parseNumber } from "../parseNumber";
import { scoreReview } from "../score";
import { question, review } from "./fixture";

const answer = (id: string): ReviewAnswer => review.answers[id]!;
const score = (id: string, given: Parameters<typeof scoreReview>[2]) => scoreReview(question(id), answer(id), given);

describe("scoreReview: number", () => {
  it("is right within the tolerance, exactly at it included, and wrong just beyond", () => {
    expect(score("overall-mae", { value: 18342.7 })).toEqual({ kind: "number", correct: true });
    expect(score("overall-mae", { value: 18342.7 - 50 }).correct).toBe(true);
    expect(score("overall-mae", { value: 18342.7 + 50 }).correct).toBe(true);
    expect(score("overall-mae", { value: 18292.7 }).correct).toBe(true);
    expect(score("overall-mae", { value: 18292.6 })).toEqual({ kind: "number", correct: false, typical: undefined });
    expect(score("overall-mae", { value: 18392.8 }).correct).toBe(false);
  });

  it("keeps a value exactly at a decimal tolerance right despite float rounding", () => {
    const decimal: ReviewAnswer = { kind: "number", value: 18342.7, tolerance: 42.7, typical: {} };
    expect(scoreReview(question("overall-mae"), decimal, { value: 18300 }).correct).toBe(true);
    expect(scoreReview(question("overall-mae"), decimal, { value: 18299.99 }).correct).toBe(false);
  });

  it("names the typical wrong value an answer matches, within the tolerance of it", () => {
    expect(score("overall-mae", { value: 17210 })).toEqual({ kind: "number", correct: false, typical: "validation-mae" });
    expect(score("overall-mae", { value: 17210.4 + 50 })).toMatchObject({ typical: "validation-mae" });
    expect(score("overall-mae", { value: 17210.4 + 51 })).toEqual({ kind: "number", correct: false, typical: undefined });
  });

  it("picks the nearest typical value when two are near", () => {
    const near: ReviewAnswer = { kind: "number", value: 100, tolerance: 5, typical: { low: 80, lower: 74 } };
    expect(scoreReview(question("overall-mae"), near, { value: 78 })).toMatchObject({ typical: "low" });
    expect(scoreReview(question("overall-mae"), near, { value: 76 })).toMatchObject({ typical: "lower" });
  });

  it("counts an answer of another shape, or no finite number, as wrong", () => {
    expect(score("overall-mae", { option: "18342.7" }).correct).toBe(false);
    expect(score("overall-mae", { value: Number.NaN }).correct).toBe(false);
  });
});

describe("scoreReview: findings", () => {
  it("is right only for exactly the answer's set, in any order", () => {
    expect(score("missing", { options: ["no-conditions", "slice-ignored"] })).toEqual({ kind: "findings", correct: true, missed: [], wrongPicks: [] });
  });

  it("lists the findings missed and the options wrongly picked, in the order shown", () => {
    expect(score("missing", { options: ["no-rmse", "no-conditions"] })).toEqual({
      kind: "findings",
      correct: false,
      missed: ["slice-ignored"],
      wrongPicks: ["no-rmse"],
    });
  });

  it("treats no pick as missing every finding", () => {
    expect(score("missing", { options: [] })).toMatchObject({ correct: false, missed: ["slice-ignored", "no-conditions"], wrongPicks: [] });
  });

  it("is right for an empty answer set only when nothing is picked", () => {
    const none: ReviewAnswer = { kind: "findings", options: [] };
    expect(scoreReview(question("missing"), none, { options: [] }).correct).toBe(true);
    expect(scoreReview(question("missing"), none, { options: ["no-rmse"] }).correct).toBe(false);
  });

  it("counts an unknown id as a wrong pick, listed last", () => {
    expect(score("missing", { options: ["zzz", "slice-ignored", "no-conditions"] })).toMatchObject({ correct: false, missed: [], wrongPicks: ["zzz"] });
  });

  it("ignores a pick given twice", () => {
    expect(score("missing", { options: ["slice-ignored", "slice-ignored", "no-conditions"] }).correct).toBe(true);
  });
});

describe("scoreReview: decision", () => {
  it("is right with the right option and exactly the answer's evidence", () => {
    expect(score("go", { option: "go-with-conditions", evidence: ["slice-fails", "overall-above-goal"] })).toEqual({
      kind: "decision",
      correct: true,
      option: "go-with-conditions",
      optionRight: true,
      missed: [],
      wrongPicks: [],
    });
  });

  it("is wrong with the right option but evidence missed or wrongly picked", () => {
    expect(score("go", { option: "go-with-conditions", evidence: ["slice-fails", "rmse-high"] })).toMatchObject({
      correct: false,
      optionRight: true,
      missed: ["overall-above-goal"],
      wrongPicks: ["rmse-high"],
    });
    expect(score("go", { option: "go-with-conditions", evidence: [] })).toMatchObject({ correct: false, missed: ["overall-above-goal", "slice-fails"] });
  });

  it("is wrong with the wrong option even on the right evidence", () => {
    expect(score("go", { option: "go", evidence: ["overall-above-goal", "slice-fails"] })).toMatchObject({ correct: false, optionRight: false, option: "go" });
  });

  it("is wrong for an unknown option or a choice without evidence", () => {
    expect(score("go", { option: "maybe", evidence: ["overall-above-goal", "slice-fails"] }).correct).toBe(false);
    expect(score("go", { option: "go-with-conditions" })).toMatchObject({ correct: false, optionRight: true, missed: ["overall-above-goal", "slice-fails"] });
  });
});

describe("scoreReview: choice and next-request", () => {
  it("is right for the answer's option and names the option picked", () => {
    expect(score("small-slice", { option: "not-proven" })).toEqual({ kind: "choice", correct: true, option: "not-proven" });
    expect(score("small-slice", { option: "noise" })).toEqual({ kind: "choice", correct: false, option: "noise" });
    expect(score("next", { option: "fix-decision" })).toEqual({ kind: "next-request", correct: true, option: "fix-decision" });
    expect(score("next", { option: "deploy" })).toEqual({ kind: "next-request", correct: false, option: "deploy" });
  });

  it("is wrong for an unknown option or an answer of another shape", () => {
    expect(score("small-slice", { option: "zzz" }).correct).toBe(false);
    expect(score("next", { options: ["fix-decision"] }).correct).toBe(false);
  });
});

describe("parseNumber", () => {
  it.each([
    ["18342.7", 18342.7],
    ["18,300", 18300],
    ["18300.5", 18300.5],
    ["$18,300", 18300],
    ["18,300 USD", 18300],
    ["USD 18,300", 18300],
    ["18 300", 18300],
    ["1,234,567.5", 1234567.5],
    ["  -42 ", -42],
    ["−42", -42],
    ["-$42", -42],
    ["67 %", 67],
    [".5", 0.5],
    ["１８，３００", 18300],
  ])("reads %j as %d", (input, value) => {
    expect(parseNumber(input, "USD")).toBe(value);
  });

  it("strips the question's own unit", () => {
    expect(parseNumber("12 houses", "houses")).toBe(12);
    expect(parseNumber("12 houses")).toBeUndefined();
  });

  it.each(["", "abc", "18,3", "18.300,5", "1,2345", "18300abc", "1e5", "12..5", "$", "-", "Infinity"])("refuses %j", (input) => {
    expect(parseNumber(input, "USD")).toBeUndefined();
  });
});
