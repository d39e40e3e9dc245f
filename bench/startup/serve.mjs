// The build as a host serves it, plus bare pages that only load Pyodide the usual way from the
// same server (on the page, and in a worker): the references every figure is compared with.
import { join, normalize } from "node:path";
import { serveStatic } from "../../scripts/lib/static-server.mjs";

const BARE_PAGE = `<!doctype html><html lang="en"><title>bare</title><body><script type="module">
import { loadPyodide } from "/bare-pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: "/bare-pyodide/" });
window.readyAt = performance.now();
py.runPython("print('hi')");
window.firstResultAt = performance.now();
</script></body></html>`;

// The same in a module worker, as a course that must keep runaway code off the page would.
const BARE_WORKER_PAGE = `<!doctype html><html lang="en"><title>bare worker</title><body><script type="module">
const worker = new Worker("/bare-worker.js", { type: "module" });
worker.onmessage = ({ data }) => (window[data] = performance.now());
</script></body></html>`;
const BARE_WORKER = `import { loadPyodide } from "/bare-pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: "/bare-pyodide/" });
postMessage("readyAt");
py.runPython("print('hi')");
postMessage("firstResultAt");`;

export function serve(root, dist) {
  const pyodideDir = join(root, "node_modules", "pyodide");
  const pages = {
    "/bare.html": { body: BARE_PAGE, type: "text/html" },
    "/bare-worker.html": { body: BARE_WORKER_PAGE, type: "text/html" },
    "/bare-worker.js": { body: BARE_WORKER, type: "text/javascript" },
  };
  return serveStatic({
    root: dist,
    cacheControl: "max-age=3600",
    resolve: (path) => pages[path] ?? (path.startsWith("/bare-pyodide/") ? join(pyodideDir, normalize(path.slice(14))) : undefined),
  });
}
