// The files Python needs, fetched by the page (through its service worker when offline), since
// the sandbox can fetch nothing.
import { readCachedSnapshot } from "./snapshotCache";

/** Where each file is, as scripts/vite-plugin-python.ts builds them (virtual:python-assets). */
export interface AssetURLs {
  workerURL: string;
  snapshotURL: string;
  wasmURL: string;
  stdlibURL: string;
  datasetURL: string;
  indexURL: string;
}

export interface Assets {
  wasm: Promise<Response>;
  workerSource: Promise<string>;
  stdlib: Promise<ArrayBuffer>;
  dataset: Promise<ArrayBuffer>;
  /** Decompressed; null when it cannot be had (Python then starts the plain way). */
  snapshot: Promise<Snapshot | null>;
  indexURL: string;
}

export interface Snapshot {
  url: string;
  bytes: ArrayBuffer;
  /** Already kept decompressed in Cache Storage by an earlier visit. */
  cached: boolean;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

async function ok(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response;
}

const GZIP_MAGIC = [0x1f, 0x8b];

// Decompressing 31 MB takes the thread that does it a few hundred milliseconds: a worker of the
// page's own does it, so the lesson's text is not held up meanwhile.
const GUNZIP_WORKER = `onmessage = async ({ data }) => {
  try {
    postMessage(await new Response(data.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
  } catch (error) {
    postMessage(null);
  }
};`;

function gunzipInWorker(stream: ReadableStream<Uint8Array>): Promise<ArrayBuffer | null> {
  const url = URL.createObjectURL(new Blob([GUNZIP_WORKER], { type: "text/javascript" }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return new Promise((resolve) => {
    const done = (bytes: ArrayBuffer | null) => {
      worker.terminate();
      resolve(bytes);
    };
    worker.onmessage = ({ data }: MessageEvent<ArrayBuffer | null>) => done(data);
    worker.onerror = () => done(null);
    worker.postMessage(stream, [stream as unknown as Transferable]);
  });
}

/**
 * The snapshot is served gzipped as a plain file, so every static host can serve it. A host that
 * adds its own Content-Encoding hands over the bytes already decoded: the gzip header tells.
 */
async function fetchSnapshot(url: string): Promise<ArrayBuffer | null> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return null;
    const reader = response.body.getReader();
    const first = await reader.read();
    if (first.done) return null;
    const head = first.value;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(head),
      pull: async (controller) => {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    const gzipped = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
    if (!gzipped) return await new Response(body).arrayBuffer();
    if (typeof DecompressionStream === "undefined") return null;
    return await gunzipInWorker(body);
  } catch {
    return null;
  }
}

async function loadSnapshot(url: string): Promise<Snapshot | null> {
  const cached = await readCachedSnapshot(url);
  if (cached) return { url, bytes: cached, cached: true };
  const bytes = await fetchSnapshot(url);
  return bytes ? { url, bytes, cached: false } : null;
}

export function fetchAssets(urls: AssetURLs): Assets {
  const assets: Assets = {
    wasm: ok(absolute(urls.wasmURL)),
    workerSource: ok(absolute(urls.workerURL)).then((response) => response.text()),
    stdlib: ok(absolute(urls.stdlibURL)).then((response) => response.arrayBuffer()),
    dataset: ok(absolute(urls.datasetURL)).then((response) => response.arrayBuffer()),
    snapshot: loadSnapshot(absolute(urls.snapshotURL)),
    indexURL: absolute(urls.indexURL),
  };
  // Awaited later; a failure meanwhile is not an unhandled rejection.
  for (const promise of [assets.wasm, assets.workerSource, assets.stdlib, assets.dataset]) promise.catch(() => undefined);
  return assets;
}
