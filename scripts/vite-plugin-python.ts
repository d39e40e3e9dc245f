// Everything the sandboxed Python runtime needs from the build: the worker (a classic script),
// the frame's srcdoc with its policy, the build-time memory snapshot, the page's
// Content-Security-Policy and early downloads in index.html, and `virtual:python-assets`, which
// tells the page where each file is.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Plugin } from "vite";
import { bundleFrame, bundleWorker } from "./python/bundle";
import { frameDocument, pagePolicy } from "./python/csp";
import { courseSnapshot } from "./python/snapshot";

const ASSETS_ID = "virtual:python-assets";
const DEV_WORKER = "@python/worker.js";
const DEV_SNAPSHOT = "@python/snapshot.gz";

interface Built {
  worker: { fileName: string; code: string };
  snapshot: { fileName: string; gzipped: Buffer };
  frame: { hash: string; html: string };
}

const contentHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

/** @param pyodidePath where Pyodide's wasm and standard library are copied, e.g. "pyodide/314.0.7" */
export function pythonPlugin(pyodidePath: string): Plugin {
  let root = "";
  let base = "/";
  let isBuild = false;
  let built: Built | undefined;

  const urls = (worker: string, snapshot: string) => ({
    workerURL: base + worker,
    snapshotURL: base + snapshot,
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
      const [worker, frame, snapshot] = await Promise.all([bundleWorker(root), bundleFrame(root), courseSnapshot(root)]);
      built = {
        worker: { fileName: `assets/python-worker-${contentHash(worker.code)}.js`, code: worker.code },
        snapshot: { fileName: `${pyodidePath}/course-${snapshot.key}.snapshot.gz`, gzipped: snapshot.gzipped },
        frame: frameDocument(frame.code),
      };
    },
    resolveId: (id) => (id === ASSETS_ID ? `\0${ASSETS_ID}` : undefined),
    async load(id) {
      if (id !== `\0${ASSETS_ID}`) return undefined;
      const frame = built?.frame ?? frameDocument((await bundleFrame(root)).code);
      if (!built) this.addWatchFile(join(root, "src", "runtime", "sandbox", "frame.ts"));
      const found = built ? urls(built.worker.fileName, built.snapshot.fileName) : urls(DEV_WORKER, DEV_SNAPSHOT);
      const lines = Object.entries({ ...found, frameHTML: frame.html }).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return lines.join("\n");
    },
    generateBundle() {
      if (!built) return;
      this.emitFile({ type: "asset", fileName: built.worker.fileName, source: built.worker.code });
      this.emitFile({ type: "asset", fileName: built.snapshot.fileName, source: built.snapshot.gzipped });
    },
    transformIndexHtml: {
      order: "pre",
      handler() {
        if (!built) return [];
        const found = urls(built.worker.fileName, built.snapshot.fileName);
        // Python's files start downloading while the page parses, before any of the app's code.
        const preload = [found.workerURL, found.wasmURL, found.stdlibURL, found.snapshotURL].map((href) => ({
          tag: "link",
          attrs: { rel: "preload", href, as: "fetch", crossorigin: "anonymous" },
          injectTo: "head" as const,
        }));
        return [
          { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: pagePolicy(built.frame.hash) }, injectTo: "head-prepend" as const },
          ...preload,
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
        } catch (error) {
          return next(error);
        }
        next();
      });
    },
  };
}
