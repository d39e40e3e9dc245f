// Bundles the Python worker, the sandbox frame's script and index.html's early start as classic
// scripts with rolldown (the bundler Vite itself runs on): a worker started from a blob: URL
// inside an opaque-origin frame must be a classic script (Chromium refuses module workers there),
// and the two others are inlined (into the frame's srcdoc, and into index.html).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rolldown, type Plugin } from "rolldown";
import { COURSE_MODULES } from "../../src/runtime/pythonHost";

const COURSE_PYTHON = "virtual:course-python";

/** `virtual:course-python`: the course's Python modules, for a worker that starts the plain way. */
function coursePython(runtimeDir: string): Plugin {
  return {
    name: "course-python",
    resolveId: (id) => (id === COURSE_PYTHON ? `\0${COURSE_PYTHON}` : undefined),
    load(id) {
      if (id !== `\0${COURSE_PYTHON}`) return undefined;
      const sources = Object.fromEntries(COURSE_MODULES.map((name) => [name, readFileSync(join(runtimeDir, name), "utf8")]));
      return `export default ${JSON.stringify(sources)};`;
    },
  };
}

type Minify = boolean | { compress: false; mangle: false; codegen: { removeWhitespace: true } };

async function bundle(input: string, plugins: Plugin[], minify: Minify) {
  const build = await rolldown({
    input,
    platform: "browser",
    plugins,
    // Pyodide's loader imports Node's modules only when it runs in Node.
    external: [/^node:/, "ws"],
    // Emscripten's glue reads its own URL only as a default that Pyodide's settings replace.
    transform: { define: { "import.meta.url": "self.location.href" } },
    // Emscripten's glue has eval (for run_js, which the sandbox's policy forbids anyway) and a
    // CommonJS branch for Node; both are known and harmless here.
    checks: { eval: false, commonJsVariableInEsm: false },
    logLevel: "warn",
  });
  try {
    const { output } = await build.generate({ format: "iife", minify, codeSplitting: false });
    const [chunk, ...rest] = output;
    if (!chunk || rest.some((file) => file.type === "chunk")) throw new Error(`${input}: expected one chunk`);
    return { code: chunk.code, files: build.watchFiles };
  } finally {
    await build.close();
  }
}

export function bundleWorker(root: string) {
  const runtimeDir = join(root, "src", "runtime");
  // Only whitespace goes: Emscripten's output is minified already, and left as it is otherwise.
  return bundle(join(runtimeDir, "python.worker.ts"), [coursePython(runtimeDir)], { compress: false, mangle: false, codegen: { removeWhitespace: true } });
}

export function bundleFrame(root: string) {
  return bundle(join(root, "src", "runtime", "sandbox", "frame.ts"), [], true);
}

/** index.html's inline script; `assetsModule` is the source of `virtual:python-assets`. */
export function bundleEarly(root: string, assetsModule: string) {
  const assets: Plugin = {
    name: "python-assets",
    resolveId: (id) => (id === "virtual:python-assets" ? "\0virtual:python-assets" : undefined),
    load: (id) => (id === "\0virtual:python-assets" ? assetsModule : undefined),
  };
  return bundle(join(root, "src", "runtime", "sandbox", "early.ts"), [assets], true);
}
