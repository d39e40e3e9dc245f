// Reads and writes the progress document in localStorage; bad data is set aside, never deleted.
import { parseProgress } from "./migrate";
import { emptyProgress, progressSchema, type Progress } from "./schema";

export const STORAGE_KEY = "mlops-course:progress";
export const SET_ASIDE_PREFIX = "mlops-course:unreadable:";

export interface Loaded {
  progress: Progress;
  /** Set when stored data could not be read: where it was kept aside and why. */
  setAside?: { key: string; reason: string };
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
  storage.setItem(key, raw);
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
