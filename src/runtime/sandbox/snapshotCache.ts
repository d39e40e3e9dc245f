// The decompressed snapshot is kept in Cache Storage after a first visit started Python from it
// (sandbox/assets.ts), so later visits skip decompressing. "Clear all data" deletes it with the
// course's other caches.
export const SNAPSHOT_CACHE_NAME = "python-snapshot";
/** Which snapshot was kept, in localStorage: a hint only, read before Cache Storage is opened. */
export const SNAPSHOT_KEPT_KEY = "course:python-snapshot-kept";
