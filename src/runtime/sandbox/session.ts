// One sandbox from the page's side: the hidden opaque-origin iframe, the private port to it, and
// Python's files handed over as they arrive. Started by index.html's inline script (early.ts)
// before any of the app's code has loaded, and adopted by the runtime (host.ts); started by the
// runtime itself where that script did not run (the dev server, a restart).
import type { BootFile, HostMessage } from "../protocol";
import { announceFilesArrived } from "./filesArrived";
import { fetchAssets, type AssetURLs, type Assets, type Snapshot } from "./assets";

export interface Session {
  port: MessagePort;
  /** Every message the frame sends, including those sent before anyone listened. */
  listen(listener: (data: unknown) => void): void;
  /** Removes the frame (or keeps it from being added), and every worker in it with it. */
  close(): void;
  /** The snapshot handed over (to keep, or to forget, once it is known whether Python started from it); null if none. */
  snapshot: Promise<Snapshot | null>;
}

/** Hands each file over as soon as it has arrived; resolves with the snapshot handed over. */
async function postFiles(port: MessagePort, assets: Assets) {
  const post = (file: BootFile) => port.postMessage({ type: "file", ...file } satisfies HostMessage);
  port.postMessage({ type: "boot", indexURL: assets.indexURL } satisfies HostMessage);
  const snapshot = assets.snapshot.then((kept) => {
    post({ name: "snapshot", blob: kept?.blob ?? null });
    return kept;
  });
  const files = (["wasm", "worker", "stdlib", "dataset"] as const).map((name) => assets[name].then((blob) => post({ name, blob })));
  await Promise.all([...files, snapshot]);
  announceFilesArrived();
  return snapshot;
}

/** `when`: when to fetch Python's files and add the frame; now, unless told otherwise. */
export function startSession(urls: AssetURLs, frameHTML: string, when: Promise<void> = Promise.resolve()): Session {
  const channel = new MessageChannel();
  const iframe = document.createElement("iframe");
  let listener: ((data: unknown) => void) | undefined;
  let closed = false;
  const early: unknown[] = [];
  channel.port1.onmessage = ({ data }) => (listener ? listener(data) : early.push(data));
  const fail = (error: unknown) => {
    const message = { type: "failed-to-start", message: error instanceof Error ? error.message : String(error) };
    if (listener) listener(message);
    else early.push(message);
  };
  iframe.sandbox.add("allow-scripts");
  iframe.hidden = true;
  iframe.title = "Python";
  iframe.srcdoc = frameHTML;
  const snapshot = new Promise<Snapshot | null>((resolve) => {
    void when.then(() => {
      if (closed) return resolve(null);
      const assets = fetchAssets(urls);
      iframe.addEventListener(
        "load",
        () => {
          // The frame's origin is opaque, so "*" is the only target origin it can be sent to;
          // what is sent is the port this page just made, which no one else holds.
          iframe.contentWindow?.postMessage({ type: "connect" }, "*", [channel.port2]);
          postFiles(channel.port1, assets).then(resolve, (error: unknown) => {
            fail(error);
            resolve(null);
          });
        },
        { once: true },
      );
      // In index.html's head there is no body yet.
      (document.body ?? document.documentElement).append(iframe);
    });
  });
  return {
    port: channel.port1,
    snapshot,
    listen(next) {
      listener = next;
      for (const data of early.splice(0)) next(data);
    },
    close() {
      closed = true;
      channel.port1.close();
      iframe.remove();
    },
  };
}
