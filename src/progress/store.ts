// The progress store: the one global state, saved (debounced) as the learner works, shared by tabs.
// A save that fails is said (saveError) and tried again until it succeeds.
import { conflictingCode, lessonOf, mergeWithBase, type CodeConflict } from "./merge";
import { newId } from "../lib/newId";
import { loadProgress, removeSetAside, saveProgress, STORAGE_KEY, type Loaded } from "./storage";
import type { LessonProgress, Progress } from "./schema";
import type { Track } from "./status";

const SAVE_DELAY_MS = 400;
/** How soon a failed save is tried again: space may have been freed meanwhile. */
const RETRY_DELAY_MS = 5000;

export class ProgressStore {
  private progress: Progress;
  /** The document as last read from or written to storage: what another tab's changes are measured against. */
  private base: Progress;
  private lastRaw: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage;
  setAside: Loaded["setAside"];
  /** The browser blocks storage: the course works, but nothing is kept after this page. */
  readonly blocked: boolean;
  saveError: string | null = null;
  /** Why the last save failed, kept after a change that could not be saved was undone. */
  lastSaveFailure: string | null = null;
  /** Lessons whose code another tab changed while this tab had unsaved code of its own. */
  private conflicts: Readonly<Record<string, CodeConflict>> = {};
  /** Lessons whose code the learner changed in this tab: replaced by another tab's, it is said. */
  private readonly codeEditedHere = new Set<string>();

  constructor(storage: Storage, { blocked = false } = {}) {
    this.storage = storage;
    this.blocked = blocked;
    const loaded = loadProgress(storage);
    this.progress = loaded.progress;
    this.base = loaded.progress;
    this.lastRaw = storage.getItem(STORAGE_KEY);
    this.setAside = loaded.setAside;
  }

  getSnapshot = () => this.progress;
  getConflicts = () => this.conflicts;

  /** Unreadable data that stays where it was (no room for a copy): nothing may be saved over it. */
  private get keptInPlace() {
    return this.setAside?.inPlace === true;
  }

  /** The unreadable data kept in place, for the learner to download. */
  unreadableData(): string | null {
    return this.keptInPlace ? this.storage.getItem(STORAGE_KEY) : null;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  lesson(slug: string): LessonProgress | undefined {
    return lessonOf(this.progress, slug);
  }

  updateLesson(slug: string, change: (lesson: LessonProgress) => LessonProgress) {
    const before = lessonOf(this.progress, slug) ?? {
      drafts: [],
      hintsShown: 0,
      solutionShown: false,
      examplesShown: false,
      updatedAt: new Date().toISOString(),
    };
    const after = { ...change(before), updatedAt: new Date().toISOString() };
    if (after.code !== before.code) this.codeEditedHere.add(slug);
    this.progress = { ...this.progress, lessons: { ...this.progress.lessons, [slug]: after } };
    this.emit();
    this.scheduleSave();
  }

  /** The learner's track; saved like lesson work (debounced), the other track's work untouched. */
  setTrack(value: Track) {
    if (this.progress.track?.value === value) return;
    this.progress = { ...this.progress, track: { value, at: new Date().toISOString() } };
    this.emit();
    this.scheduleSave();
  }

  /**
   * A whole-document change the learner confirmed (import, reset, clear, name): saved at once.
   * Returns whether it was saved; with `onlyIfSaved` a change that could not be saved is undone,
   * so that nothing is claimed that would be gone after a reload.
   */
  commit(change: (progress: Progress) => Progress, { onlyIfSaved = false } = {}): boolean {
    const before = this.progress;
    this.progress = change(this.progress);
    this.cancelTimer();
    const saved = this.save();
    if (!saved && onlyIfSaved) {
      this.progress = before;
      this.saveError = null;
      this.cancelTimer();
    }
    this.emit();
    return saved;
  }

  /** Everything gone (the learner asked), also unreadable data and its copies; saving starts again. */
  clearAll(empty: Progress) {
    this.setAside = undefined;
    this.conflicts = {};
    removeSetAside(this.storage);
    this.commit(() => empty);
  }

  /**
   * Takes in what another tab saved. Called on the `storage` event and before every save, so a
   * save never drops newer work from another tab.
   */
  syncFromStorage = () => {
    if (this.keptInPlace) return;
    const raw = this.storage.getItem(STORAGE_KEY);
    if (raw === this.lastRaw) return;
    const loaded = loadProgress(this.storage);
    // Unreadable data was just set aside by loadProgress; there is nothing of the other tab to take in.
    const theirs = loaded.setAside ? this.base : loaded.progress;
    const conflicts = conflictingCode(this.base, this.progress, theirs);
    const merged = mergeWithBase(this.base, this.progress, theirs);
    // Code this tab has not saved yet stays in its editor; the other tab's is kept to take on request.
    for (const slug of Object.keys(conflicts)) {
      merged.lessons[slug] = withCodeOf(lessonOf(merged, slug)!, lessonOf(this.progress, slug)!);
    }
    // Code typed here and already saved, replaced by the other tab's: said, and one click from coming back.
    for (const slug of this.codeEditedHere) {
      const [mine, now] = [lessonOf(this.progress, slug), lessonOf(merged, slug)];
      if (mine && mine.code !== now?.code && !Object.hasOwn(conflicts, slug)) conflicts[slug] = { code: mine.code, checks: mine.checks, taken: true };
    }
    if (Object.keys(conflicts).length > 0) this.conflicts = { ...this.conflicts, ...conflicts };
    this.progress = merged;
    this.base = theirs;
    this.lastRaw = this.storage.getItem(STORAGE_KEY);
    this.emit();
  };

  /** Takes the other tab's code for a lesson in conflict; this tab's stays in the conflict, to go back to. */
  takeTheirCode(slug: string) {
    const conflict = Object.hasOwn(this.conflicts, slug) ? this.conflicts[slug] : undefined;
    const mine = lessonOf(this.progress, slug);
    if (!conflict || !mine) return;
    this.conflicts = { ...this.conflicts, [slug]: { code: mine.code, checks: mine.checks, taken: true } };
    this.updateLesson(slug, (lesson) => withCodeOf(lesson, conflict));
  }

  /** Back to this tab's own code after taking the other tab's. */
  takeMyCodeBack(slug: string) {
    const conflict = Object.hasOwn(this.conflicts, slug) ? this.conflicts[slug] : undefined;
    if (!conflict?.taken) return;
    this.dismissConflict(slug);
    this.updateLesson(slug, (lesson) => withCodeOf(lesson, conflict));
  }

  dismissConflict(slug: string) {
    if (!Object.hasOwn(this.conflicts, slug)) return;
    this.conflicts = Object.fromEntries(Object.entries(this.conflicts).filter(([key]) => key !== slug));
    this.emit();
  }

  /** This browser's learner id, made (and saved) the first time a board or a room needs it. */
  ensureLearnerId(): string {
    const existing = this.progress.learnerId;
    if (existing) return existing;
    const learnerId = newId();
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

  /** Whether the document is now stored; a failure is said and tried again a little later. */
  private save(): boolean {
    // Saving over unreadable data kept in place would lose it; the notice says nothing is saved.
    if (this.keptInPlace) return false;
    try {
      this.syncFromStorage();
      saveProgress(this.storage, this.progress);
      this.base = this.progress;
      this.lastRaw = this.storage.getItem(STORAGE_KEY);
      this.saveError = null;
      return true;
    } catch (error) {
      this.saveError = error instanceof Error ? error.message : String(error);
      this.lastSaveFailure = this.saveError;
      this.scheduleSave(RETRY_DELAY_MS);
      return false;
    }
  }

  private cancelTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleSave(delay = SAVE_DELAY_MS) {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const hadError = this.saveError;
      this.save();
      if (this.saveError || hadError) this.emit();
    }, delay);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

/** A lesson with the code and check results of another version (they belong together). */
function withCodeOf(lesson: LessonProgress, source: Pick<LessonProgress, "code" | "checks">): LessonProgress {
  const next: LessonProgress = { ...lesson, code: source.code, checks: source.checks };
  if (next.code === undefined) delete next.code;
  if (next.checks === undefined) delete next.checks;
  return next;
}
