// A Check made ready before the learner clicks it: while they read a Run's output (a Run job
// names the lesson's check, checkAhead, and once the Run has ended without an error the frame
// checks the same code), or when the page asks for it (the code has rested after an edit, or
// the pointer is on Check). It runs in a worker of its own, as fresh as any job's (no Run or
// Check has touched it), and a Check that asks for exactly that job takes its result instead of
// starting over. Anything less than the same code, check, catalog, language, input files and
// output names is another check.
import type { CheckAhead, CheckJob, Job, JobResult, RunJob, WorkerMessage, WorkerRequest } from "../protocol";
import { sameFiles } from "./references";

/** The Check the page would send for the Run's code: the fields of client.ts's check job. */
export function checkAheadOf(run: RunJob, ahead: CheckAhead): CheckJob {
  return { kind: "check", code: run.code, checkCode: ahead.checkCode, files: run.files, collect: run.collect, language: run.language, messages: ahead.messages };
}

export function sameCheck(a: CheckJob, b: Job): boolean {
  return (
    b.kind === "check" &&
    a.code === b.code &&
    a.checkCode === b.checkCode &&
    a.language === b.language &&
    JSON.stringify(a.messages) === JSON.stringify(b.messages) &&
    a.collect.length === b.collect.length &&
    a.collect.every((name, i) => name === b.collect[i]) &&
    sameFiles(a.files, b.files)
  );
}

export interface PreparedCheckDeps {
  /** A worker booted for this check alone. */
  launch: () => Promise<Worker>;
  nonce: () => string;
  /** The input-derived values made for this check's files, if any (references.ts). */
  referenceFor: (job: CheckJob) => ArrayBuffer | null;
  /** A prepared check has ended, with a result or without. */
  ended?: () => void;
}

interface Preparing {
  job: CheckJob;
  state: "waiting" | "running" | "settled";
  worker?: Worker;
  timer?: ReturnType<typeof setTimeout>;
  /** Settles with the check's result, or null when it crashed, failed to start or took too long. */
  result: Promise<JobResult | null>;
  settle: (result: JobResult | null) => void;
}

/** A prepared check a learner's Check has taken: its result to wait for, or to give up (Stop). */
export interface Claimed {
  result: Promise<JobResult | null>;
  cancel: () => void;
}

export class PreparedCheck {
  private current: Preparing | undefined;
  private readonly deps: PreparedCheckDeps;

  constructor(deps: PreparedCheckDeps) {
    this.deps = deps;
  }

  /** Starts the check at once, unless the same one is already there. */
  prepare(job: CheckJob, timeoutSeconds: number) {
    if (this.current && sameCheck(this.current.job, job)) return;
    this.drop();
    let settle: (result: JobResult | null) => void = () => undefined;
    const result = new Promise<JobResult | null>((resolve) => (settle = resolve));
    const preparing: Preparing = { job, state: "waiting", result, settle };
    this.current = preparing;
    void this.start(preparing, timeoutSeconds);
  }

  /**
   * For a learner's job: the prepared check when it matches the job (used once: a second Check
   * of the same code starts from a fresh worker again), else null. A check still being prepared
   * for other code is given up, so that it does not take a core from the learner's job.
   */
  claim(job: Job): Claimed | null {
    const preparing = this.current;
    if (!preparing) return null;
    if (!sameCheck(preparing.job, job)) {
      if (preparing.state !== "settled") this.drop();
      return null;
    }
    this.current = undefined;
    return { result: preparing.result, cancel: () => this.end(preparing, null) };
  }

  /** Gives up the prepared check, ending its worker if it is still running. */
  drop() {
    const preparing = this.current;
    this.current = undefined;
    if (preparing) this.end(preparing, null);
  }

  private end(preparing: Preparing, result: JobResult | null) {
    if (preparing.state === "settled") return;
    preparing.state = "settled";
    // One that came to nothing is not kept: the same Run again prepares it again.
    if (!result && this.current === preparing) this.current = undefined;
    clearTimeout(preparing.timer);
    preparing.worker?.terminate();
    preparing.worker = undefined;
    preparing.settle(result);
    this.deps.ended?.();
  }

  private async start(preparing: Preparing, timeoutSeconds: number) {
    let worker: Worker;
    try {
      worker = await this.deps.launch();
    } catch {
      return this.end(preparing, null);
    }
    // Given up while its worker booted.
    if (preparing.state !== "waiting") return worker.terminate();
    preparing.state = "running";
    preparing.worker = worker;
    const secret = this.deps.nonce();
    preparing.timer = setTimeout(() => this.end(preparing, null), timeoutSeconds * 1000);
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data?.type === "done" && data.nonce === secret) this.end(preparing, data.result);
      else if (data?.type === "crashed" && data.nonce === secret) this.end(preparing, null);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.end(preparing, null);
    };
    const request: WorkerRequest = { type: "job", nonce: secret, job: preparing.job, reference: this.deps.referenceFor(preparing.job) };
    worker.postMessage(request);
  }
}
