// The page side of the worker protocol, against a scripted fake worker (no browser needed).
import { describe, expect, it, vi } from "vitest";
import { PythonRuntime } from "../client";
import type { WorkerRequest, WorkerResponse } from "../protocol";

type Reply = (request: WorkerRequest, send: (message: WorkerResponse) => void) => void;

class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  constructor(private readonly reply: Reply) {
    FakeWorker.created.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.received.push(request);
    queueMicrotask(() =>
      this.reply(request, (message) => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
      }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

function runtimeWith(reply: Reply, canInterrupt = false) {
  FakeWorker.created = [];
  const runtime = new PythonRuntime({
    canInterrupt,
    createWorker: () => new FakeWorker(reply) as unknown as Worker,
  });
  return runtime;
}

const readyOnInit: Reply = (request, send) => {
  if (request.type === "init") send({ type: "ready", startedFrom: "plain" });
};

describe("PythonRuntime", () => {
  it("starts the worker at once, and reports loading then ready", async () => {
    const runtime = runtimeWith(readyOnInit);
    expect(runtime.getStatus()).toBe("loading");
    expect(FakeWorker.created[0]!.received).toEqual([{ type: "init", interruptBuffer: null }]);
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("ready"));
  });

  it("streams output of its own request and ignores replies with other ids", async () => {
    const runtime = runtimeWith((request, send) => {
      if (request.type === "init") return send({ type: "ready", startedFrom: "plain" });
      if (request.type !== "run") return;
      send({ type: "stream", id: request.id + 100, stream: "stdout", text: "not mine\n" });
      send({ type: "stream", id: request.id, stream: "stdout", text: "hello\n" });
      send({ type: "ran", id: request.id + 100, error: null, displays: [], files: {} });
      send({ type: "ran", id: request.id, error: null, displays: ['{"type": "text", "text": "1"}'], files: { "out.json": "{}" } });
    });
    const printed: string[] = [];
    const outcome = await runtime.run("print('hello')", { collect: ["out.json"], onOutput: (_, text) => printed.push(text) });
    expect(printed).toEqual(["hello\n"]);
    expect(outcome).toEqual({ status: "done", error: null, displays: [{ type: "text", text: "1" }], files: { "out.json": "{}" } });
    expect(runtime.getStatus()).toBe("ready");
  });

  it("without isolation, Stop restarts the worker and the next run goes to the new one", async () => {
    let hang = true;
    const runtime = runtimeWith((request, send) => {
      if (request.type === "init") return send({ type: "ready", startedFrom: "plain" });
      if (request.type === "run" && !hang) send({ type: "ran", id: request.id, error: null, displays: [], files: {} });
    });
    const running = runtime.run("while True: pass");
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("running"));
    runtime.stop();
    await expect(running).resolves.toEqual({ status: "stopped" });
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    hang = false;
    await expect(runtime.run("print(1)")).resolves.toMatchObject({ status: "done" });
  });

  it("with isolation, Stop interrupts in place when Python answers", async () => {
    let buffer: Int32Array | undefined;
    const runtime = runtimeWith((request, send) => {
      if (request.type === "init") {
        buffer = new Int32Array(request.interruptBuffer!);
        return send({ type: "ready", startedFrom: "plain" });
      }
      const poll = setInterval(() => {
        if (buffer![0] === 2) {
          clearInterval(poll);
          send({ type: "interrupted", id: (request as { id: number }).id });
        }
      }, 5);
    }, true);
    const running = runtime.run("while True: pass");
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("running"));
    runtime.stop();
    await expect(running).resolves.toEqual({ status: "stopped" });
    expect(FakeWorker.created).toHaveLength(1);
  });

  it("reports a check that exceeds its time limit as a timeout and recovers", async () => {
    const runtime = runtimeWith(readyOnInit);
    await expect(runtime.check("while True: pass", "def test_x(l): pass", { timeoutSeconds: 0.05 })).resolves.toEqual({
      status: "timeout",
      seconds: 0.05,
    });
    expect(FakeWorker.created).toHaveLength(2);
  });

  it("restarts the worker when the interpreter crashes", async () => {
    const runtime = runtimeWith((request, send) => {
      if (request.type === "init") return send({ type: "ready", startedFrom: "plain" });
      if (request.type === "run") send({ type: "crashed", id: request.id, message: "RangeError: Maximum call stack size exceeded" });
    });
    await expect(runtime.run("def f(): f()\nf()")).resolves.toEqual({ status: "crashed", message: "RangeError: Maximum call stack size exceeded" });
    expect(FakeWorker.created).toHaveLength(2);
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("ready"));
  });

  it("rejects runs with the reason when Python cannot start", async () => {
    const runtime = runtimeWith((request, send) => {
      if (request.type === "init") send({ type: "failed-to-start", message: "dataset: HTTP 404" });
    });
    await expect(runtime.run("print(1)")).rejects.toThrow("dataset: HTTP 404");
    expect(runtime.getStatus()).toBe("failed");
  });
});
