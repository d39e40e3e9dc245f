// Brings stored progress of any known version up to the current one, or says why it cannot.
import { z } from "../lib/zod";
import { PROGRESS_VERSION, progressSchema, progressV1Schema, type Progress } from "./schema";

export type Parsed = { ok: true; progress: Progress } | { ok: false; reason: string };

function fromV1(old: z.infer<typeof progressV1Schema>, now: string): Progress {
  const slugs = new Set([...Object.keys(old.code), ...Object.keys(old.drafts)]);
  const lessons: Progress["lessons"] = {};
  for (const slug of slugs) {
    lessons[slug] = {
      code: old.code[slug],
      drafts: old.drafts[slug] ?? [],
      hintsShown: 0,
      solutionShown: false,
      examplesShown: false,
      updatedAt: now,
    };
  }
  return { version: PROGRESS_VERSION, lessons };
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(document)"}: ${issue.message}` : "invalid";
}

export function parseProgress(data: unknown, now = new Date().toISOString()): Parsed {
  const version = (data as { version?: unknown } | null)?.version;
  if (version === 1) {
    const old = progressV1Schema.safeParse(data);
    return old.success ? { ok: true, progress: fromV1(old.data, now) } : { ok: false, reason: describe(old.error) };
  }
  if (version === PROGRESS_VERSION) {
    const current = progressSchema.safeParse(data);
    return current.success ? { ok: true, progress: current.data } : { ok: false, reason: describe(current.error) };
  }
  return { ok: false, reason: `unknown version ${JSON.stringify(version)}` };
}
