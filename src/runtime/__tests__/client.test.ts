// The page side of the sandbox protocol, against a scripted fake frame (no browser needed).
import { describe, expect, it, vi } from "vitest";
import { PythonRuntime } from "../client";
import type { HostMessage, JobResult } from "../protocol";
import type { SandboxTransport } from "../sandbox/host";

type Reply = (message: HostMessage, send: (data: unknown) => void) => void;

class FakeFrame implements SandboxTransport {
  static created: FakeFrame[] = [];
  destroyed = false;
  received: HostMessage[] = [];
  private onMessage: (data: unknown) => void = () => undefined;
  constructor(private readonly reply: Reply) {
    FakeFrame.created.push(this);
  }
  start(onMessage: (data: unknown) => void) {
    this.onMessage = onMessage;
    queueMicrotask(() => this.send({ type: "ready", startedFrom: "snapshot" }));
  }
  post(message: HostMessage) {
    this.received.push(message);
    queueMicrotask(() => this.reply(message, (data) => this.send(data)));
  }
  destroy() {
    this.destroyed = true;
  }
  /** What the sandbox (or learner code pretending to be it) sends the page. */
  send(data: unknown) {
    if (!this.destroyed) this.onMessage(data);
  }
}

function runtimeWith(reply: Reply) {
  FakeFrame.created = [];
  return new PythonRuntime({ createTransport: () => new FakeFrame(reply) });
}

const ran = (result: Partial<Extract<JobResult, { kind: "run" }>> = {}): JobResult => ({ kind: "run", error: null, displays: [], files: {}, refused: {}, ...result });
const checked = (passed: boolean): JobResult => ({
  kind: "check",
  error: null,
  results: [{ name: "test_x", title: "x", passed, message: passed ? "" : "wrong" }],
  files: {},
  refused: {},
});

/** Answers every job at once with `result`. */
const answering =
  (result: (message: Extract<HostMessage, { type: "job" }>) => JobResult): Reply =>
  (message, send) => {
    if (message.type === "job") send({ type: "done", id: message.id, result: result(message) });
  };

describe("PythonRuntime", () => {
  it("starts the sandbox at once, and reports loading then ready", async () => {
    const runtime = runtimeWith(() => undefined);
    expect(runtime.getStatus()).toBe("loading");
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("ready"));
    expect(runtime.getStartedFrom()).toBe("snapshot");
  });

  it("sends the job with its language and streams output of its own request only", async () => {
    const runtime = runtimeWith((message, send) => {
      if (message.type !== "job") return;
      send({ type: "stream", id: message.id + 100, stream: "stdout", text: "not mine\n" });
      send({ type: "stream", id: message.id, stream: "stdout", text: "hello\n" });
      send({ type: "done", id: message.id + 100, result: ran() });
      send({ type: "done", id: message.id, result: ran({ displays: ['{"type": "text", "text": "1"}'], files: { "out.json": "{}" } }) });
    });
    const printed: string[] = [];
    const outcome = await runtime.run("print('hello')", { collect: ["out.json"], language: "ja", onOutput: (_, text) => printed.push(text) });
    expect(printed).toEqual(["hello\n"]);
    expect(outcome).toEqual({ status: "done", error: null, displays: [{ type: "text", text: "1" }], files: { "out.json": "{}" }, refused: {} });
    const job = FakeFrame.created[0]!.received.find((m) => m.type === "job");
    expect(job).toMatchObject({ job: { kind: "run", code: "print('hello')", language: "ja", collect: ["out.json"] } });
    expect(runtime.getStatus()).toBe("ready");
  });

  it("takes no result for another job; one that does not parse or is of the wrong kind is an error, not a pass", async () => {
    let frameSend: (data: unknown) => void = () => undefined;
    let jobId = 0;
    const runtime = runtimeWith((message, send) => {
      if (message.type !== "job") return;
      frameSend = send;
      jobId = message.id;
    });
    // The check's promise, once its job has reached the frame (wrapped: awaiting it would wait
    // for the outcome).
    const nextCheck = async () => {
      const before = jobId;
      const outcome = runtime.check("code", "def test_x(l): pass", { timeoutSeconds: 30 });
      await vi.waitFor(() => expect(jobId).toBeGreaterThan(before));
      return { outcome };
    };
    let { outcome: checking } = await nextCheck();
    // Not results at all, or for another job: ignored.
    frameSend(null);
    frameSend({ type: "checked", id: jobId, results: [], passed: true });
    frameSend({ type: "done", id: jobId + 1, result: checked(true) });
    frameSend({ type: "done", id: jobId, result: { kind: "check", passed: true } });
    await expect(checking).resolves.toMatchObject({ status: "crashed", reason: "internal", message: expect.stringMatching(/cannot read \(result\.error/) });

    ({ outcome: checking } = await nextCheck());
    frameSend({ type: "done", id: jobId, result: { ...checked(true), results: "all passed" } });
    await expect(checking).resolves.toMatchObject({ status: "crashed", message: expect.stringMatching(/cannot read \(result\.results/) });

    ({ outcome: checking } = await nextCheck());
    frameSend({ type: "done", id: jobId, result: ran() });
    await expect(checking).resolves.toMatchObject({ status: "crashed", message: expect.stringMatching(/different kind of job/) });

    ({ outcome: checking } = await nextCheck());
    frameSend({ type: "done", id: jobId, result: checked(false) });
    await expect(checking).resolves.toMatchObject({ status: "done", results: [{ passed: false }] });
  });

  it("says so when a result for the job cannot be read, instead of waiting forever", async () => {
    const runtime = runtimeWith((message, send) => {
      if (message.type === "job") send({ type: "done", id: message.id, result: { kind: "run", error: null, displays: [42], files: {}, refused: {} } });
    });
    await expect(runtime.run("print(1)")).resolves.toMatchObject({ status: "crashed", reason: "internal", message: expect.stringMatching(/cannot read \(result\.displays/) });
  });

  it("turns a display bundle of an unknown shape into its text", async () => {
    const runtime = runtimeWith(answering(() => ran({ displays: ['{"type": "table", "columns": "x"}', "not json"] })));
    const outcome = await runtime.run("display(1)");
    expect(outcome).toMatchObject({ displays: [{ type: "text", text: '{"type": "table", "columns": "x"}' }, { type: "text", text: "not json" }] });
  });

  it("Stop ends the job in the frame and the next job runs", async () => {
    const runtime = runtimeWith((message, send) => {
      if (message.type === "stop") send({ type: "stopped", id: message.id });
      else if (message.type === "job" && message.job.code !== "while True: pass") send({ type: "done", id: message.id, result: ran() });
    });
    const running = runtime.run("while True: pass");
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("running"));
    runtime.stop();
    await expect(running).resolves.toEqual({ status: "stopped" });
    await expect(runtime.run("print(1)")).resolves.toMatchObject({ status: "done" });
    expect(FakeFrame.created).toHaveLength(1);
  });

  it("replaces the whole sandbox when the frame does not answer a stop", async () => {
    vi.useFakeTimers();
    try {
      const runtime = runtimeWith(() => undefined);
      await vi.waitFor(() => expect(runtime.getStatus()).toBe("ready"));
      const running = runtime.run("while True: pass");
      await vi.waitFor(() => expect(runtime.getStatus()).toBe("running"));
      runtime.stop();
      await vi.advanceTimersByTimeAsync(2500);
      await expect(running).resolves.toEqual({ status: "stopped" });
      expect(FakeFrame.created).toHaveLength(2);
      expect(FakeFrame.created[0]!.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a check that exceeds its time limit as a timeout", async () => {
    const runtime = runtimeWith((message, send) => {
      if (message.type === "stop") send({ type: "stopped", id: message.id });
    });
    await expect(runtime.check("while True: pass", "def test_x(l): pass", { timeoutSeconds: 0.05 })).resolves.toEqual({
      status: "timeout",
      seconds: 0.05,
    });
    expect(FakeFrame.created[0]!.received.map((m) => m.type)).toEqual(["job", "stop"]);
  });

  it("reports a crash with its reason", async () => {
    const runtime = runtimeWith((message, send) => {
      if (message.type === "job") send({ type: "crashed", id: message.id, reason: "stack", message: "" });
    });
    await expect(runtime.run("def f(): f()\nf()")).resolves.toEqual({ status: "crashed", reason: "stack", message: "" });
    expect(runtime.getStatus()).toBe("ready");
  });

  it("asks for a check ahead with the same job a Check sends, only while Python is ready and idle", async () => {
    let finishRun: () => void = () => undefined;
    const runtime = runtimeWith((message, send) => {
      if (message.type === "job") finishRun = () => send({ type: "done", id: message.id, result: ran() });
    });
    const options = { files: { "a.csv": "x\n1\n" }, collect: ["out.json"], timeoutSeconds: 20, language: "ja" as const, messages: { ok: "よし" } };
    runtime.prepareCheck("print(1)", "def test_x(l): pass", options);
    await vi.waitFor(() => expect(runtime.getStatus()).toBe("ready"));
    const frame = FakeFrame.created[0]!;
    expect(frame.received).toEqual([]);

    runtime.prepareCheck("print(1)", "def test_x(l): pass", options);
    const running = runtime.run("print(2)");
    runtime.prepareCheck("print(3)", "def test_x(l): pass", options);
    await vi.waitFor(() => expect(frame.received.map((m) => m.type)).toEqual(["prepare-check", "job"]));
    finishRun();
    await running;
    void runtime.check("print(1)", "def test_x(l): pass", options);
    await vi.waitFor(() => expect(frame.received).toHaveLength(3));
    const [ahead, , checkJob] = frame.received;
    expect(ahead).toEqual({ type: "prepare-check", job: (checkJob as Extract<HostMessage, { type: "job" }>).job, timeoutSeconds: 20 });
  });

  it("rejects runs with the reason when Python cannot start", async () => {
    FakeFrame.created = [];
    const runtime = new PythonRuntime({
      createTransport: () => ({
        start: (onMessage) => queueMicrotask(() => onMessage({ type: "failed-to-start", message: "dataset: HTTP 404" })),
        post: () => undefined,
        destroy: () => undefined,
      }),
    });
    await expect(runtime.run("print(1)")).rejects.toThrow("dataset: HTTP 404");
    expect(runtime.getStatus()).toBe("failed");
  });
});
