// The one typed message protocol between the page and the Python worker; requests carry ids.

/** Text files by name, relative to the learner's folder (artifacts in and out of a run). */
export type FileMap = Record<string, string>;

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

/** The worker starts Python as soon as it is created; this only brings what the page owns. */
export interface InitRequest {
  type: "init";
  /** Present only when the page is cross-origin isolated; lets Stop interrupt in place. */
  interruptBuffer: SharedArrayBuffer | null;
}

export interface RunRequest {
  type: "run";
  id: number;
  code: string;
  files: FileMap;
  collect: string[];
  language?: "en" | "ja";
}

export interface CheckRequest {
  type: "check";
  id: number;
  code: string;
  checkCode: string;
  files: FileMap;
  collect: string[];
  language?: "en" | "ja";
  /** The lesson's check catalog in that language ({titles, messages}), passed to Python as is. */
  messages?: Record<string, unknown>;
}

export type WorkerRequest = InitRequest | RunRequest | CheckRequest;

export type OutputStream = "stdout" | "stderr";

export type WorkerResponse =
  | { type: "ready"; startedFrom: "snapshot" | "plain" }
  | { type: "failed-to-start"; message: string }
  | { type: "stream"; id: number; stream: OutputStream; text: string }
  | { type: "ran"; id: number; error: PythonError | null; displays: string[]; files: FileMap }
  | { type: "checked"; id: number; error: PythonError | null; results: CheckResult[]; files: FileMap }
  | { type: "interrupted"; id: number }
  | { type: "crashed"; id: number; message: string };

/** What a run or check ends as, from the page's point of view. */
export type Ended =
  | { status: "stopped" }
  | { status: "timeout"; seconds: number }
  | { status: "crashed"; message: string };

export type RunOutcome = { status: "done"; error: PythonError | null; displays: DisplayBundle[]; files: FileMap } | Ended;

export type CheckOutcome =
  | { status: "done"; error: PythonError | null; results: CheckResult[]; files: FileMap }
  | Ended;
