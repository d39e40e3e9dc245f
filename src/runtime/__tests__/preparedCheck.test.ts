import { describe, expect, it } from "vitest";
import type { CheckJob, JobResult, RunJob, WorkerMessage, WorkerRequest } from "../protocol";
import { checkAheadOf, PreparedCheck } from "../sandbox/preparedCheck";

/** A worker that answers nothing by itself: the test says what it posts back. */
class FakeWorker {
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  posted: WorkerRequest[] = [];
  terminated = false;
  postMessage(request: WorkerRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(result: JobResult) {
    const request = this.posted[0];
    if (request?.type === "job") this.onmessage?.({ data: { type: "done", nonce: request.nonce, result } });
  }
}

const run: RunJob = { kind: "run", code: "print(1)", files: { "in.csv": "a\n1\n" }, collect: ["out.json"], language: "ja" };
const ahead = { checkCode: "CHECK", messages: { title: "題" }, timeoutSeconds: 20 };
const check: CheckJob = { kind: "check", code: "print(1)", checkCode: "CHECK", files: { "in.csv": "a\n1\n" }, collect: ["out.json"], language: "ja", messages: { title: "題" } };
const result: JobResult = { kind: "check", error: null, results: [{ name: "n", title: "t", passed: true, message: "" }], files: {}, refused: {} };

function setUp() {
  const workers: FakeWorker[] = [];
  const ended: string[] = [];
  const prepared = new PreparedCheck({
    launch: async () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    nonce: () => `nonce-${workers.length}`,
    referenceFor: () => null,
    ended: () => ended.push(`ended with ${workers.filter((w) => w.terminated).length} ended`),
  });
  return { prepared, workers, ended };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a check prepared after a Run", () => {
  it("is the Check the page sends for the Run's code, and a Check with exactly that job takes its result once", async () => {
    expect(checkAheadOf(run, ahead)).toEqual(check);
    const { prepared, workers, ended } = setUp();
    prepared.prepare(checkAheadOf(run, ahead), 20);
    await settle();
    expect(workers[0]?.posted[0]).toMatchObject({ type: "job", job: check });
    expect(ended).toEqual([]);
    workers[0]?.answer(result);
    // The frame hears of it once its worker is gone, and boots a spare for the next one.
    expect(ended).toEqual(["ended with 1 ended"]);
    const claim = prepared.claim({ ...check, files: { ...check.files } });
    expect(await claim?.result).toEqual(result);
    expect(workers[0]?.terminated).toBe(true);
    expect(prepared.claim(check)).toBeNull();
  });

  it("is not taken by a Check of other code, files, language or catalog, and is given up while running", async () => {
    for (const other of [
      { ...check, code: "print(2)" },
      { ...check, files: { "in.csv": "a\n2\n" } },
      { ...check, language: "en" as const },
      { ...check, messages: { title: "other" } },
      { ...check, collect: [] },
    ]) {
      const { prepared, workers } = setUp();
      prepared.prepare(check, 20);
      await settle();
      expect(prepared.claim(other)).toBeNull();
      expect(workers[0]?.terminated).toBe(true);
      expect(prepared.claim(check)).toBeNull();
    }
  });

  it("comes to nothing when its worker crashes or it takes too long, so the Check runs as usual", async () => {
    const { prepared, workers } = setUp();
    prepared.prepare(check, 20);
    await settle();
    const claim = prepared.claim(check);
    const request = workers[0]?.posted[0];
    if (request?.type === "job") workers[0]?.onmessage?.({ data: { type: "crashed", nonce: request.nonce, reason: "memory", message: "" } });
    expect(await claim?.result).toBeNull();

    const slow = setUp();
    slow.prepared.prepare(check, 0.01);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slow.workers[0]?.terminated).toBe(true);
    expect(slow.prepared.claim(check)).toBeNull();
  });

  it("ignores a result without its worker's nonce, and a claimed one can be stopped", async () => {
    const { prepared, workers } = setUp();
    prepared.prepare(check, 20);
    await settle();
    workers[0]?.onmessage?.({ data: { type: "done", nonce: "forged", result } });
    const claim = prepared.claim(check);
    claim?.cancel();
    expect(workers[0]?.terminated).toBe(true);
    expect(await claim?.result).toBeNull();
  });
});
