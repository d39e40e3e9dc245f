// Start Python from a memory snapshot kept in Cache Storage: the first visit makes it, later
// visits start in a fraction of the time. Any failure falls back to a plain start.
import { loadPyodide, version, type PyodideInterface } from "pyodide";

const CACHE_NAME = "python-snapshot";
/** Standard-library modules the lessons use, imported before the snapshot is taken. */
const PRELOADED = "import csv, json, statistics, hashlib, math, random, io, os, sys, traceback, types, contextlib, collections, datetime";

/** Finds the snapshot quickly; its 30 MB body is read while Pyodide fetches and compiles its wasm. */
async function findSnapshot(key: string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE_NAME);
  return cache.match(key);
}

async function saveSnapshot(key: string, bytes: Uint8Array) {
  const cache = await caches.open(CACHE_NAME);
  await cache.put(key, new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "Content-Type": "application/octet-stream" } }));
}

export type StartedFrom = "snapshot" | "plain";

export async function startPython(indexURL: string): Promise<{ py: PyodideInterface; startedFrom: StartedFrom }> {
  // The key names the Pyodide version: a new interpreter never loads an old snapshot.
  const key = new URL(`snapshot-${version}.bin`, indexURL).href;
  const hasCache = typeof caches !== "undefined";
  const snapshot = hasCache ? await findSnapshot(key).catch(() => undefined) : undefined;
  if (snapshot) {
    try {
      return { py: await loadPyodide({ indexURL, _loadSnapshot: snapshot.arrayBuffer() }), startedFrom: "snapshot" };
    } catch {
      await caches.delete(CACHE_NAME).catch(() => undefined);
    }
  }
  const py = await loadPyodide({ indexURL, _makeSnapshot: hasCache });
  py.runPython(PRELOADED);
  if (hasCache) {
    try {
      const bytes = py.makeMemorySnapshot();
      void saveSnapshot(key, bytes).catch(() => undefined);
    } catch {
      // A snapshot is only a speed-up; without one every visit starts the plain way.
    }
  }
  return { py, startedFrom: "plain" };
}
