// Everything the sandboxed Python runtime needs from the build: the worker (a classic script),
// the frame's srcdoc with its policy, the build-time memory snapshot, the dataset, and in
// index.html the page's Content-Security-Policy, an inline script that starts the sandbox before
// the app's code arrives, and preloads; `virtual:python-assets` tells the page where each file is.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { bundleEarly, bundleFrame, bundleWorker } from "./python/bundle";
import { frameDocument, pagePolicy, sha256 } from "./python/csp";
import { courseSnapshot } from "./python/snapshot";

const ASSETS_ID = "virtual:python-assets";
const DEV_WORKER = "@python/worker.js";
const DEV_SNAPSHOT = "@python/snapshot.gz";
const DEV_DATASET = "@python/ames.csv";

interface Built {
  worker: { fileName: string; code: string };
  snapshot: { fileName: string; gzipped: Buffer };
  dataset: { fileName: string; bytes: Buffer };
  frame: { hash: string; html: string };
  early: { hash: string; code: string };
}

const contentHash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 10);

const assetsModule = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join("\n");

/** @param pyodidePath where Pyodide's wasm and standard library are copied, e.g. "pyodide/314.0.7" */
export function pythonPlugin(pyodidePath: string): Plugin {
  let root = "";
  let base = "/";
  let isBuild = false;
  let built: Built | undefined;

  const urls = (worker: string, snapshot: string, dataset: string) => ({
    workerURL: base + worker,
    snapshotURL: base + snapshot,
    datasetURL: base + dataset,
    wasmURL: `${base}${pyodidePath}/pyodide.asm.wasm`,
    stdlibURL: `${base}${pyodidePath}/python_stdlib.zip`,
    indexURL: `${base}${pyodidePath}/`,
  });

  return {
    name: "course-python",
    configResolved(config) {
      root = config.root;
      base = config.base;
      isBuild = config.command === "build";
    },
    async buildStart() {
      if (!isBuild) return;
      const [worker, frameScript, snapshot] = await Promise.all([bundleWorker(root), bundleFrame(root), courseSnapshot(root)]);
      const bytes = readFileSync(join(root, "lessons", "data", "ames.csv"));
      const files = {
        worker: { fileName: `assets/python-worker-${contentHash(worker.code)}.js`, code: worker.code },
        snapshot: { fileName: `${pyodidePath}/course-${snapshot.key}.snapshot.gz`, gzipped: snapshot.gzipped },
        dataset: { fileName: `assets/ames-${contentHash(bytes)}.csv`, bytes },
        frame: frameDocument(frameScript.code),
      };
      const found = urls(files.worker.fileName, files.snapshot.fileName, files.dataset.fileName);
      const early = (await bundleEarly(root, assetsModule({ ...found, frameHTML: files.frame.html }))).code.replace(/<\/script/gi, "<\\/script");
      built = { ...files, early: { code: early, hash: sha256(early) } };
    },
    resolveId: (id) => (id === ASSETS_ID ? `\0${ASSETS_ID}` : undefined),
    async load(id) {
      if (id !== `\0${ASSETS_ID}`) return undefined;
      const frame = built?.frame ?? frameDocument((await bundleFrame(root)).code);
      if (!built) this.addWatchFile(join(root, "src", "runtime", "sandbox", "frame.ts"));
      const found = built ? urls(built.worker.fileName, built.snapshot.fileName, built.dataset.fileName) : urls(DEV_WORKER, DEV_SNAPSHOT, DEV_DATASET);
      return assetsModule({ ...found, frameHTML: frame.html });
    },
    generateBundle() {
      if (!built) return;
      this.emitFile({ type: "asset", fileName: built.worker.fileName, source: built.worker.code });
      this.emitFile({ type: "asset", fileName: built.snapshot.fileName, source: built.snapshot.gzipped });
      this.emitFile({ type: "asset", fileName: built.dataset.fileName, source: built.dataset.bytes });
    },
    transformIndexHtml: {
      order: "pre",
      handler() {
        if (!built) return [];
        // The sandbox and Python's downloads start while the page parses, before any of the
        // app's code; the early script runs right after the policy that allows it.
        return [
          { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: pagePolicy([built.frame.hash, built.early.hash]) }, injectTo: "head-prepend" as const },
          { tag: "script", children: built.early.code, injectTo: "head" as const },
        ];
      },
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split("?")[0] ?? "";
        try {
          if (path === base + DEV_WORKER) {
            res.setHeader("Content-Type", "text/javascript");
            return res.end((await bundleWorker(root)).code);
          }
          if (path === base + DEV_SNAPSHOT) {
            res.setHeader("Content-Type", "application/octet-stream");
            return res.end((await courseSnapshot(root)).gzipped);
          }
          if (path === base + DEV_DATASET) {
            res.setHeader("Content-Type", "text/csv");
            return res.end(readFileSync(join(root, "lessons", "data", "ames.csv")));
          }
        } catch (error) {
          return next(error);
        }
        next();
      });
    },
  };
}
