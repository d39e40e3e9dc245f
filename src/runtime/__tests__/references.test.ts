// The sandbox frame's references: one is used only for the same check, catalog and input files.
import { describe, expect, it } from "vitest";
import type { CheckJob } from "../protocol";
import { referenceFor, referenceWanted, type References } from "../sandbox/references";

const job = (over: Partial<CheckJob> = {}): CheckJob => ({
  kind: "check",
  code: "print(1)",
  checkCode: "def test_x(learner): pass",
  files: { "dataset.csv": "a,b\n1,2\n", "split_plan.json": "{}" },
  collect: [],
  language: "en",
  messages: { titles: {}, messages: { hi: "Hello" } },
  ...over,
});

const kept = (data: ArrayBuffer | null): References => [
  { checkCode: job().checkCode, files: { ...job().files }, messages: JSON.stringify(job().messages), data },
];

describe("references", () => {
  it("gives a copy of the reference to a check on the same files, whatever its own code", () => {
    const data = new Uint8Array([1, 2, 3]).buffer;
    const references = kept(data);
    const given = referenceFor(references, job({ code: "print(2)", files: { "split_plan.json": "{}", "dataset.csv": "a,b\n1,2\n" } }));
    expect(given && [...new Uint8Array(given)]).toEqual([1, 2, 3]);
    expect(given).not.toBe(data);
    expect(referenceWanted(references, job())).toBe(false);
  });

  it.each([
    ["another input file's text", { files: { "dataset.csv": "a,b\n1,3\n", "split_plan.json": "{}" } }],
    ["a missing input file", { files: { "dataset.csv": "a,b\n1,2\n" } }],
    ["an extra input file", { files: { ...job().files, "extra.json": "{}" } }],
    ["another check", { checkCode: "def test_y(learner): pass" }],
    ["another language's catalog", { messages: { titles: {}, messages: { hi: "こんにちは" } } }],
  ])("gives none for %s, and wants one made", (_, over) => {
    const references = kept(new Uint8Array([1]).buffer);
    expect(referenceFor(references, job(over))).toBeNull();
    expect(referenceWanted(references, job(over))).toBe(true);
  });

  it("tries a reference once: after one that made nothing, checks compute everything", () => {
    const references = kept(null);
    expect(referenceFor(references, job())).toBeNull();
    expect(referenceWanted(references, job())).toBe(false);
  });
});
