// The messages between the page, the sandbox frame and the Python workers, and the outcomes the
// page sees. Everything the page receives comes from a realm that runs learner code, so it is
// parsed with schemas (protocol-schemas.ts) before use.

/** Text files by name, relative to the learner's folder (artifacts in and out of a run). */
export type FileMap = Record<string, string>;

/**
 * The most output a run hands back (all its files together, UTF-8 bytes); files beyond it are
 * refused with their size. The page keeps them in IndexedDB, whose largest value in Chromium is
 * about 127 MiB, and a string can take two bytes per character there: 48 MiB stays below it.
 */
export const MAX_OUTPUT_FILE_BYTES = 48 * 1024 * 1024;

export type Language = "en" | "ja";

export interface PythonError {
  message: string;
  /** Line of the learner's code the error points at, when it is in their code. */
  line: number | null;
  type: string;
}

export interface CheckResult {
  name: string;
  title: string;
  passed: boolean;
  message: string;
}

/** Rich output from display(obj), as made by display.py. */
export type DisplayBundle =
  | { type: "text"; text: string }
  | { type: "table"; columns: string[]; rows: (string | number | boolean | null)[][]; total: number }
  | { type: "vega-lite"; spec: Record<string, unknown> };

export interface RunJob {
  kind: "run";
  code: string;
  files: FileMap;
  collect: string[];
  language: Language;
  /** The lesson's check: a Check of the same code is started once the Run ends without an error (sandbox/preparedCheck.ts). */
  checkAhead?: CheckAhead;
}

export interface CheckAhead {
  checkCode: string;
  messages: Record<string, unknown> | null;
  timeoutSeconds: number;
}

export interface CheckJob {
  kind: "check";
  code: string;
  checkCode: string;
  files: FileMap;
  collect: string[];
  language: Language;
  /** The lesson's check catalog in the job's language, passed unchanged to Python. */
  messages: Record<string, unknown> | null;
}

export type Job = RunJob | CheckJob;

/** Files a run wrote but that were not handed back, by name, with their size in bytes. */
export type RefusedFiles = Record<string, number>;

export interface RunResult {
  kind: "run";
  error: PythonError | null;
  /** display() bundles as JSON text, parsed by the page. */
  displays: string[];
  files: FileMap;
  refused: RefusedFiles;
}

export interface CheckJobResult {
  kind: "check";
  error: PythonError | null;
  results: CheckResult[];
  files: FileMap;
  refused: RefusedFiles;
}

export type JobResult = RunResult | CheckJobResult;

/** Why an interpreter died under a job, as far as the worker could tell. */
export type CrashReason = "stack" | "memory" | "internal";

export type OutputStream = "stdout" | "stderr";

export type StartedFrom = "snapshot" | "plain";

/** What the page sends the sandbox frame, on the frame's private port. */
export type HostMessage =
  /** One of Python's files, as soon as it has arrived (sandbox/bootFiles.ts). */
  | ({ type: "file" } & BootFile)
  /** Boot once every file is there. */
  | { type: "boot"; indexURL: string }
  | { type: "job"; id: number; job: Job }
  | { type: "stop"; id: number }
  /** The Check the learner is likely to click next (the code has rested, or the pointer is on
   * Check): made ahead in a worker of its own, taken only by a Check of exactly this job. */
  | { type: "prepare-check"; job: CheckJob; timeoutSeconds: number };

/** What the page hands over to start Python; fetched by the page (and its service worker),
 * since the sandbox can fetch nothing. Blobs cross to the frame, which may live in another
 * process, as references, where an ArrayBuffer would be copied on the page's thread. */
export type BootFile =
  /** pyodide.asm.wasm; the Python worker (a classic script); the standard library; the dataset. */
  | { name: "wasm" | "worker" | "stdlib" | "dataset"; blob: Blob }
  /** The memory snapshot made at build time, gzipped or not, or null when it could not be had. */
  | { name: "snapshot"; blob: Blob | null };

/** What the sandbox frame tells the page. */
export type FrameMessage =
  | { type: "ready"; startedFrom: StartedFrom }
  | { type: "failed-to-start"; message: string }
  | { type: "stream"; id: number; stream: OutputStream; text: string }
  | { type: "done"; id: number; result: JobResult }
  | { type: "stopped"; id: number }
  | { type: "crashed"; id: number; reason: CrashReason; message: string };

/** The frame and a worker: one boot, then at most one job per worker. */
export type WorkerRequest =
  | {
      type: "boot";
      wasm: WebAssembly.Module;
      stdlib: ArrayBuffer;
      dataset: ArrayBuffer;
      snapshot: ArrayBuffer | null;
      /** Plain start only: take a snapshot for the next workers before any job. */
      makeSnapshot: boolean;
      indexURL: string;
    }
  /** `reference`: what a reference job made from the same check and input files, or null. */
  | { type: "job"; nonce: string; job: Job; reference: ArrayBuffer | null }
  /** No learner code: the check's input-derived values, for the checks after it (harness.reference). */
  | { type: "reference"; nonce: string; checkCode: string; files: FileMap; messages: Record<string, unknown> | null };

export type WorkerMessage =
  | { type: "booted"; startedFrom: StartedFrom; snapshot: ArrayBuffer | null }
  | { type: "boot-failed"; message: string }
  | { type: "stream"; stream: OutputStream; text: string }
  | { type: "done"; nonce: string; result: JobResult }
  | { type: "crashed"; nonce: string; reason: CrashReason; message: string }
  | { type: "referenced"; nonce: string; reference: ArrayBuffer | null };

/** What a run or check ends as, from the page's point of view. */
export type Ended =
  | { status: "stopped" }
  | { status: "timeout"; seconds: number }
  | { status: "crashed"; reason: CrashReason; message: string };

export type RunOutcome =
  | { status: "done"; error: PythonError | null; displays: DisplayBundle[]; files: FileMap; refused: RefusedFiles }
  | Ended;

export type CheckOutcome =
  | { status: "done"; error: PythonError | null; results: CheckResult[]; files: FileMap; refused: RefusedFiles }
  | Ended;
