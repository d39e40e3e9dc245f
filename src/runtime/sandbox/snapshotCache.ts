// The decompressed snapshot is kept in Cache Storage after a first visit started Python from it
// (sandbox/assets.ts), so later visits skip decompressing. "Clear all data" deletes it with the
// course's other caches.
export const SNAPSHOT_CACHE_NAME = "python-snapshot";
