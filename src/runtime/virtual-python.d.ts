// Modules made by scripts/vite-plugin-python.ts and scripts/python/bundle.ts.
declare module "virtual:python-assets" {
  export const workerURL: string;
  export const snapshotURL: string;
  export const wasmURL: string;
  export const stdlibURL: string;
  export const indexURL: string;
  export const datasetURL: string;
  /** The sandbox frame's srcdoc: its policy and its inline script. */
  export const frameHTML: string;
}

declare module "virtual:course-python" {
  import type { CourseModules } from "./pythonHost";
  const modules: CourseModules;
  export default modules;
}

declare module "pyodide/pyodide.asm.mjs" {
  const createPyodideModule: (settings: object) => Promise<unknown>;
  export default createPyodideModule;
}
