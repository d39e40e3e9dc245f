// A static host as the README describes: isolation headers, SPA fallback. Used by the start-up
// bench and by the e2e test that deploys a new version (the folder it serves can be switched).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".zip": "application/zip",
  ".csv": "text/csv",
};

/**
 * @param {object} options
 * @param {string} options.root the folder served, e.g. dist/
 * @param {string} [options.cacheControl] sent with every response
 * @param {(path: string) => string | { body: string, type: string } | undefined} [options.resolve]
 *   a file elsewhere, or a generated response, for paths the folder does not serve
 */
export async function serveStatic({ root, cacheControl = "no-cache", resolve }) {
  let folder = root;
  /** @type {string[]} Requests for a file (a path with an extension) that the folder does not have. */
  const missing = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    res.setHeader("Cache-Control", cacheControl);
    const special = resolve?.(path);
    if (typeof special === "object") {
      res.setHeader("Content-Type", special.type);
      return res.end(special.body);
    }
    let file = special ?? join(folder, normalize(path));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) missing.push(path);
      file = join(folder, "index.html");
    }
    res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    missing,
    /** Deploys another build: every later request is answered from `next`. @param {string} next */
    switchTo: (next) => void (folder = next),
    /** @returns {Promise<void>} */
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
