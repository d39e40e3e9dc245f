// A static host as the README describes: isolation headers, SPA fallback, nothing cached without
// revalidation. The directory it serves can be switched, which is how a test deploys a new version.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".zip": "application/zip",
  ".csv": "text/csv",
};

export async function serveStatic(dir: string) {
  let root = dir;
  /** Requests for a file (a path with an extension) that the served build does not have. */
  const missing: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = join(root, normalize(path));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) missing.push(path);
      file = join(root, "index.html");
    }
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    missing,
    /** Deploys another build: every later request is answered from `next`. */
    switchTo: (next: string) => void (root = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
