// The page's side of the sandbox: a hidden opaque-origin iframe whose only link to the app is a
// MessagePort the page creates. Learner Python runs in workers inside it, where it can reach
// none of the course's storage, none of the page, and no network (README, "Learner code").
import { frameHTML } from "virtual:python-assets";
import type { HostMessage } from "../protocol";
import { fetchAssets, type Assets } from "./assets";
import { keepSnapshot } from "./snapshotCache";

/** How the runtime reaches the sandbox; a fake stands in for it in unit tests. */
export interface SandboxTransport {
  /** Creates the sandbox and starts Python; every message the frame sends goes to onMessage. */
  start(onMessage: (data: unknown) => void): void;
  post(message: HostMessage): void;
  /** Removes the sandbox, and every worker in it with it. */
  destroy(): void;
}

const KEEP_AFTER_MS = 3000;

// Started when the runtime module loads, so the downloads overlap the app's own start.
let prefetched: Assets | undefined = typeof document === "undefined" ? undefined : fetchAssets();

function takeAssets() {
  const assets = prefetched ?? fetchAssets();
  prefetched = undefined;
  return assets;
}

/** Hands over the wasm as it downloads where streams can be transferred, else whole. */
async function postWasm(port: MessagePort, assets: Assets) {
  const response = await assets.wasm;
  const body = response.body;
  if (body) {
    try {
      return port.postMessage({ type: "compile", wasm: body } satisfies HostMessage, [body as unknown as Transferable]);
    } catch {
      // Transferable streams are missing in this browser: fall through to the whole file.
    }
  }
  const wasm = await response.arrayBuffer();
  port.postMessage({ type: "compile", wasm } satisfies HostMessage, [wasm]);
}

/** Sends the frame its files; resolves with a decompressed snapshot this visit should keep. */
async function postBoot(port: MessagePort, assets: Assets) {
  const [workerSource, stdlib, dataset, snapshot] = await Promise.all([assets.workerSource, assets.stdlib, assets.dataset, assets.snapshot]);
  const message: HostMessage = { type: "boot", assets: { workerSource, stdlib, dataset, snapshot: snapshot?.bytes ?? null, indexURL: assets.indexURL } };
  // A snapshot to keep is copied, not handed over: the page writes it once Python is ready.
  port.postMessage(message, snapshot?.cached ? [stdlib, dataset, snapshot.bytes] : [stdlib, dataset]);
  return snapshot && !snapshot.cached ? snapshot : null;
}

export function createSandbox(): SandboxTransport {
  const channel = new MessageChannel();
  const iframe = document.createElement("iframe");
  let keep: Awaited<ReturnType<typeof postBoot>> = null;
  return {
    start(onMessage) {
      const assets = takeAssets();
      channel.port1.onmessage = (event) => {
        // Written a little after Python is ready from it, so the write delays neither the start
        // nor a first Run, and a snapshot that failed is not kept.
        const data = event.data as { type?: unknown; startedFrom?: unknown } | null;
        if (keep && data?.type === "ready") {
          const { url, bytes } = keep;
          if (data.startedFrom === "snapshot") setTimeout(() => void keepSnapshot(url, bytes), KEEP_AFTER_MS);
          keep = null;
        }
        onMessage(event.data);
      };
      iframe.sandbox.add("allow-scripts");
      iframe.hidden = true;
      iframe.title = "Python";
      iframe.srcdoc = frameHTML;
      iframe.addEventListener(
        "load",
        () => {
          // The frame's origin is opaque, so "*" is the only target origin it can be sent to;
          // what is sent is the port this page just made, which no one else holds.
          iframe.contentWindow?.postMessage({ type: "connect" }, "*", [channel.port2]);
          Promise.all([postWasm(channel.port1, assets), postBoot(channel.port1, assets)])
            .then(([, toKeep]) => (keep = toKeep))
            .catch((error: unknown) => onMessage({ type: "failed-to-start", message: error instanceof Error ? error.message : String(error) }));
        },
        { once: true },
      );
      document.body.append(iframe);
    },
    post: (message) => channel.port1.postMessage(message),
    destroy() {
      channel.port1.close();
      iframe.remove();
    },
  };
}
