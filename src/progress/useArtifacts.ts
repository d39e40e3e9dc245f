// Artifacts as the app uses them. Saves run one after another and a read waits for them, so a
// lesson opened right after a Run or Check still gets the files just written; a file saved
// again unchanged is not written again; and pages learn what changed without re-reading every
// stored CSV. A save that fails keeps the files in this tab (the next lessons still read them),
// says so, and is tried again with every later save or read, on request, and every half minute.
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  readArtifacts,
  readArtifactsNamed,
  removeArtifacts,
  saveArtifacts,
  storedArtifactNames,
  type Artifact,
  type ArtifactSource,
  type FileMap,
} from "./artifacts";

/** What pages show about a stored file: whose it is, not its content. */
export type ArtifactInfo = Omit<Artifact, "content">;
type Change = Record<string, ArtifactInfo | undefined>;

/** Why files could not be saved: the store is full, or it failed (unavailable, blocked, broken). */
export interface ArtifactProblem {
  reason: "quota" | "failed";
  message: string;
  files: string[];
}

const listeners = new Set<(change: Change) => void>();
/** What this tab believes the store holds, to skip saving the same file again. */
const known = new Map<string, { content: string; source: ArtifactSource; lesson: string }>();
/** Files written by code whose save has not succeeded yet; newer than anything stored. */
const pending = new Map<string, Artifact>();
let problem: ArtifactProblem | null = null;
const problemListeners = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();
/** A failed save is also tried again by itself after a while: space may have been freed. */
const RETRY_MS = 30_000;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

const info = ({ source, lesson, savedAt }: Artifact): ArtifactInfo => ({ source, lesson, savedAt });

function setProblem(next: ArtifactProblem | null) {
  if (next === null && problem === null) return;
  problem = next;
  for (const listener of problemListeners) listener();
}

function describe(error: unknown): Omit<ArtifactProblem, "files"> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return { reason: name === "QuotaExceededError" ? "quota" : "failed", message: message || name };
}

/** Forgets what the store no longer holds (cleared by the browser or another tab), so it is saved again. */
async function forgetVanished() {
  try {
    const names = await storedArtifactNames();
    for (const name of known.keys()) if (!names.has(name)) known.delete(name);
  } catch {
    known.clear();
  }
}

/** Tries to store every pending file, one save per lesson and source. */
async function writePending() {
  if (pending.size === 0) return setProblem(null);
  // Stored with the time pages were told of, so a page's view of the files and the store agree.
  const groups = new Map<string, { lesson: string; source: ArtifactSource; savedAt: string; files: FileMap }>();
  for (const [name, { content, lesson, source, savedAt }] of pending) {
    const key = `${source}\n${lesson}\n${savedAt}`;
    const group = groups.get(key) ?? { lesson, source, savedAt, files: {} };
    group.files[name] = content;
    groups.set(key, group);
  }
  try {
    for (const { lesson, source, savedAt, files } of groups.values()) {
      await saveArtifacts(files, lesson, source, savedAt);
      for (const [name, content] of Object.entries(files)) {
        known.set(name, { content, source, lesson });
        pending.delete(name);
      }
    }
    setProblem(null);
  } catch (error) {
    setProblem({ ...describe(error), files: [...pending.keys()] });
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void retryArtifacts(), RETRY_MS);
  }
}

export function storeArtifacts(files: FileMap, lesson: string, source: ArtifactSource): Promise<void> {
  return enqueue(async () => {
    await forgetVanished();
    const changed = Object.entries(files).filter(([name, content]) => {
      const last = pending.get(name) ?? known.get(name);
      return !last || last.content !== content || last.source !== source || last.lesson !== lesson;
    });
    if (changed.length === 0 && pending.size === 0) return;
    const savedAt = new Date().toISOString();
    for (const [name, content] of changed) pending.set(name, { content, source, lesson, savedAt });
    await writePending();
    const change = Object.fromEntries(changed.map(([name]) => [name, { source, lesson, savedAt }]));
    for (const listener of listeners) listener(change);
  });
}

export function forgetArtifacts(names: string[]): Promise<void> {
  return enqueue(async () => {
    for (const name of names) pending.delete(name);
    // A store that cannot be reached holds nothing this tab could read back either.
    await removeArtifacts(names).catch(() => undefined);
    for (const name of names) known.delete(name);
    if (problem) setProblem(pending.size > 0 ? { ...problem, files: [...pending.keys()] } : null);
    const change = Object.fromEntries(names.map((name) => [name, undefined]));
    for (const listener of listeners) listener(change);
  });
}

/** The named files as stored once every pending save has finished; files not saved yet come from this tab. */
export function readSavedArtifacts(names: string[]): Promise<Record<string, Artifact | undefined>> {
  return enqueue(async () => {
    await writePending();
    let found: Record<string, Artifact | undefined> = {};
    try {
      found = await readArtifactsNamed(names);
      for (const [name, artifact] of Object.entries(found)) {
        if (artifact) known.set(name, artifact);
        else known.delete(name);
      }
    } catch {
      known.clear();
    }
    for (const name of names) {
      const unsaved = pending.get(name);
      if (unsaved) found[name] = unsaved;
    }
    return found;
  });
}

/** Every stored file (and every one waiting to be saved) once pending saves have finished. */
function readAllArtifacts(): Promise<Record<string, Artifact>> {
  return enqueue(async () => ({ ...(await readArtifacts().catch(() => ({}))), ...Object.fromEntries(pending) }));
}

/** Every stored file name once pending saves have finished (to clear them all). */
export async function savedArtifactNames(): Promise<string[]> {
  return Object.keys(await readAllArtifacts());
}

/** Saves what is waiting now (the learner asked to try again). */
export function retryArtifacts(): Promise<void> {
  return enqueue(writePending);
}

const subscribeProblem = (listener: () => void) => {
  problemListeners.add(listener);
  return () => void problemListeners.delete(listener);
};

/** Why the files the learner's code wrote are not saved, or null when everything is. */
export function useArtifactProblem(): ArtifactProblem | null {
  return useSyncExternalStore(subscribeProblem, () => problem);
}

/** Whose the named files are (all files when no names are given); undefined while reading. */
/** Reads in flight by the names asked for: the parts of one page that ask for the same files share one read. */
const infoReads = new Map<string, Promise<Record<string, ArtifactInfo>>>();

function readInfo(key: string | undefined): Promise<Record<string, ArtifactInfo>> {
  const id = key ?? "\u0000all";
  const inFlight = infoReads.get(id);
  if (inFlight) return inFlight;
  const wanted = key === undefined ? undefined : key.split("\n").filter(Boolean);
  const read = (wanted ? readSavedArtifacts(wanted) : readAllArtifacts())
    .then((found) => Object.fromEntries(Object.entries(found).flatMap(([name, artifact]) => (artifact ? [[name, info(artifact)] as const] : []))))
    .finally(() => infoReads.delete(id));
  infoReads.set(id, read);
  return read;
}

export function useArtifacts(names?: readonly string[]): Record<string, ArtifactInfo> | undefined {
  const [artifacts, setArtifacts] = useState<Record<string, ArtifactInfo>>();
  const key = names?.join("\n");
  useEffect(() => {
    let live = true;
    const wanted = key === undefined ? undefined : key.split("\n").filter(Boolean);
    readInfo(key)
      .then((found) => live && setArtifacts((now) => ({ ...found, ...now })))
      .catch(() => live && setArtifacts((now) => now ?? {}));
    const listener = (change: Change) => {
      const relevant = Object.entries(change).filter(([name]) => !wanted || wanted.includes(name));
      if (relevant.length === 0) return;
      setArtifacts((now) => {
        const next = { ...now };
        for (const [name, value] of relevant) {
          if (value) next[name] = value;
          else delete next[name];
        }
        return next;
      });
    };
    listeners.add(listener);
    return () => {
      live = false;
      listeners.delete(listener);
    };
  }, [key]);
  return artifacts;
}
