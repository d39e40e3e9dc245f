// The learner's own stored file of a name (written by their code), read only when asked for.
import { useEffect, useState } from "react";
import { readSavedArtifacts, type ArtifactInfo } from "../../progress";

export type OwnFile = { state: "reading" } | { state: "read"; content: string } | { state: "failed"; message: string };

/** `info` is the file's stored entry; its save time changes when the learner's code writes it again. */
export function useOwnFile(name: string, info: ArtifactInfo | undefined, wanted: boolean): OwnFile | undefined {
  // The result with the save time it was read for: a newer save is read again.
  const [read, setRead] = useState<{ savedAt: string; file: OwnFile | undefined }>();
  const savedAt = info?.source === "learner" ? info.savedAt : undefined;
  useEffect(() => {
    if (!wanted || savedAt === undefined) return;
    let live = true;
    readSavedArtifacts([name]).then(
      (found) => {
        const artifact = found[name];
        // Gone or replaced by the course's file since: there is nothing of the learner's to show.
        if (live) setRead({ savedAt, file: artifact?.source === "learner" ? { state: "read", content: artifact.content } : undefined });
      },
      (error: unknown) => live && setRead({ savedAt, file: { state: "failed", message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [name, savedAt, wanted]);
  if (!wanted || savedAt === undefined) return undefined;
  return read?.savedAt === savedAt ? read.file : { state: "reading" };
}
