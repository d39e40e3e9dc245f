// The sandbox frame's script: an opaque-origin iframe (sandbox="allow-scripts", srcdoc) that owns
// the Python workers and speaks to the page only on the private port the page hands it. It runs
// no learner code itself. Every job gets a worker that no other job has touched, booted in the
// background while the previous job runs; the worker is ended as soon as its job is.
import { OutputBatcher } from "../output-batcher";
import type { CheckJob, FrameMessage, HostMessage, Job, OutputStream, StartedFrom, WorkerMessage, WorkerRequest } from "../protocol";
import { bootFiles, newWorker, receiveFile, type BootFiles } from "./bootFiles";
import { checkAheadOf, PreparedCheck, type Claimed } from "./preparedCheck";
import { referenceFor, referenceWanted, type References } from "./references";

/** Printed text forwarded per job; the page shows far less, this only bounds the traffic. */
const MAX_STREAMED_CHARS = 2_000_000;
const BOOT_TIMEOUT_MS = 120_000;

let port: MessagePort | undefined;
let assets: BootFiles | undefined;
let spare: Promise<Worker> | undefined;
/** A second booted worker, for checks made ahead: booting one takes as long as a short check. */
let aheadSpare: Promise<Worker> | undefined;
let startedFrom: StartedFrom = "snapshot";
type Ahead = { job: CheckJob; timeoutSeconds: number } | undefined;
let active: { id: number; worker: Worker; nonce: string; batcher: OutputBatcher; streamed: number; ahead: Ahead } | undefined;
/** Learner jobs received and not yet running (waiting for a worker or a prepared check). A
 * prepared check the job gives up tells the frame so before the job runs. */
let starting = 0;
/** A job asked to stop before its worker was ready. */
let stopBeforeStart: number | undefined;
/** What reference jobs made, per check and input files (references.ts). */
const references: References = [];
/** The reference job under way. A learner's job does not end it: each uses a core of its own, and
 * a learner who clicks Run soon after a Check would otherwise never get a reference made. */
let referencing: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;
let referenceStarting = false;
/** The check of the job under way, when its files have no reference yet. */
let lastCheck: CheckJob | undefined;
const REFERENCE_TIMEOUT_MS = 60_000;
/** The check a Run's code was last checked ahead with (preparedCheck.ts), and the Check waiting on it. */
const prepared = new PreparedCheck({
  launch: async () => {
    if (!assets?.snapshot) throw new Error("Checks are prepared only where workers start from the snapshot.");
    const booted = aheadSpare;
    aheadSpare = undefined;
    const worker = await booted?.catch(() => undefined);
    if (!worker) return (await launch(assets.snapshot, false)).worker;
    refillAhead();
    return worker;
  },
  nonce,
  referenceFor: (job) => referenceFor(references, job),
  ended: () => refillAhead(),
});
let claimed: { id: number; claim: Claimed } | undefined;

const send = (message: FrameMessage) => port?.postMessage(message);

addEventListener("message", (event: MessageEvent) => {
  if (port || event.source !== parent || event.data?.type !== "connect" || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = ({ data }: MessageEvent<HostMessage>) => handle(data);
});

function handle(message: HostMessage) {
  if (message.type === "file") receiveFile(message);
  else if (message.type === "boot") void boot(message.indexURL);
  else if (message.type === "job") void runJob(message.id, message.job);
  else if (message.type === "stop") stop(message.id);
  else if (message.type === "prepare-check") prepareCheck(message.job, message.timeoutSeconds);
}

/** Not while a job runs: both cores are its, and a Run makes its own check ahead when it ends. */
function prepareCheck(job: CheckJob, timeoutSeconds: number) {
  if (!active && !claimed && !starting) prepared.prepare(job, timeoutSeconds);
}

async function boot(indexURL: string) {
  try {
    assets = await bootFiles(indexURL);
    spare = prepare();
    await spare;
    send({ type: "ready", startedFrom });
  } catch (error) {
    send({ type: "failed-to-start", message: error instanceof Error ? error.message : String(error) });
  }
}

/** A booted worker: from the snapshot while it works, else the plain way, which also makes a
 * snapshot (before any job) for the workers after it. */
async function prepare(): Promise<Worker> {
  if (assets?.snapshot) {
    try {
      return (await launch(assets.snapshot, false)).worker;
    } catch {
      assets.snapshot = null;
    }
  }
  const { worker, snapshot } = await launch(null, true);
  startedFrom = "plain";
  if (assets && snapshot) assets.snapshot = snapshot;
  return worker;
}

async function launch(snapshot: ArrayBuffer | null, makeSnapshot: boolean) {
  if (!assets) throw new Error("The Python runtime has not been given its files.");
  const worker = await newWorker();
  const boot: WorkerRequest = { type: "boot", wasm: assets.wasm, stdlib: assets.stdlib, dataset: assets.dataset, snapshot, makeSnapshot, indexURL: assets.indexURL };
  return new Promise<{ worker: Worker; snapshot: ArrayBuffer | null }>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail("Python took too long to start."), BOOT_TIMEOUT_MS);
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data?.type === "booted") {
        clearTimeout(timer);
        worker.onmessage = null;
        resolve({ worker, snapshot: data.snapshot });
      } else if (data?.type === "boot-failed") fail(data.message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || "The Python worker could not start.");
    };
    worker.postMessage(boot);
  });
}

function nonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function runJob(id: number, job: Job) {
  starting++;
  try {
    await startJob(id, job);
  } finally {
    starting--;
  }
}

/** Answers the job from its prepared check, or starts it on the spare (then `active` says so). */
async function startJob(id: number, job: Job) {
  if (await fromPrepared(id, job)) return;
  let worker: Worker;
  try {
    worker = await (spare ?? prepare());
  } catch (error) {
    prepareNext();
    return send({ type: "crashed", id, reason: "internal", message: error instanceof Error ? error.message : String(error) });
  }
  spare = undefined;
  if (stopBeforeStart === id) {
    stopBeforeStart = undefined;
    worker.terminate();
    prepareNext();
    return send({ type: "stopped", id });
  }
  const secret = nonce();
  const batcher = new OutputBatcher((stream: OutputStream, text: string) => send({ type: "stream", id, stream, text }));
  const ahead = job.kind === "run" ? job.checkAhead && { job: checkAheadOf(job, job.checkAhead), timeoutSeconds: job.checkAhead.timeoutSeconds } : undefined;
  const current = { id, worker, nonce: secret, batcher, streamed: 0, ahead };
  active = current;
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (active !== current || typeof data !== "object" || data === null) return;
    if (data.type === "stream") return forward(current, data.stream, data.text);
    // Anything else counts only with the nonce this frame gave the worker, which learner code
    // running in the worker has no way to read.
    if (data.type === "done" && data.nonce === secret) finish(current, { type: "done", id, result: data.result });
    else if (data.type === "crashed" && data.nonce === secret) finish(current, { type: "crashed", id, reason: data.reason, message: data.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (active === current) finish(current, { type: "crashed", id, reason: "internal", message: event.message || "" });
  };
  const reference = job.kind === "check" ? referenceFor(references, job) : null;
  worker.postMessage({ type: "job", nonce: secret, job, reference } satisfies WorkerRequest);
  if (job.kind === "check" && referenceWanted(references, job)) lastCheck = job;
}

/** Whether the job was answered by the check prepared for it; if that check came to nothing, the
 * job runs as usual. */
async function fromPrepared(id: number, job: Job): Promise<boolean> {
  const claim = prepared.claim(job);
  if (!claim || job.kind !== "check") return false;
  claimed = { id, claim };
  const result = await claim.result;
  // Stopped meanwhile: stop() has answered.
  if (claimed?.id !== id) return true;
  claimed = undefined;
  if (!result) return false;
  send({ type: "done", id, result });
  referenceAfter(job);
  return true;
}

function forward(job: NonNullable<typeof active>, stream: unknown, text: unknown) {
  if ((stream !== "stdout" && stream !== "stderr") || typeof text !== "string") return;
  const room = MAX_STREAMED_CHARS - job.streamed;
  if (room <= 0) return;
  const part = text.length > room ? text.slice(0, room) : text;
  job.streamed += part.length;
  job.batcher.write(stream, part);
}

/** The next job's worker boots once this job is over: while a job runs, both cores are its. */
function prepareNext() {
  const next = prepare();
  spare = next;
  next.then(refillAhead, () => undefined);
}

/**
 * Boots the spare for checks made ahead: once the learner's next worker is there, and as soon as
 * a check made ahead takes it (beside that check, which nobody waits for yet, rather than beside
 * the learner's next job). Never while a learner's job runs or waits; not before a first job has
 * ended, since at start-up the learner's first Run comes first.
 */
function refillAhead() {
  if (aheadSpare || active || claimed || starting || !assets?.snapshot) return;
  const booted = launch(assets.snapshot, false).then(({ worker }) => worker);
  aheadSpare = booted;
  booted.catch(() => {
    if (aheadSpare === booted) aheadSpare = undefined;
  });
}

function finish(job: NonNullable<typeof active>, message: FrameMessage) {
  job.batcher.flush();
  job.worker.terminate();
  active = undefined;
  send(message);
  prepareNext();
  // Beside the next job's worker, while the learner reads the output; not beside the Run, which
  // it would slow. A Run that failed or was stopped would only be checked failing.
  if (job.ahead && message.type === "done" && message.result.kind === "run" && !message.result.error) prepared.prepare(job.ahead.job, job.ahead.timeoutSeconds);
  const check = lastCheck;
  lastCheck = undefined;
  if (check && message.type === "done") referenceAfter(check);
}

/** Once the next job's worker is ready, so that making the reference never delays it. */
function referenceAfter(check: CheckJob) {
  void spare?.then(() => makeReference(check), () => undefined);
}

/** A worker of its own, which runs no learner code, computes the check's input-derived values
 * from the check's input files; the checks after it on the same files start from them. */
async function makeReference(check: CheckJob) {
  if (referencing || referenceStarting || !assets?.snapshot || !referenceWanted(references, check)) return;
  let worker: Worker;
  referenceStarting = true;
  try {
    ({ worker } = await launch(assets.snapshot, false));
  } catch {
    return;
  } finally {
    referenceStarting = false;
  }
  const secret = nonce();
  // Made once per check and files: one that failed or took too long is not tried again.
  const keep = (data: ArrayBuffer | null) => {
    endReference();
    references.unshift({ checkCode: check.checkCode, files: check.files, messages: JSON.stringify(check.messages), data });
    references.length = Math.min(references.length, 2);
  };
  const timer = setTimeout(() => keep(null), REFERENCE_TIMEOUT_MS);
  const current = { worker, timer };
  referencing = current;
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (referencing === current && data?.type === "referenced" && data.nonce === secret) keep(data.reference instanceof ArrayBuffer ? data.reference : null);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (referencing === current) keep(null);
  };
  worker.postMessage({ type: "reference", nonce: secret, checkCode: check.checkCode, files: check.files, messages: check.messages } satisfies WorkerRequest);
}

function endReference() {
  if (!referencing) return;
  clearTimeout(referencing.timer);
  referencing.worker.terminate();
  referencing = undefined;
}

function stop(id: number) {
  if (claimed?.id === id) {
    claimed.claim.cancel();
    claimed = undefined;
    send({ type: "stopped", id });
  } else if (active?.id === id) finish(active, { type: "stopped", id });
  else stopBeforeStart = id;
}
