// The shipped snapshot arrives gzipped (6 MB instead of 31); decompressing it costs a few hundred
// milliseconds, so once Python is ready the page keeps the decompressed bytes in Cache Storage
// and later visits read those instead (about 70 ms). Only the current snapshot is kept.
export const SNAPSHOT_CACHE_NAME = "python-snapshot";

export async function readCachedSnapshot(url: string): Promise<ArrayBuffer | null> {
  try {
    const found = await (await caches.open(SNAPSHOT_CACHE_NAME)).match(url);
    return found ? await found.arrayBuffer() : null;
  } catch {
    return null;
  }
}

/** Kept for the next visit; a failure only means the next visit decompresses again. */
export async function keepSnapshot(url: string, bytes: ArrayBuffer) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE_NAME);
    await cache.put(url, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    for (const request of await cache.keys()) if (request.url !== url) await cache.delete(request);
  } catch {
    // Storage full or unavailable.
  }
}
