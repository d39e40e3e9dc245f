// The progress store: the one global state, saved (debounced) as the learner works.
import { loadProgress, saveProgress, type Loaded } from "./storage";
import type { LessonProgress, Progress } from "./schema";

const SAVE_DELAY_MS = 400;

export class ProgressStore {
  private progress: Progress;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage;
  readonly setAside: Loaded["setAside"];
  saveError: string | null = null;

  constructor(storage: Storage) {
    this.storage = storage;
    const loaded = loadProgress(storage);
    this.progress = loaded.progress;
    this.setAside = loaded.setAside;
  }

  getSnapshot = () => this.progress;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  lesson(slug: string): LessonProgress | undefined {
    return this.progress.lessons[slug];
  }

  updateLesson(slug: string, change: (lesson: LessonProgress) => LessonProgress) {
    const before = this.progress.lessons[slug] ?? {
      drafts: [],
      hintsShown: 0,
      solutionShown: false,
      examplesShown: false,
      updatedAt: new Date().toISOString(),
    };
    const after = { ...change(before), updatedAt: new Date().toISOString() };
    this.progress = { ...this.progress, lessons: { ...this.progress.lessons, [slug]: after } };
    this.emit();
    this.scheduleSave();
  }

  /** Writes now; called when the page is hidden so nothing typed is lost. */
  flush = () => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      saveProgress(this.storage, this.progress);
      this.saveError = null;
    } catch (error) {
      this.saveError = error instanceof Error ? error.message : String(error);
    }
    this.emit();
  };

  private scheduleSave() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        saveProgress(this.storage, this.progress);
        this.saveError = null;
      } catch (error) {
        this.saveError = error instanceof Error ? error.message : String(error);
        this.emit();
      }
    }, SAVE_DELAY_MS);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
