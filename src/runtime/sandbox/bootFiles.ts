// The frame's side of Python's files: the page hands each over as soon as it has arrived, and the
// frame puts it to work at once (the first worker loads its script, the snapshot decompresses,
// the wasm compiles) while the others are still on their way; on a first visit each of these
// used to wait for the last download, one after another.
import type { BootFile } from "../protocol";
import { decompressed } from "./decompress";

/** Everything a worker boots from, read. */
export interface BootFiles {
  wasm: WebAssembly.Module;
  workerURL: string;
  stdlib: ArrayBuffer;
  dataset: ArrayBuffer;
  snapshot: ArrayBuffer | null;
  indexURL: string;
}

function later<T>() {
  let give: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (give = resolve));
  return { promise, give };
}

const given = {
  wasm: later<Blob>(),
  worker: later<Blob>(),
  stdlib: later<Blob>(),
  dataset: later<Blob>(),
  snapshot: later<Blob | null>(),
};

/** With lazy compilation (Chromium) compiling is mere validation, quicker than streaming the
 * file across from the page; the whole file it is. */
const compiled = given.wasm.promise.then(async (blob) => WebAssembly.compile(await blob.arrayBuffer()));
compiled.catch(() => undefined);

const workerURL = given.worker.promise.then((blob) => URL.createObjectURL(new Blob([blob], { type: "text/javascript" })));
/** The first worker, made as soon as its script is here: loading it takes about 100 ms. */
let first: Promise<Worker> | undefined = workerURL.then((url) => new Worker(url, { name: "python" }));
first.catch(() => undefined);

const snapshot = given.snapshot.promise.then(decompressed);

export function receiveFile(file: BootFile) {
  if (file.name === "snapshot") given.snapshot.give(file.blob);
  else given[file.name].give(file.blob);
}

/** A worker no job has touched, its script loaded or loading. */
export async function newWorker(): Promise<Worker> {
  const made = first;
  first = undefined;
  return (await made?.catch(() => undefined)) ?? new Worker(await workerURL, { name: "python" });
}

/** Resolves once every file has arrived and been read; rejects if one cannot be. */
export async function bootFiles(indexURL: string): Promise<BootFiles> {
  const read = (blob: Promise<Blob>) => blob.then((b) => b.arrayBuffer());
  const [wasm, url, stdlib, dataset, kept] = await Promise.all([compiled, workerURL, read(given.stdlib.promise), read(given.dataset.promise), snapshot]);
  return { wasm, workerURL: url, stdlib, dataset, snapshot: kept, indexURL };
}
