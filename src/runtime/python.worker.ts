// The Python worker: the only module that imports Pyodide. Runs learner code and checks.
/// <reference lib="webworker" />
import type { PyodideInterface } from "pyodide";
import type { FileMap, InitRequest, OutputStream, WorkerRequest, WorkerResponse } from "./protocol";
import datasetURL from "../../lessons/data/ames.csv?url";
import checking from "./checking.py?raw";
import display from "./display.py?raw";
import harness from "./harness.py?raw";
import messages from "./messages.py?raw";
import { OutputBatcher } from "./output-batcher";
import { startPython } from "./snapshot";

declare const self: DedicatedWorkerGlobalScope;

const WORK_DIR = "/home/learner";
const post = (message: WorkerResponse) => self.postMessage(message);

let pyodide: PyodideInterface | undefined;
let interruptBuffer: Int32Array | undefined;
let currentId = 0;

const batcher = new OutputBatcher((stream: OutputStream, text: string) => post({ type: "stream", id: currentId, stream, text }));

// Python starts as soon as this module is evaluated, without waiting for the page: the snapshot
// lookup and Pyodide's downloads begin at the earliest moment, while the page is still rendering.
const MODULES = { "harness.py": harness, "display.py": display, "checking.py": checking, "messages.py": messages };
const base = new URL(import.meta.env.BASE_URL, self.location.origin);

let receiveInit: (request: InitRequest) => void = () => undefined;
const initReceived = new Promise<InitRequest>((resolve) => (receiveInit = resolve));

async function start() {
  try {
    // The dataset download runs alongside the interpreter's start-up.
    const datasetHref = new URL(datasetURL, base).href;
    const dataset = fetch(datasetHref).then((response) => {
      if (!response.ok) throw new Error(`dataset: HTTP ${response.status} for ${datasetHref}`);
      return response.arrayBuffer();
    });
    const { py, startedFrom, makeSnapshot } = await startPython(new URL(__PYODIDE_PATH__, base).href, MODULES);
    py.FS.mkdirTree(`${WORK_DIR}/data`);
    py.FS.writeFile(`${WORK_DIR}/data/ames.csv`, new Uint8Array(await dataset));
    py.FS.mkdirTree("/course");
    for (const [name, source] of Object.entries(MODULES)) py.FS.writeFile(`/course/${name}`, source);
    // A snapshot already has the course's modules imported; the files are written again anyway,
    // since files live outside the interpreter's memory.
    py.runPython(`import os, sys\nif "/course" not in sys.path: sys.path.insert(0, "/course")\nos.chdir("${WORK_DIR}"); import harness`);
    // The page sends init as soon as it listens, normally long before this.
    const init = await initReceived;
    pyodide = py;
    post({ type: "ready", startedFrom });
    // Still in this task, so no learner code can run first (a Run sent meanwhile waits the few
    // tens of milliseconds this takes), and before the streams and the interrupt buffer are
    // attached, which a snapshot must not capture.
    makeSnapshot?.();
    py.setStdout({ batched: (line) => batcher.write("stdout", `${line}\n`) });
    py.setStderr({ batched: (line) => batcher.write("stderr", `${line}\n`) });
    if (init.interruptBuffer) {
      interruptBuffer = new Int32Array(init.interruptBuffer);
      py.setInterruptBuffer(interruptBuffer);
    }
  } catch (error) {
    // Only once the page listens, which it does before it sends init.
    await initReceived;
    post({ type: "failed-to-start", message: error instanceof Error ? error.message : String(error) });
  }
}

void start();

/** The input files last written, to tell whether the next job runs on the same inputs. */
let written: FileMap = {};

function writeFiles(py: PyodideInterface, files: FileMap) {
  const same = Object.keys(files).length === Object.keys(written).length && Object.entries(files).every(([name, text]) => written[name] === text);
  if (!same) {
    const harness = py.globals.get("harness");
    harness.inputs_changed();
    harness.destroy();
  }
  for (const [name, text] of Object.entries(files)) py.FS.writeFile(`${WORK_DIR}/${name}`, text);
  written = files;
}

function collectFiles(py: PyodideInterface, names: string[]): FileMap {
  const files: FileMap = {};
  for (const name of names) {
    const path = `${WORK_DIR}/${name}`;
    if (py.FS.analyzePath(path).exists) files[name] = py.FS.readFile(path, { encoding: "utf8" });
  }
  return files;
}

type Job = Exclude<WorkerRequest, InitRequest>;

function execute(py: PyodideInterface, request: Job) {
  const harness = py.globals.get("harness");
  const outputs = py.toPy(request.collect);
  try {
    if (request.type === "run") {
      const result = harness.run(request.code, outputs, request.language ?? "en");
      const { error, displays } = result.toJs({ dict_converter: Object.fromEntries });
      result.destroy();
      batcher.flush();
      post({ type: "ran", id: request.id, error: error ?? null, displays, files: collectFiles(py, request.collect) });
    } else {
      const catalog = py.toPy(request.messages ?? null);
      const result = harness.check(request.code, request.checkCode, outputs, request.language ?? "en", catalog);
      catalog?.destroy?.();
      const { error, results } = result.toJs({ dict_converter: Object.fromEntries });
      result.destroy();
      post({ type: "checked", id: request.id, error: error ?? null, results, files: collectFiles(py, request.collect) });
    }
  } finally {
    outputs.destroy();
    harness.destroy();
  }
}

function handle(request: Job) {
  const py = pyodide;
  if (!py) {
    post({ type: "crashed", id: request.id, message: "Python is not ready yet." });
    return;
  }
  currentId = request.id;
  if (interruptBuffer) interruptBuffer[0] = 0;
  try {
    writeFiles(py, request.files);
    execute(py, request);
  } catch (error) {
    batcher.flush();
    const message = error instanceof Error ? error.message : String(error);
    // Stop raises KeyboardInterrupt inside Python; anything else means the runtime itself broke.
    if (/KeyboardInterrupt/.test(message)) post({ type: "interrupted", id: request.id });
    else post({ type: "crashed", id: request.id, message });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "init") receiveInit(request);
  else handle(request);
};
