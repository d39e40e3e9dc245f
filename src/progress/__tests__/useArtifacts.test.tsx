// @vitest-environment jsdom
// The artifacts client: saves in order, reads after pending saves, no rewrite of an unchanged file,
// and pages told what changed without reading the files again.
import { act, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Artifact, FileMap } from "../artifacts";

const stored = new Map<string, Artifact>();
const calls = { save: [] as string[][], readAll: 0 };
let saveDelay = 0;

vi.mock("../artifacts", () => ({
  async saveArtifacts(files: FileMap, lesson: string, source: Artifact["source"]) {
    calls.save.push(Object.keys(files));
    await new Promise((resolve) => setTimeout(resolve, saveDelay));
    const savedAt = new Date().toISOString();
    for (const [name, content] of Object.entries(files)) stored.set(name, { content, lesson, source, savedAt });
    return savedAt;
  },
  async readArtifactsNamed(names: string[]) {
    return Object.fromEntries(names.map((name) => [name, stored.get(name)]));
  },
  async readArtifacts() {
    calls.readAll++;
    return Object.fromEntries(stored);
  },
  async storedArtifactNames() {
    return new Set(stored.keys());
  },
  async removeArtifacts(names: string[]) {
    for (const name of names) stored.delete(name);
  },
}));

const { forgetArtifacts, readSavedArtifacts, storeArtifacts, useArtifacts } = await import("../useArtifacts");

beforeEach(() => {
  stored.clear();
  calls.save = [];
  calls.readAll = 0;
  saveDelay = 0;
});

describe("storeArtifacts", () => {
  it("lets a read that starts during a save see the saved files", async () => {
    saveDelay = 50;
    const saving = storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner");
    const read = await readSavedArtifacts(["train.csv"]);
    expect(read["train.csv"]?.content).toBe("a,b\n");
    await saving;
  });

  it("does not write a file again when nothing about it changed", async () => {
    await storeArtifacts({ "model.json": "{}", "runs.json": "[]" }, "train", "learner");
    await storeArtifacts({ "model.json": "{}", "runs.json": "[1]" }, "train", "learner");
    await storeArtifacts({ "model.json": "{}" }, "train", "reference");
    expect(calls.save).toEqual([["model.json", "runs.json"], ["runs.json"], ["model.json"]]);
    expect(stored.get("model.json")?.source).toBe("reference");
  });
});

function Sources({ names }: { names?: string[] }) {
  const artifacts = useArtifacts(names);
  if (!artifacts) return <p>reading</p>;
  return <p>{Object.entries(artifacts).map(([name, a]) => `${name}:${a.source}`).sort().join(" ") || "none"}</p>;
}

describe("useArtifacts", () => {
  it("shows only the named files, and follows saves and removals without reading every file", async () => {
    stored.set("dataset.csv", { content: "x", lesson: "prepare", source: "reference", savedAt: "t" });
    stored.set("other.json", { content: "{}", lesson: "analyze", source: "learner", savedAt: "t" });
    render(<Sources names={["dataset.csv", "datasheet.json"]} />);
    expect(await screen.findByText("dataset.csv:reference")).toBeTruthy();

    await act(() => storeArtifacts({ "datasheet.json": "{}", "other.json": "[]" }, "prepare", "learner"));
    expect(screen.getByText("dataset.csv:reference datasheet.json:learner")).toBeTruthy();

    await act(() => forgetArtifacts(["dataset.csv"]));
    expect(screen.getByText("datasheet.json:learner")).toBeTruthy();
    expect(calls.readAll).toBe(0);
  });
});
