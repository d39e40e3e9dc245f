// Importing a progress file: what it would change, and merging it in only once the learner agrees.
import { parseExport, type ExportedFile, type ImportError } from "./exportFile";
import { mergeProgress, summarizeImport, type ImportSummary } from "./merge";
import type { Progress } from "./schema";
import type { ProgressStore } from "./store";

export type ImportPlan = { ok: true; file: ExportedFile; summary: ImportSummary } | { ok: false; error: ImportError };

/** Never throws and changes nothing: a bad file comes back as an error the page explains. */
export function planImport(local: Progress, text: string): ImportPlan {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, file: parsed.file, summary: summarizeImport(local, parsed.file.progress) };
}

/**
 * Merges against the progress as it is now, which may have moved on since the plan was shown.
 * False when it could not be saved (storage full): then nothing was imported, not even in this tab.
 */
export function applyImport(store: ProgressStore, file: ExportedFile): boolean {
  return store.commit((current) => mergeProgress(current, file.progress), { onlyIfSaved: true });
}
