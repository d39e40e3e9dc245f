// Start Python from a memory snapshot kept in Cache Storage: the first visit makes it, later
// visits start in a fraction of the time. Any failure falls back to a plain start.
import { loadPyodide, version, type PyodideInterface } from "pyodide";

const CACHE_NAME = "python-snapshot";
/** Standard-library modules the lessons use, imported before the snapshot is taken. */
const PRELOADED = "import csv, json, statistics, hashlib, math, random, io, os, sys, traceback, types, contextlib, collections, datetime";

async function readSnapshot(key: string): Promise<ArrayBuffer | undefined> {
  const cache = await caches.open(CACHE_NAME);
  const response = await cache.match(key);
  return response ? response.arrayBuffer() : undefined;
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
  const snapshot = hasCache ? await readSnapshot(key).catch(() => undefined) : undefined;
  if (snapshot) {
    try {
      return { py: await loadPyodide({ indexURL, _loadSnapshot: snapshot }), startedFrom: "snapshot" };
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
