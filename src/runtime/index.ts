// The app's single Python runtime, started as soon as this module is imported.
import { PythonRuntime } from "./client";
import { createSandbox } from "./sandbox/host";

export const runtime = new PythonRuntime({ createTransport: createSandbox });

/** The course's dataset as the app serves it, for learners who take the lessons to Jupyter. */
export { datasetURL } from "virtual:python-assets";
export type { RuntimeStatus, RunOptions, CheckOptions } from "./client";
export type * from "./protocol";
export { MAX_OUTPUT_FILE_BYTES } from "./protocol";
export { SNAPSHOT_CACHE_NAME, SNAPSHOT_KEPT_KEY } from "./sandbox/snapshotCache";
export { announceFirstPage } from "./sandbox/firstPage";
export { onPythonFilesArrived } from "./sandbox/filesArrived";
