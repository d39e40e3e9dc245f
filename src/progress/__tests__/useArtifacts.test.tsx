// @vitest-environment jsdom
// The artifacts client: saves in order, reads after pending saves, no rewrite of an unchanged file,
// and pages told what changed without reading the files again.
import { act, cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Artifact, FileMap } from "../artifacts";

const stored = new Map<string, Artifact>();
const calls = { save: [] as string[][], readAll: 0 };
let saveDelay = 0;
/** What the next saves throw (the browser refusing), until set back to undefined. */
let saveFailure: Error | undefined;

vi.mock("../artifacts", () => ({
  // As the real store: the time given, else the time of the write.
  async saveArtifacts(files: FileMap, lesson: string, source: Artifact["source"], given?: string) {
    calls.save.push(Object.keys(files));
    if (saveFailure) throw saveFailure;
    await new Promise((resolve) => setTimeout(resolve, saveDelay));
    const savedAt = given ?? new Date().toISOString();
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

const { forgetArtifacts, readSavedArtifacts, retryArtifacts, storeArtifacts, useArtifactProblem, useArtifacts } = await import("../useArtifacts");

beforeEach(async () => {
  saveFailure = undefined;
  // Files left waiting by an earlier test are saved (or dropped) before this one starts.
  await retryArtifacts();
  stored.clear();
  await forgetArtifacts(["model.json", "runs.json", "train.csv", "dataset.csv", "datasheet.json", "other.json"]);
  calls.save = [];
  calls.readAll = 0;
  saveDelay = 0;
});

afterEach(cleanup);

const quotaExceeded = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

describe("storeArtifacts", () => {
  it("lets a read that starts during a save see the saved files", async () => {
    saveDelay = 50;
    const saving = storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner");
    const read = await readSavedArtifacts(["train.csv"]);
    expect(read["train.csv"]?.content).toBe("a,b\n");
    await saving;
  });

  it("stores a file with the time pages were told of, so a page's view and the store agree", async () => {
    function Saved() {
      const files = useArtifacts(["model.json"]);
      return <p>{files?.["model.json"]?.savedAt ?? "none"}</p>;
    }
    render(<Saved />);
    await act(async () => void (await readSavedArtifacts(["model.json"])));
    saveDelay = 20;
    await act(() => storeArtifacts({ "model.json": "{}" }, "train", "learner"));
    const stored = (await readSavedArtifacts(["model.json"]))["model.json"]?.savedAt;
    expect(stored).toMatch(/^\d{4}-/);
    expect(screen.getByText(stored!)).toBeTruthy();
  });

  it("serves the parts of a page that ask for the same files with one read", async () => {
    await storeArtifacts({ "model.json": "{}" }, "train", "learner");
    calls.readAll = 0;
    function All({ label }: { label: string }) {
      const files = useArtifacts();
      return <p>{`${label}: ${files ? Object.keys(files).join(",") : "reading"}`}</p>;
    }
    render(
      <>
        <All label="a" />
        <All label="b" />
      </>,
    );
    await act(async () => void (await readSavedArtifacts([])));
    expect(screen.getByText("a: model.json")).toBeTruthy();
    expect(screen.getByText("b: model.json")).toBeTruthy();
    expect(calls.readAll).toBe(1);
  });

  it("does not write a file again when nothing about it changed", async () => {
    await storeArtifacts({ "model.json": "{}", "runs.json": "[]" }, "train", "learner");
    await storeArtifacts({ "model.json": "{}", "runs.json": "[1]" }, "train", "learner");
    await storeArtifacts({ "model.json": "{}" }, "train", "reference");
    expect(calls.save).toEqual([["model.json", "runs.json"], ["runs.json"], ["model.json"]]);
    expect(stored.get("model.json")?.source).toBe("reference");
  });
});

describe("a save that fails", () => {
  it("is said with the files and the reason, keeps the files for the next lesson, and is retried until it succeeds", async () => {
    function Problem() {
      const problem = useArtifactProblem();
      return <p>{problem ? `${problem.reason}: ${problem.files.join(", ")}` : "saved"}</p>;
    }
    render(<Problem />);
    saveFailure = quotaExceeded();
    await act(() => storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner"));
    expect(screen.getByText("quota: train.csv")).toBeTruthy();
    expect(stored.has("train.csv")).toBe(false);
    // The next lesson still reads the learner's own file, from this tab.
    expect((await readSavedArtifacts(["train.csv"]))["train.csv"]).toMatchObject({ content: "a,b\n", source: "learner" });

    // Space freed: the next save of anything also saves what was waiting.
    saveFailure = undefined;
    await act(() => storeArtifacts({ "model.json": "{}" }, "train", "learner"));
    expect(screen.getByText("saved")).toBeTruthy();
    expect(stored.get("train.csv")).toMatchObject({ content: "a,b\n", lesson: "preprocess", source: "learner" });
    expect(stored.get("model.json")).toMatchObject({ content: "{}", lesson: "train" });
  });

  it("says why when the store cannot be opened at all, and Try again saves once it can", async () => {
    function Problem() {
      const problem = useArtifactProblem();
      return <p>{problem ? `${problem.reason}: ${problem.message}` : "saved"}</p>;
    }
    render(<Problem />);
    saveFailure = new DOMException("IndexedDB is not available here.", "InvalidStateError");
    await act(() => storeArtifacts({ "model.json": "{}" }, "train", "learner"));
    expect(screen.getByText("failed: IndexedDB is not available here.")).toBeTruthy();
    saveFailure = undefined;
    await act(() => retryArtifacts());
    expect(screen.getByText("saved")).toBeTruthy();
    expect(stored.get("model.json")?.content).toBe("{}");
  });
});

describe("a save that fails, left alone", () => {
  afterEach(() => vi.useRealTimers());

  it("is tried again by itself after half a minute", async () => {
    vi.useFakeTimers();
    saveFailure = quotaExceeded();
    await storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner");
    expect(stored.has("train.csv")).toBe(false);
    saveFailure = undefined;
    await vi.advanceTimersByTimeAsync(29_000);
    expect(stored.has("train.csv")).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(stored.get("train.csv")?.content).toBe("a,b\n");
  });
});

describe("the already-saved cache", () => {
  it("does not outlive the store: files cleared under an open tab are saved again by the next run", async () => {
    await storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner");
    stored.clear();
    await storeArtifacts({ "train.csv": "a,b\n" }, "preprocess", "learner");
    expect(calls.save).toEqual([["train.csv"], ["train.csv"]]);
    expect(stored.get("train.csv")?.content).toBe("a,b\n");
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
