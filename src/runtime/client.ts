// Promise API over the Python sandbox: run, check, stop, status for the UI. Only messages that
// parse, on the sandbox's private port, for the job being waited for, are taken as results.
import type {
  CheckAhead,
  CheckJob,
  CheckOutcome,
  CheckResult,
  CrashReason,
  Ended,
  FileMap,
  FrameMessage,
  Job,
  JobResult,
  Language,
  OutputStream,
  PythonError,
  RunJob,
  RunOutcome,
  StartedFrom,
} from "./protocol";
import { parseDisplayBundle, parseFrameMessage } from "./protocol-schemas";
import type { SandboxTransport } from "./sandbox/host";

export type RuntimeStatus = "loading" | "ready" | "running" | "failed";

export interface RuntimeOptions {
  createTransport: () => SandboxTransport;
}

export interface RunOptions {
  files?: FileMap;
  collect?: string[];
  onOutput?: (stream: OutputStream, text: string) => void;
  language?: Language;
  /** The lesson's check, started once the Run ends without an error, so that a Check of the same code finds it made. */
  checkAhead?: CheckAhead;
}

export interface CheckOptions {
  files?: FileMap;
  collect?: string[];
  timeoutSeconds: number;
  language?: Language;
  /** The lesson's check catalog in that language. */
  messages?: Record<string, unknown>;
}

/** How long a stop may take before the whole sandbox is replaced. */
const STOP_GRACE_MS = 2000;

type Settled = { type: "result"; result: JobResult } | { type: "ended"; outcome: Ended };

interface Pending {
  id: number;
  settle: (settled: Settled) => void;
  onOutput?: RunOptions["onOutput"];
}

export class PythonRuntime {
  private transport!: SandboxTransport;
  private nextId = 1;
  private pending: Pending | null = null;
  /** Why the current job is being stopped: the learner, or a check's time limit. */
  private haltedAs: Ended | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs asked for and not yet ended, sent or still waiting their turn. */
  private queued = 0;
  private status: RuntimeStatus = "loading";
  private failure = "";
  private startedFrom: StartedFrom | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly options: RuntimeOptions;

  constructor(options: RuntimeOptions) {
    this.options = options;
    this.start();
  }

  getStatus = () => this.status;
  /** How Python first started in this sandbox: from the memory snapshot or the plain way. */
  getStartedFrom = () => this.startedFrom;
  getFailure = () => this.failure;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  run(code: string, options: RunOptions = {}): Promise<RunOutcome> {
    return this.enqueue(async () => {
      const job: RunJob = { kind: "run", code, files: options.files ?? {}, collect: options.collect ?? [], language: options.language ?? "en" };
      if (options.checkAhead) job.checkAhead = options.checkAhead;
      const settled = await this.send(job, options.onOutput);
      if (settled.type === "ended") return settled.outcome;
      if (settled.result.kind !== "run") return unexpected();
      const { error, displays, files, refused } = settled.result;
      return { status: "done", error, displays: displays.map(parseDisplayBundle), files, refused };
    });
  }

  check(code: string, checkCode: string, options: CheckOptions): Promise<CheckOutcome> {
    return this.enqueue(async () => {
      const job = checkJob(code, checkCode, options);
      const timer = setTimeout(() => this.halt({ status: "timeout", seconds: options.timeoutSeconds }), options.timeoutSeconds * 1000);
      try {
        const settled = await this.send(job);
        if (settled.type === "ended") return settled.outcome;
        if (settled.result.kind !== "check") return unexpected();
        const { error, results, files, refused } = settled.result;
        return { status: "done", error, results, files, refused };
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /**
   * Asks the sandbox to make this Check ahead, so that a click on Check finds its result. Only
   * while Python is ready and idle; the sandbox takes it for nothing but a Check of the same job.
   */
  prepareCheck(code: string, checkCode: string, options: CheckOptions) {
    if (this.status !== "ready" || this.queued > 0) return;
    this.transport.post({ type: "prepare-check", job: checkJob(code, checkCode, options), timeoutSeconds: options.timeoutSeconds });
  }

  /** Stops the running code; the next job gets a fresh interpreter as always. */
  stop() {
    this.halt({ status: "stopped" });
  }

  private halt(outcome: Ended) {
    const pending = this.pending;
    if (!pending || this.haltedAs) return;
    this.haltedAs = outcome;
    this.transport.post({ type: "stop", id: pending.id });
    // The frame ends the worker at once; if it does not answer, replace the sandbox.
    setTimeout(() => {
      if (this.pending === pending) this.restart(outcome);
    }, STOP_GRACE_MS);
  }

  private restart(outcome: Ended) {
    this.transport.destroy();
    this.settle({ type: "ended", outcome });
    this.start();
  }

  private start() {
    this.setStatus("loading");
    this.transport = this.options.createTransport();
    const transport = this.transport;
    transport.start((data) => {
      if (this.transport === transport) this.receive(data);
    });
  }

  private receive(data: unknown) {
    const parsed = parseFrameMessage(data);
    if (!parsed.ok) {
      // Only the frame's own, nonce-checked results reach this port: one that does not parse
      // is a fault of the runtime, said as such rather than waited on forever.
      const type = (data as { type?: unknown } | null)?.type;
      if (this.pending && parsed.id === this.pending.id && (type === "done" || type === "crashed")) {
        this.settle({ type: "ended", outcome: crashed("internal", `The Python runtime sent a result the page cannot read (${parsed.problem}).`) });
      }
      return;
    }
    const { message } = parsed;
    if (message.type === "ready") {
      this.startedFrom = message.startedFrom;
      return this.setStatus(this.pending ? "running" : "ready");
    }
    if (message.type === "failed-to-start") {
      this.failure = message.message;
      return this.setStatus("failed");
    }
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return;
    if (message.type === "stream") return pending.onOutput?.(message.stream, message.text);
    this.settle(settledBy(message, this.haltedAs));
  }

  private settle(settled: Settled) {
    const pending = this.pending;
    this.pending = null;
    this.haltedAs = null;
    pending?.settle(settled);
    if (this.status === "running") this.setStatus("ready");
  }

  private async send(job: Job, onOutput?: RunOptions["onOutput"]) {
    await this.whenReady();
    const id = this.nextId++;
    this.setStatus("running");
    return new Promise<Settled>((settle) => {
      this.pending = { id, settle, onOutput };
      this.transport.post({ type: "job", id, job });
    });
  }

  private whenReady(): Promise<void> {
    return new Promise((resolve, reject) => {
      const decide = () => {
        if (this.status === "ready") resolve();
        else if (this.status === "failed") reject(new Error(this.failure));
        else return false;
        unsubscribe();
        return true;
      };
      const unsubscribe = this.subscribe(decide);
      decide();
    });
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    this.queued++;
    const result = this.queue.then(job, job).finally(() => this.queued--);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private setStatus(status: RuntimeStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

function settledBy(message: Exclude<FrameMessage, { type: "ready" | "failed-to-start" | "stream" }>, haltedAs: Ended | null): Settled {
  if (message.type === "done") return { type: "result", result: message.result };
  if (message.type === "stopped") return { type: "ended", outcome: haltedAs ?? { status: "stopped" } };
  return { type: "ended", outcome: crashed(message.reason, message.message) };
}

function checkJob(code: string, checkCode: string, options: CheckOptions): CheckJob {
  return {
    kind: "check",
    code,
    checkCode,
    files: options.files ?? {},
    collect: options.collect ?? [],
    language: options.language ?? "en",
    messages: options.messages ?? null,
  };
}

const crashed = (reason: CrashReason, message: string): Ended => ({ status: "crashed", reason, message });

const unexpected = (): Ended => crashed("internal", "The sandbox answered a different kind of job.");

export type { CheckResult, PythonError, FileMap };
