// The page's side of the sandbox: a hidden opaque-origin iframe whose only link to the app is a
// MessagePort the page creates. Learner Python runs in workers inside it, where it can reach
// none of the course's storage, none of the page, and no network (README, "Learner code").
import * as urls from "virtual:python-assets";
import type { HostMessage } from "../protocol";
import { forgetSnapshot, keepSnapshot } from "./assets";
import { startSession, type Session } from "./session";

/** How the runtime reaches the sandbox; a fake stands in for it in unit tests. */
export interface SandboxTransport {
  /** Creates the sandbox and starts Python; every message the frame sends goes to onMessage. */
  start(onMessage: (data: unknown) => void): void;
  post(message: HostMessage): void;
  /** Removes the sandbox, and every worker in it with it. */
  destroy(): void;
}

const KEEP_AFTER_MS = 3000;

/** The session index.html started, taken once: a restart needs a fresh one. */
function takeSession(): Session {
  const early = window.coursePython;
  window.coursePython = undefined;
  return early ?? startSession(urls, urls.frameHTML);
}

export function createSandbox(): SandboxTransport {
  let session: Session | undefined;
  return {
    start(onMessage) {
      session = takeSession();
      const { snapshot } = session;
      session.listen((data) => {
        // Written a little after Python is ready from it, so the write delays neither the start
        // nor a first Run; a snapshot that failed is not kept, and a kept one that failed is
        // forgotten, so the next visit fetches the shipped one again.
        const message = data as { type?: unknown; startedFrom?: unknown } | null;
        if (message?.type === "ready") {
          void snapshot.then((given) => {
            if (given && !given.cached && message.startedFrom === "snapshot") setTimeout(() => keepSnapshot(given), KEEP_AFTER_MS);
            if (given?.cached && message.startedFrom === "plain") void forgetSnapshot();
          });
        }
        onMessage(data);
      });
    },
    post: (message) => session?.port.postMessage(message),
    destroy: () => session?.close(),
  };
}
