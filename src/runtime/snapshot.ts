// Start Python from a memory snapshot kept in Cache Storage: the first visit makes one, later
// visits start in a fraction of the time. Any failure falls back to a plain start.
import { loadPyodide, version, type PyodideInterface } from "pyodide";

const CACHE_NAME = "python-snapshot";
/** Standard-library modules the lessons use, imported before the snapshot is taken. */
const PRELOADED = "import csv, json, statistics, hashlib, math, random, io, os, sys, traceback, types, contextlib, collections, datetime";

/**
 * The snapshot holds the course's own modules as they were imported, so its key names the
 * Pyodide version and a digest of those modules: a new interpreter or a changed harness never
 * loads an old snapshot.
 */
async function snapshotKey(indexURL: string, modules: Record<string, string>) {
  const source = Object.keys(modules).sort().map((name) => `${name}\n${modules[name]}`).join("\n");
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(source)));
  const hex = [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return new URL(`snapshot-${version}-${hex}.bin`, indexURL).href;
}

async function saveSnapshot(key: string, bytes: Uint8Array) {
  const cache = await caches.open(CACHE_NAME);
  await cache.put(key, new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "Content-Type": "application/octet-stream" } }));
  // One snapshot is about 30 MB: keep only the current one.
  for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
}

export type StartedFrom = "snapshot" | "plain";

export interface Started {
  py: PyodideInterface;
  startedFrom: StartedFrom;
  /** After a plain start: preloads the lessons' modules and saves a snapshot. Call it once the
   * course's modules are imported and before any learner code has run. */
  makeSnapshot?: () => void;
}

export async function startPython(indexURL: string, modules: Record<string, string>): Promise<Started> {
  const key = typeof caches === "undefined" ? undefined : await snapshotKey(indexURL, modules).catch(() => undefined);
  const cache = key && (await caches.open(CACHE_NAME).catch(() => undefined));
  const found = key && cache ? await cache.match(key).catch(() => undefined) : undefined;
  if (found) {
    try {
      // The 30 MB body is read while Pyodide fetches and compiles its wasm.
      return { py: await loadPyodide({ indexURL, _loadSnapshot: found.arrayBuffer() }), startedFrom: "snapshot" };
    } catch {
      await caches.delete(CACHE_NAME).catch(() => undefined);
    }
  }
  const py = await loadPyodide({ indexURL, _makeSnapshot: key !== undefined });
  const makeSnapshot = key
    ? () => {
        try {
          py.runPython(PRELOADED);
          void saveSnapshot(key, py.makeMemorySnapshot()).catch(() => undefined);
        } catch {
          // A snapshot is only a speed-up; without one every visit starts the plain way.
        }
      }
    : undefined;
  return { py, startedFrom: "plain", makeSnapshot };
}
