// The files Python needs, fetched by the page (through its service worker when offline), since
// the sandbox can fetch nothing.
import { SNAPSHOT_CACHE_NAME, SNAPSHOT_KEPT_KEY } from "./snapshotCache";

/** Where each file is, as scripts/vite-plugin-python.ts builds them (virtual:python-assets). */
export interface AssetURLs {
  workerURL: string;
  snapshotURL: string;
  wasmURL: string;
  stdlibURL: string;
  datasetURL: string;
  indexURL: string;
}

/**
 * Blobs: a Blob crosses to the sandbox frame (which may live in another process) as a reference,
 * where an ArrayBuffer would be copied on the page's thread while the lesson's text is being
 * shown; the frame reads them on its own.
 */
export interface Assets {
  wasm: Promise<Blob>;
  worker: Promise<Blob>;
  stdlib: Promise<Blob>;
  dataset: Promise<Blob>;
  /** Null when it cannot be had (Python then starts the plain way). */
  snapshot: Promise<Snapshot | null>;
  indexURL: string;
}

export interface Snapshot {
  url: string;
  /** As served (gzipped; the sandbox decompresses it), or decompressed (kept by an earlier visit, or by a host that decoded it). */
  blob: Blob;
  /** Already kept decompressed in Cache Storage by an earlier visit. */
  cached: boolean;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

async function ok(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response;
}

/** Whether an earlier visit said it kept this snapshot (a hint: the copy may have gone since). */
function keptBefore(url: string) {
  try {
    return localStorage.getItem(SNAPSHOT_KEPT_KEY) === url;
  } catch {
    return false;
  }
}

/**
 * The decompressed snapshot an earlier visit kept (about 70 ms to read, against a few hundred to
 * decompress), or else the shipped file, gzipped (6 MB instead of 31) so every static host can
 * serve it as a plain file. Unless an earlier visit said it kept this one, the shipped file is
 * fetched meanwhile: on a first visit opening Cache Storage takes about 200 ms. That fetch is
 * abandoned if a copy turns up after all.
 */
async function loadSnapshot(url: string): Promise<Snapshot | null> {
  const shipped = new AbortController();
  const fetchShipped = () =>
    fetch(url, { signal: shipped.signal })
      .then(async (response) => (response.ok ? { url, blob: await response.blob(), cached: false } : null))
      .catch(() => null);
  const early = keptBefore(url) ? undefined : fetchShipped();
  try {
    const kept = await (await caches.open(SNAPSHOT_CACHE_NAME)).match(url);
    if (kept) {
      shipped.abort();
      return { url, blob: await kept.blob(), cached: true };
    }
  } catch {
    // Cache Storage unavailable: fetch it.
  }
  return early ?? fetchShipped();
}

// Decompressing and writing 31 MB is a worker's job, so a learner typing meanwhile feels nothing.
const KEEP_WORKER = `onmessage = async ({ data: { blob, url, cacheName } }) => {
  try {
    const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    const body = head[0] === 0x1f && head[1] === 0x8b ? blob.stream().pipeThrough(new DecompressionStream("gzip")) : blob.stream();
    const bytes = await new Response(body).arrayBuffer();
    const cache = await caches.open(cacheName);
    await cache.put(url, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    for (const request of await cache.keys()) if (request.url !== url) await cache.delete(request);
    postMessage("kept");
  } catch {
    // Storage full or unavailable: the next visit decompresses again.
  }
  close();
};`;

/** Kept decompressed for the next visits once Python has started from it; only the current one is kept. */
export function keepSnapshot(snapshot: Snapshot) {
  try {
    const source = URL.createObjectURL(new Blob([KEEP_WORKER], { type: "text/javascript" }));
    const worker = new Worker(source);
    URL.revokeObjectURL(source);
    worker.onmessage = () => {
      try {
        localStorage.setItem(SNAPSHOT_KEPT_KEY, snapshot.url);
      } catch {
        // No storage: the next visit fetches the shipped file while it looks for the copy.
      }
    };
    worker.postMessage({ blob: snapshot.blob, url: snapshot.url, cacheName: SNAPSHOT_CACHE_NAME });
  } catch {
    // No workers: the next visit decompresses again.
  }
}

export async function forgetSnapshot() {
  try {
    localStorage.removeItem(SNAPSHOT_KEPT_KEY);
    await caches.delete(SNAPSHOT_CACHE_NAME);
  } catch {
    // Cache Storage unavailable: nothing was kept.
  }
}

export function fetchAssets(urls: AssetURLs): Assets {
  const blob = (url: string) => ok(absolute(url)).then((response) => response.blob());
  const assets: Assets = {
    wasm: blob(urls.wasmURL),
    worker: blob(urls.workerURL),
    stdlib: blob(urls.stdlibURL),
    dataset: blob(urls.datasetURL),
    snapshot: loadSnapshot(absolute(urls.snapshotURL)),
    indexURL: absolute(urls.indexURL),
  };
  // Awaited later; a failure meanwhile is not an unhandled rejection.
  for (const promise of [assets.wasm, assets.worker, assets.stdlib, assets.dataset]) promise.catch(() => undefined);
  return assets;
}
