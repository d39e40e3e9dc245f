// Promise API over the Python worker: run, check, stop (interrupt or restart), status for the UI.
import type {
  CheckOutcome,
  Ended,
  CheckResult,
  DisplayBundle,
  FileMap,
  OutputStream,
  PythonError,
  RunOutcome,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";

export type RuntimeStatus = "loading" | "ready" | "running" | "failed";

export interface RuntimeOptions {
  /** A worker that starts Python by itself (python.worker.ts). */
  createWorker: () => Worker;
  /** Use the interrupt buffer; false when the page is not cross-origin isolated. */
  canInterrupt: boolean;
}

export interface RunOptions {
  files?: FileMap;
  collect?: string[];
  onOutput?: (stream: OutputStream, text: string) => void;
  language?: "en" | "ja";
}

export interface CheckOptions {
  files?: FileMap;
  collect?: string[];
  timeoutSeconds: number;
  language?: "en" | "ja";
  messages?: Record<string, unknown>;
}

/** How long Stop waits for Python to notice the interrupt before restarting the worker. */
const INTERRUPT_GRACE_MS = 1500;

interface Pending {
  id: number;
  settle: (response: WorkerResponse | { type: "ended"; outcome: Ended }) => void;
  onOutput?: RunOptions["onOutput"];
}

export class PythonRuntime {
  private worker!: Worker;
  private interruptBuffer: Int32Array | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  /** Why the current job is being interrupted: a stop, or a check's time limit. */
  private haltedAs: Ended | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private status: RuntimeStatus = "loading";
  private failure = "";
  private startedFrom: "snapshot" | "plain" | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly options: RuntimeOptions;

  constructor(options: RuntimeOptions) {
    this.options = options;
    this.start();
  }

  getStatus = () => this.status;
  /** How the current interpreter started: from a memory snapshot or the plain way. */
  getStartedFrom = () => this.startedFrom;
  getFailure = () => this.failure;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  run(code: string, options: RunOptions = {}): Promise<RunOutcome> {
    return this.enqueue(async () => {
      const response = await this.send(
        { type: "run", id: 0, code, files: options.files ?? {}, collect: options.collect ?? [], language: options.language },
        options.onOutput,
      );
      if (response.type === "ran") {
        return { status: "done", error: response.error, displays: response.displays.map(parseBundle), files: response.files };
      }
      return toEnded(response);
    });
  }

  check(code: string, checkCode: string, options: CheckOptions): Promise<CheckOutcome> {
    return this.enqueue(async () => {
      const timer = setTimeout(() => this.halt({ status: "timeout", seconds: options.timeoutSeconds }), options.timeoutSeconds * 1000);
      try {
        const response = await this.send({
          type: "check",
          id: 0,
          code,
          checkCode,
          files: options.files ?? {},
          collect: options.collect ?? [],
          language: options.language,
          messages: options.messages,
        });
        if (response.type === "checked") {
          return { status: "done", error: response.error, results: response.results, files: response.files };
        }
        return toEnded(response);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Stops the running code; the runtime is ready again afterwards. */
  stop() {
    this.halt({ status: "stopped" });
  }

  private halt(outcome: Ended) {
    const pending = this.pending;
    if (!pending) return;
    if (!this.interruptBuffer) return this.restart(outcome);
    this.haltedAs = outcome;
    this.interruptBuffer[0] = 2; // SIGINT: Python raises KeyboardInterrupt and keeps its state.
    setTimeout(() => {
      if (this.pending === pending) this.restart(outcome);
    }, INTERRUPT_GRACE_MS);
  }

  private restart(outcome: Ended) {
    this.haltedAs = null;
    this.worker.terminate();
    const pending = this.pending;
    this.pending = null;
    pending?.settle({ type: "ended", outcome });
    this.start();
  }

  private start() {
    this.setStatus("loading");
    this.worker = this.options.createWorker();
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failure = event.message || "The Python worker could not start.";
      this.setStatus("failed");
    };
    const buffer = this.options.canInterrupt ? new SharedArrayBuffer(4) : null;
    this.interruptBuffer = buffer ? new Int32Array(buffer) : null;
    const init: WorkerRequest = { type: "init", interruptBuffer: buffer };
    this.worker.postMessage(init);
  }

  private receive(message: WorkerResponse) {
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
    this.pending = null;
    if (message.type === "crashed") {
      // The interpreter may be broken (e.g. its stack overflowed): start a fresh one.
      pending.settle(message);
      this.worker.terminate();
      this.start();
      return;
    }
    if (message.type === "interrupted" && this.haltedAs) pending.settle({ type: "ended", outcome: this.haltedAs });
    else pending.settle(message);
    this.haltedAs = null;
    this.setStatus("ready");
  }

  private async send(request: Exclude<WorkerRequest, { type: "init" }>, onOutput?: RunOptions["onOutput"]) {
    await this.whenReady();
    const id = this.nextId++;
    this.setStatus("running");
    return new Promise<Parameters<Pending["settle"]>[0]>((settle) => {
      this.pending = { id, settle, onOutput };
      this.worker.postMessage({ ...request, id });
    });
  }

  private whenReady(): Promise<void> {
    if (this.status === "ready") return Promise.resolve();
    return new Promise((resolve, reject) => {
      const unsubscribe = this.subscribe(() => {
        if (this.status === "ready") {
          unsubscribe();
          resolve();
        } else if (this.status === "failed") {
          unsubscribe();
          reject(new Error(this.failure));
        }
      });
      if (this.status === "failed") {
        unsubscribe();
        reject(new Error(this.failure));
      }
    });
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.queue.then(job, job);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private setStatus(status: RuntimeStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

function parseBundle(json: string): DisplayBundle {
  try {
    return JSON.parse(json) as DisplayBundle;
  } catch {
    return { type: "text", text: json };
  }
}

function toEnded(response: Parameters<Pending["settle"]>[0]): Ended {
  if (response.type === "ended") return response.outcome;
  if (response.type === "interrupted") return { status: "stopped" };
  if (response.type === "crashed") return { status: "crashed", message: response.message };
  return { status: "crashed", message: `Unexpected reply from the Python worker: ${response.type}` };
}

export type { CheckResult, PythonError, FileMap };
