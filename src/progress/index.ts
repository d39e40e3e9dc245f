// The learner's progress for React: the store instance and hooks to read and change it.
import { useCallback, useSyncExternalStore } from "react";
import { STORAGE_KEY } from "./storage";
import { ProgressStore } from "./store";
import type { LessonProgress, Progress } from "./schema";

export const progressStore = new ProgressStore(window.localStorage);

window.addEventListener("pagehide", progressStore.flush);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") progressStore.flush();
});
// Another tab on the course saved: take its work in, so neither tab overwrites the other's.
window.addEventListener("storage", (event) => {
  if (event.storageArea === window.localStorage && (event.key === STORAGE_KEY || event.key === null)) progressStore.syncFromStorage();
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
  return [progress.lessons[slug], update] as const;
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

export type { Draft, LessonProgress, Progress } from "./schema";
export { checksPassForCode, doneItems, lessonStatus, hasDraft, type DoneItem, type LessonStatus, type Track } from "./status";
export { checkedVersion, freshness, inputsSignature, type CheckedVersion, type Freshness } from "./checkedVersion";
