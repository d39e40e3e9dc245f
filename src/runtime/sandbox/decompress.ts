// The frame's side of the shipped snapshot: gzipped as served, decompressed off the frame's thread.
// Decompressing 31 MB keeps a thread busy for a few hundred milliseconds: a worker of the
// frame's own does it, off the thread that may be shared with the page.
const GUNZIP_WORKER = `onmessage = async ({ data }) => {
  try {
    const bytes = await new Response(data.stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    postMessage(bytes, [bytes]);
  } catch {
    postMessage(null);
  }
};`;

function gunzip(blob: Blob): Promise<ArrayBuffer | null> {
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
    worker.postMessage(blob);
  });
}

/** The snapshot as Pyodide takes it, decompressed while the wasm still compiles; null if it is broken. */
export async function decompressed(snapshot: Blob | null): Promise<ArrayBuffer | null> {
  if (!snapshot) return null;
  try {
    const head = new Uint8Array(await snapshot.slice(0, 2).arrayBuffer());
    if (head[0] !== 0x1f || head[1] !== 0x8b) return await snapshot.arrayBuffer();
    return typeof DecompressionStream === "undefined" ? null : await gunzip(snapshot);
  } catch {
    return null;
  }
}
