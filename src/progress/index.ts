// The learner's progress for React: the store instance and hooks to read and change it.
import { useCallback, useSyncExternalStore } from "react";
import { openStorage, STORAGE_KEY } from "./storage";
import { ProgressStore } from "./store";
import { lessonOf, type CodeConflict } from "./merge";
import type { LessonProgress, Progress } from "./schema";
import type { Track } from "./status";

// Blocked storage (site data turned off) throws on every access: the course then works without saving.
const { storage, blocked } = openStorage();
export const progressStore = new ProgressStore(storage, { blocked });

window.addEventListener("pagehide", progressStore.flush);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") progressStore.flush();
});
// Another tab on the course saved: take its work in, so neither tab overwrites the other's.
window.addEventListener("storage", (event) => {
  if (event.storageArea === storage && (event.key === STORAGE_KEY || event.key === null)) progressStore.syncFromStorage();
});

export function useProgress() {
  return useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot);
}

export function useLessonProgress(slug: string) {
  const progress = useProgress();
  const update = useCallback(
    (change: (lesson: LessonProgress) => LessonProgress) => progressStore.updateLesson(slug, change),
    [slug],
  );
  return [lessonOf(progress, slug), update] as const;
}

/** The track the learner chose, and a way to choose (again): saved with the progress, so it syncs and exports. */
export function useTrack(): [Track | undefined, (track: Track) => void] {
  const track = useProgress().track?.value;
  const choose = useCallback((value: Track) => progressStore.setTrack(value), []);
  return [track, choose];
}

/** Another tab's code for this lesson, when it changed while this tab had unsaved code of its own. */
export function useCodeConflict(slug: string): CodeConflict | undefined {
  const conflicts = useSyncExternalStore(progressStore.subscribe, progressStore.getConflicts);
  return Object.hasOwn(conflicts, slug) ? conflicts[slug] : undefined;
}

/** What the progress store publishes to (the room, when the learner has joined one); it knows nothing of how. */
export interface ProgressPublisher {
  publish(progress: Progress): void;
}

/** Publishes the progress now and after every change, until the returned function is called. */
export function connectPublisher(publisher: ProgressPublisher): () => void {
  publisher.publish(progressStore.getSnapshot());
  const unsubscribe = progressStore.subscribe(() => publisher.publish(progressStore.getSnapshot()));
  return () => void unsubscribe();
}

export * from "./model";
export { applyImport, planImport, type ImportPlan } from "./importProgress";
export { removeSetAside } from "./storage";
export { forgetArtifacts, readSavedArtifacts, retryArtifacts, savedArtifactNames, storeArtifacts, useArtifactProblem, useArtifacts, type ArtifactInfo } from "./useArtifacts";
