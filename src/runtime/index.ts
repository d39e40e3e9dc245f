// The app's single Python runtime, started as soon as this module is imported.
import datasetURL from "../../lessons/data/ames.csv?url";
import { PythonRuntime } from "./client";

const base = new URL(import.meta.env.BASE_URL, window.location.href);

export const runtime = new PythonRuntime({
  indexURL: new URL(__PYODIDE_PATH__, base).href,
  datasetURL: new URL(datasetURL, window.location.href).href,
  createWorker: () => new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module", name: "python" }),
  canInterrupt: window.crossOriginIsolated === true,
});

export type { RuntimeStatus, RunOptions, CheckOptions } from "./client";
export type * from "./protocol";
