// Reads and writes the progress document in localStorage; bad data is set aside, never deleted.
import { MemoryStorage } from "./memoryStorage";
import { parseProgress } from "./migrate";
import { emptyProgress, progressSchema, type Progress } from "./schema";

export const STORAGE_KEY = "mlops-course:progress";
export const SET_ASIDE_PREFIX = "mlops-course:unreadable:";

export interface Loaded {
  progress: Progress;
  /**
   * Set when stored data could not be read: where it was kept aside and why. `inPlace` when
   * there was no room for a copy, so it stays under STORAGE_KEY and must not be saved over.
   */
  setAside?: { key: string; reason: string; inPlace?: true };
}

/**
 * The browser's localStorage, or (when the browser blocks it: site data turned off, some
 * private modes) an in-memory one, so the course works without saving and can say so.
 */
export function openStorage(get: () => Storage = () => window.localStorage): { storage: Storage; blocked: boolean } {
  try {
    const storage = get();
    storage.getItem(STORAGE_KEY);
    return { storage, blocked: false };
  } catch {
    return { storage: new MemoryStorage(), blocked: true };
  }
}

export function loadProgress(storage: Storage, now = new Date()): Loaded {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { progress: emptyProgress() };
  let reason: string;
  try {
    const parsed = parseProgress(JSON.parse(raw), now.toISOString());
    if (parsed.ok) return { progress: parsed.progress };
    reason = parsed.reason;
  } catch {
    reason = "not valid JSON";
  }
  const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
  } catch {
    // No room for a second copy (it may be megabytes): it stays where it is, and is not saved over.
    return { progress: emptyProgress(), setAside: { key: STORAGE_KEY, reason, inPlace: true } };
  }
  storage.removeItem(STORAGE_KEY);
  return { progress: emptyProgress(), setAside: { key, reason } };
}

/** Validates before writing so a bug can never store a document the app cannot read back. */
export function saveProgress(storage: Storage, progress: Progress) {
  storage.setItem(STORAGE_KEY, JSON.stringify(progressSchema.parse(progress)));
}

/** Removes the copies of unreadable progress kept aside; only when the learner clears all their data. */
export function removeSetAside(storage: Storage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(SET_ASIDE_PREFIX)) storage.removeItem(key);
}
