// Said once all of Python's files have arrived and been handed to the sandbox: from then on the
// network is free and the interpreter boots in the frame's own process, so the page can load what
// it held back (the editor) without slowing Python's downloads. A flag on window, since the
// session that says it may be index.html's own script (early.ts), bundled apart from the app.
const FILES_ARRIVED_EVENT = "course:python-files-arrived";

declare global {
  interface Window {
    coursePythonFilesArrived?: boolean;
  }
}

export function announceFilesArrived() {
  window.coursePythonFilesArrived = true;
  dispatchEvent(new Event(FILES_ARRIVED_EVENT));
}

/** Calls `then` once Python's files have arrived (at once if they have); returns how to stop waiting. */
export function onPythonFilesArrived(then: () => void): () => void {
  if (window.coursePythonFilesArrived) {
    then();
    return () => undefined;
  }
  addEventListener(FILES_ARRIVED_EVENT, then, { once: true });
  return () => removeEventListener(FILES_ARRIVED_EVENT, then);
}
