// Artifacts as the app uses them. Saves run one after another and a read waits for them, so a
// lesson opened right after a Run or Check still gets the files just written; a file saved
// again unchanged is not written again; and pages learn what changed without re-reading every
// stored CSV.
import { useEffect, useState } from "react";
import { readArtifacts, readArtifactsNamed, removeArtifacts, saveArtifacts, type Artifact, type ArtifactSource, type FileMap } from "./artifacts";

/** What pages show about a stored file: whose it is, not its content. */
export type ArtifactInfo = Omit<Artifact, "content">;
type Change = Record<string, ArtifactInfo | undefined>;

const listeners = new Set<(change: Change) => void>();
/** What this tab last saved or read, to skip saving the same file again. */
const known = new Map<string, { content: string; source: ArtifactSource; lesson: string }>();
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

const info = ({ source, lesson, savedAt }: Artifact): ArtifactInfo => ({ source, lesson, savedAt });

export function storeArtifacts(files: FileMap, lesson: string, source: ArtifactSource): Promise<void> {
  return enqueue(async () => {
    const changed = Object.fromEntries(
      Object.entries(files).filter(([name, content]) => {
        const last = known.get(name);
        return !last || last.content !== content || last.source !== source || last.lesson !== lesson;
      }),
    );
    if (Object.keys(changed).length === 0) return;
    const savedAt = await saveArtifacts(changed, lesson, source);
    for (const [name, content] of Object.entries(changed)) known.set(name, { content, source, lesson });
    const change = Object.fromEntries(Object.keys(changed).map((name) => [name, { source, lesson, savedAt }]));
    for (const listener of listeners) listener(change);
  });
}

export function forgetArtifacts(names: string[]): Promise<void> {
  return enqueue(async () => {
    await removeArtifacts(names);
    for (const name of names) known.delete(name);
    const change = Object.fromEntries(names.map((name) => [name, undefined]));
    for (const listener of listeners) listener(change);
  });
}

/** The named files as stored once every pending save has finished. */
export function readSavedArtifacts(names: string[]): Promise<Record<string, Artifact | undefined>> {
  return enqueue(async () => {
    const found = await readArtifactsNamed(names);
    for (const [name, artifact] of Object.entries(found)) if (artifact) known.set(name, artifact);
    return found;
  });
}

/** Every stored file name once pending saves have finished (to clear them all). */
export function savedArtifactNames(): Promise<string[]> {
  return enqueue(async () => Object.keys(await readArtifacts()));
}

/** Whose the named files are (all files when no names are given); undefined while reading. */
export function useArtifacts(names?: readonly string[]): Record<string, ArtifactInfo> | undefined {
  const [artifacts, setArtifacts] = useState<Record<string, ArtifactInfo>>();
  const key = names?.join("\n");
  useEffect(() => {
    let live = true;
    const wanted = key === undefined ? undefined : key.split("\n").filter(Boolean);
    const read = wanted ? readSavedArtifacts(wanted) : enqueue(readArtifacts);
    read
      .then((found) => {
        if (!live) return;
        const entries = Object.entries(found).flatMap(([name, artifact]) => (artifact ? [[name, info(artifact)] as const] : []));
        setArtifacts((now) => ({ ...Object.fromEntries(entries), ...now }));
      })
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
