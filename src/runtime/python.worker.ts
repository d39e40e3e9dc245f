// A Python worker: the only module that imports Pyodide. It lives inside the sandbox frame
// (sandbox/frame.ts), boots one interpreter (from the memory snapshot, or the plain way) and runs
// at most one job; the frame then ends it, so nothing a job does survives into another.
//
// Learner code can run any JavaScript in this realm. The realm has an opaque origin (no storage
// of the course's), a policy that forbids every request, and nothing of the page; the one thing
// of value is the result message, which carries a nonce the learner's code cannot read.
/// <reference lib="webworker" />
import { loadPyodide, type PyodideInterface } from "pyodide";
import createPyodideModule from "pyodide/pyodide.asm.mjs";
import lockFile from "pyodide/pyodide-lock.json";
import courseModules from "virtual:course-python";
import { OutputBatcher } from "./output-batcher";
import {
  MAX_OUTPUT_FILE_BYTES,
  type CheckResult,
  type CrashReason,
  type FileMap,
  type Job,
  type JobResult,
  type OutputStream,
  type PythonError,
  type RefusedFiles,
  type WorkerMessage,
  type WorkerRequest,
} from "./protocol";
import { afterRestore, bootCourse, langFor, mountDataset, WORK_DIR } from "./pythonHost";

declare const self: DedicatedWorkerGlobalScope;

// Taken before any learner code runs, so replacing them later changes nothing here.
const postMessage = self.postMessage.bind(self) as (message: WorkerMessage, transfer?: Transferable[]) => void;
const fromEntries = Object.fromEntries;

type Boot = Extract<WorkerRequest, { type: "boot" }>;

/** Pyodide fetches its standard library and wasm; here both come from the frame's memory. */
async function loadInterpreter(boot: Boot): Promise<PyodideInterface> {
  const { fetch: realFetch } = self;
  const { instantiateStreaming } = WebAssembly;
  self.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith("/python_stdlib.zip")) return new Response(boot.stdlib);
    // Not read: the module the frame compiled is instantiated instead (below).
    if (url.endsWith("/pyodide.asm.wasm")) return new Response(null);
    throw new TypeError(`The Python worker fetches nothing: ${url}`);
  };
  WebAssembly.instantiateStreaming = async (_source, imports) => ({
    instance: await WebAssembly.instantiate(boot.wasm, imports),
    module: boot.wasm,
  });
  try {
    return await loadPyodide({
      indexURL: boot.indexURL,
      createPyodideModule: createPyodideModule as never,
      lockFileContents: lockFile as never,
      ...(boot.snapshot ? { _loadSnapshot: boot.snapshot } : { _makeSnapshot: boot.makeSnapshot }),
    });
  } finally {
    self.fetch = realFetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  }
}

/** A Python value handed back to JavaScript (a PyProxy). */
interface Proxied {
  toJs(options: object): unknown;
  destroy(): void;
}

interface Ready {
  py: PyodideInterface;
  run: (code: string, outputs: unknown, language: string) => Proxied;
  checkProgram: (code: string, outputs: unknown, language: string) => Proxied;
  checkTests: (checkCode: string, messages: unknown, reference: unknown) => Proxied;
  reference: (checkCode: string, messages: unknown) => Proxied;
}

let ready: Ready | undefined;
const batcher = new OutputBatcher((stream, text) => postMessage({ type: "stream", stream, text }));
// When the interpreter itself fails (its stack overflowed), Pyodide dumps the runtime's own
// frames to stdout; the learner gets a sentence about what happened instead.
const FATAL_DUMP = /^(Fatal Python error|Stack \(most recent call first\):|Current thread)/;
let fatal = false;

async function boot(request: Boot) {
  try {
    const py = await loadInterpreter(request);
    if (request.snapshot) afterRestore(py, langFor(self.navigator.language));
    else bootCourse(py, courseModules);
    mountDataset(py, new Uint8Array(request.dataset));
    // Before the streams are attached and before any job: the next workers start from here.
    const snapshot = !request.snapshot && request.makeSnapshot ? py.makeMemorySnapshot().buffer : null;
    const stream = (name: OutputStream) => (line: string) => {
      fatal ||= FATAL_DUMP.test(line);
      if (!fatal) batcher.write(name, `${line}\n`);
    };
    py.setStdout({ batched: stream("stdout") });
    py.setStderr({ batched: stream("stderr") });
    const harness = py.pyimport("harness");
    // Held as proxies of the functions themselves: learner code that replaces harness.check_tests
    // in its own program does not change what runs the tests.
    ready = { py, run: harness.run, checkProgram: harness.check_program, checkTests: harness.check_tests, reference: harness.reference };
    const message: WorkerMessage = { type: "booted", startedFrom: request.snapshot ? "snapshot" : "plain", snapshot: snapshot as ArrayBuffer | null };
    postMessage(message, snapshot ? [snapshot as ArrayBuffer] : []);
  } catch (error) {
    postMessage({ type: "boot-failed", message: error instanceof Error ? error.message : String(error) });
  }
}

function writeFiles(py: PyodideInterface, files: FileMap) {
  for (const [name, text] of Object.entries(files)) py.FS.writeFile(`${WORK_DIR}/${name}`, text);
}

/** The output files, each read only if it fits, and all of them within the same limit together. */
function collectFiles(py: PyodideInterface, names: string[]): { files: FileMap; refused: RefusedFiles } {
  const files: FileMap = {};
  const refused: RefusedFiles = {};
  let total = 0;
  for (const name of names) {
    const path = `${WORK_DIR}/${name}`;
    if (!py.FS.analyzePath(path).exists) continue;
    const size = py.FS.stat(path).size;
    if (total + size > MAX_OUTPUT_FILE_BYTES) refused[name] = size;
    else {
      total += size;
      files[name] = py.FS.readFile(path, { encoding: "utf8" });
    }
  }
  return { files, refused };
}

const toPlain = <T>(proxy: Proxied): T => {
  const value = proxy.toJs({ dict_converter: fromEntries }) as T;
  proxy.destroy();
  return value;
};

function execute({ py, run, checkProgram, checkTests }: Ready, job: Job, reference: ArrayBuffer | null): JobResult {
  writeFiles(py, job.files);
  const outputs = py.toPy(job.collect);
  try {
    if (job.kind === "run") {
      const { error, displays } = toPlain<{ error?: PythonError; displays: string[] }>(run(job.code, outputs, job.language));
      batcher.flush();
      return { kind: "run", error: error ?? null, displays, ...collectFiles(py, job.collect) };
    }
    const program = toPlain<{ error?: PythonError; results?: CheckResult[] }>(checkProgram(job.code, outputs, job.language));
    const results = program.error
      ? (program.results ?? [])
      : toPlain<CheckResult[]>(checkTests(job.checkCode, py.toPy(job.messages), reference ? new Uint8Array(reference) : null));
    return { kind: "check", error: program.error ?? null, results, ...collectFiles(py, job.collect) };
  } finally {
    outputs.destroy();
  }
}

/** What killed the interpreter, without Pyodide's internal frames. */
function crashOf(error: unknown): { reason: CrashReason; message: string } {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/call stack|stack overflow|too much recursion/i.test(text)) return { reason: "stack", message: "" };
  if (/memory|allocation failed|OOM/i.test(text)) return { reason: "memory", message: "" };
  return { reason: "internal", message: text.split("\n").find((line) => line.trim())?.slice(0, 500) ?? "" };
}

function job(nonce: string, request: Job, reference: ArrayBuffer | null) {
  if (!ready) return postMessage({ type: "crashed", nonce, reason: "internal", message: "Python is not ready." });
  let result: JobResult;
  try {
    result = execute(ready, request, reference);
  } catch (error) {
    if (fatal) batcher.discard();
    else batcher.flush();
    return postMessage({ type: "crashed", nonce, ...crashOf(error) });
  }
  postMessage({ type: "done", nonce, result });
}

/** Runs in a worker no job has touched, so no learner code can have shaped what it computes. */
function reference({ nonce, checkCode, files, messages }: Extract<WorkerRequest, { type: "reference" }>) {
  let bytes: ArrayBuffer | null = null;
  try {
    if (ready) {
      writeFiles(ready.py, files);
      const made = ready.reference(checkCode, ready.py.toPy(messages));
      bytes = (made.toJs({}) as Uint8Array).slice().buffer;
      made.destroy();
    }
  } catch {
    bytes = null;
  }
  postMessage({ type: "referenced", nonce, reference: bytes }, bytes ? [bytes] : []);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "boot") void boot(request);
  else if (request.type === "job") job(request.nonce, request.job, request.reference);
  else if (request.type === "reference") reference(request);
};
