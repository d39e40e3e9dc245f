// The references the sandbox frame keeps: per check file and input files, what a reference job
// computed from them (harness.reference), handed to every later check on the same files so it
// does not re-read and re-derive the lesson's data. Kept in the frame, never where learner code
// runs.
import type { CheckJob, FileMap } from "../protocol";

export interface Reference {
  checkCode: string;
  files: FileMap;
  /** The check catalog as JSON: a helper may word something in the learner's language. */
  messages: string;
  /** null when the reference job made nothing usable: the checks then compute everything. */
  data: ArrayBuffer | null;
}

/** Newest first; a lesson page needs one, two cover switching language. */
export type References = Reference[];

export function sameFiles(a: FileMap, b: FileMap) {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

function find(references: References, job: CheckJob) {
  const messages = JSON.stringify(job.messages);
  return references.find((r) => r.checkCode === job.checkCode && r.messages === messages && sameFiles(r.files, job.files));
}

/** A copy of the reference for this check's files, for its worker; null if there is none. */
export function referenceFor(references: References, job: CheckJob): ArrayBuffer | null {
  return find(references, job)?.data?.slice(0) ?? null;
}

/** Whether a reference job for these files is still to be made (one is tried once). */
export function referenceWanted(references: References, job: CheckJob): boolean {
  return find(references, job) === undefined;
}
