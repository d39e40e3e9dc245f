// The app's single Python runtime, started as soon as this module is imported.
import { PythonRuntime } from "./client";

declare global {
  interface Window {
    /** The worker index.html started before the app loaded (scripts/vite-plugin-early-worker.ts). */
    pythonWorker?: Worker;
  }
}

function createWorker() {
  const early = window.pythonWorker;
  // Taken once: a restart after Stop or a crash needs a fresh worker.
  window.pythonWorker = undefined;
  return early ?? new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module", name: "python" });
}

export const runtime = new PythonRuntime({ createWorker, canInterrupt: window.crossOriginIsolated === true });

export type { RuntimeStatus, RunOptions, CheckOptions } from "./client";
export type * from "./protocol";
