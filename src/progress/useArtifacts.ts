// The stored artifacts for React; refreshed whenever a run saves new ones.
import { useEffect, useState } from "react";
import { readArtifacts, removeArtifacts, saveArtifacts, type Artifact, type ArtifactSource } from "./artifacts";
import type { FileMap } from "./artifacts";

const listeners = new Set<() => void>();

export async function storeArtifacts(files: FileMap, lesson: string, source: ArtifactSource) {
  if (Object.keys(files).length === 0) return;
  await saveArtifacts(files, lesson, source);
  for (const listener of listeners) listener();
}

export async function forgetArtifacts(names: string[]) {
  await removeArtifacts(names);
  for (const listener of listeners) listener();
}

export function useArtifacts(): Record<string, Artifact> | undefined {
  const [artifacts, setArtifacts] = useState<Record<string, Artifact>>();
  useEffect(() => {
    let live = true;
    const refresh = () => {
      readArtifacts()
        .then((all) => live && setArtifacts(all))
        .catch(() => live && setArtifacts({}));
    };
    refresh();
    listeners.add(refresh);
    return () => {
      live = false;
      listeners.delete(refresh);
    };
  }, []);
  return artifacts;
}
