// The progress store: the one global state, saved (debounced) as the learner works, shared by tabs.
import { mergeWithBase } from "./merge";
import { loadProgress, saveProgress, STORAGE_KEY, type Loaded } from "./storage";
import type { LessonProgress, Progress } from "./schema";

/** 128 random bits; getRandomValues also works on plain-http addresses, where randomUUID does not. */
export function newLearnerId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const SAVE_DELAY_MS = 400;

export class ProgressStore {
  private progress: Progress;
  /** The document as last read from or written to storage: what another tab's changes are measured against. */
  private base: Progress;
  private lastRaw: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage;
  readonly setAside: Loaded["setAside"];
  saveError: string | null = null;

  constructor(storage: Storage) {
    this.storage = storage;
    const loaded = loadProgress(storage);
    this.progress = loaded.progress;
    this.base = loaded.progress;
    this.lastRaw = storage.getItem(STORAGE_KEY);
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

  /** A whole-document change the learner confirmed (import, reset, clear, name): saved at once. */
  commit(change: (progress: Progress) => Progress) {
    this.progress = change(this.progress);
    this.cancelTimer();
    this.save();
    this.emit();
  }

  /**
   * Takes in what another tab saved. Called on the `storage` event and before every save, so a
   * save never drops newer work from another tab.
   */
  syncFromStorage = () => {
    const raw = this.storage.getItem(STORAGE_KEY);
    if (raw === this.lastRaw) return;
    const loaded = loadProgress(this.storage);
    // Unreadable data was just set aside by loadProgress; there is nothing of the other tab to take in.
    const theirs = loaded.setAside ? this.base : loaded.progress;
    this.progress = mergeWithBase(this.base, this.progress, theirs);
    this.base = theirs;
    this.lastRaw = this.storage.getItem(STORAGE_KEY);
    this.emit();
  };

  /** This browser's learner id, made (and saved) the first time a board or a room needs it. */
  ensureLearnerId(): string {
    const existing = this.progress.learnerId;
    if (existing) return existing;
    const learnerId = newLearnerId();
    this.commit((progress) => ({ ...progress, learnerId }));
    return learnerId;
  }

  /** Writes now; called when the page is hidden so nothing typed is lost. */
  flush = () => {
    if (this.timer === undefined) return;
    this.cancelTimer();
    this.save();
    this.emit();
  };

  private save() {
    try {
      this.syncFromStorage();
      saveProgress(this.storage, this.progress);
      this.base = this.progress;
      this.lastRaw = this.storage.getItem(STORAGE_KEY);
      this.saveError = null;
    } catch (error) {
      this.saveError = error instanceof Error ? error.message : String(error);
    }
  }

  private cancelTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleSave() {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const hadError = this.saveError;
      this.save();
      if (this.saveError || hadError) this.emit();
    }, SAVE_DELAY_MS);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
