// The progress file a learner exports and imports (or hands to a facilitator's board).
import { z } from "../lib/zod";
import { checkLimits, unstorableLessons, type LimitProblem } from "./importLimits";
import { parseProgress } from "./migrate";
import { progressSchema, type Progress } from "./schema";

export const EXPORT_FORMAT = "mlops-hands-on-progress";
/** Far above any real export (a few hundred KB); refuses files that would freeze the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string(),
  progress: z.unknown(),
});

export interface ExportedFile {
  exportedAt: string;
  progress: Progress;
  /** Lessons in the file that cannot be kept (named "__proto__"): left out, and the learner told. */
  skipped: string[];
}

export type ImportError =
  | { code: "too-large"; bytes: number }
  | { code: "not-json" }
  | { code: "not-progress" }
  | { code: "invalid"; detail: string }
  | { code: "limit"; problem: LimitProblem };

export type ParsedExport = { ok: true; file: ExportedFile } | { ok: false; error: ImportError };

export function serializeExport(progress: Progress, now = new Date()): string {
  const file = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: progressSchema.parse(progress) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Never throws: every way a file can be wrong comes back as an error the UI can explain. */
export function parseExport(text: string): ParsedExport {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { code: "too-large", bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: "not-json" } };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: { code: "not-progress" } };
  const problem = checkLimits(envelope.data.progress);
  if (problem) return { ok: false, error: { code: "limit", problem } };
  const progress = parseProgress(envelope.data.progress);
  if (!progress.ok) return { ok: false, error: { code: "invalid", detail: progress.reason } };
  return { ok: true, file: { exportedAt: envelope.data.exportedAt, progress: progress.progress, skipped: unstorableLessons(envelope.data.progress) } };
}
