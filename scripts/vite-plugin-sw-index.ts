// The service worker checks the index.html it serves: the build writes sw-index-check.js, which
// carries the SHA-256 of this release's index.html and, when the release's service worker
// activates, replaces any precached index.html that does not match (tampered with by code of an
// earlier release, or left over under the same revision), or removes it when the network cannot
// give the right one. Workbox would otherwise keep a cached entry whose revision it already knows.
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

export const SW_INDEX_CHECK = "sw-index-check.js";

const script = (sha256: string) => `// Made by the build (scripts/vite-plugin-sw-index.ts); imported by sw.js.
const INDEX_SHA256 = ${JSON.stringify(sha256)};

async function digest(response) {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function repairIndex() {
  for (const name of await caches.keys()) {
    if (!name.startsWith("workbox-precache")) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.endsWith("/index.html")) continue;
      const cached = await cache.match(request);
      if (cached && (await digest(cached)) === INDEX_SHA256) continue;
      const fresh = await fetch(new URL("index.html", self.registration.scope), { cache: "reload" }).catch(() => null);
      if (fresh && fresh.ok && (await digest(fresh)) === INDEX_SHA256) await cache.put(request, fresh);
      else await cache.delete(request);
    }
  }
}

self.addEventListener("activate", (event) => event.waitUntil(repairIndex().catch(() => undefined)));
`;

export function swIndexCheckPlugin(): Plugin {
  return {
    name: "sw-index-check",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      if (!index || index.type !== "asset") this.error("index.html is not in the bundle: the service worker could not check it.");
      const sha256 = createHash("sha256").update(index.source).digest("hex");
      this.emitFile({ type: "asset", fileName: SW_INDEX_CHECK, source: script(sha256) });
    },
  };
}
