// Brings stored progress of any known version up to the current one, or says why it cannot.
import { z } from "../lib/zod";
import { PROGRESS_VERSION, progressSchema, progressV1Schema, progressV2Schema, type LessonProgress, type Progress } from "./schema";

export type Parsed = { ok: true; progress: Progress } | { ok: false; reason: string };

function fromV1(old: z.infer<typeof progressV1Schema>, now: string): Progress {
  const slugs = new Set([...Object.keys(old.code), ...Object.keys(old.drafts)]);
  // Own keys only: a lesson named "constructor" must not read Object.prototype's.
  const own = <T>(record: Record<string, T>, slug: string) => (Object.hasOwn(record, slug) ? record[slug] : undefined);
  const lessons = Object.fromEntries(
    [...slugs].map((slug) => {
      const code = own(old.code, slug);
      const lesson: LessonProgress = { drafts: own(old.drafts, slug) ?? [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: now };
      return [slug, code === undefined ? lesson : { code, ...lesson }] as const;
    }),
  );
  return { version: PROGRESS_VERSION, lessons };
}

/** Version 3 added review answers and the track, both optional: a version 2 document is one without them. */
const fromV2 = (old: z.infer<typeof progressV2Schema>): Progress => ({ ...old, version: PROGRESS_VERSION });

/**
 * Two drafts with one id would become one when edited: later ones get the id with a number. The
 * same for every read and in every tab, so that tabs merging the document agree on it.
 */
function withUniqueDraftIds(progress: Progress): Progress {
  const lessons = Object.entries(progress.lessons).map(([slug, lesson]) => {
    const taken = new Set(lesson.drafts.map((draft) => draft.id));
    const seen = new Set<string>();
    const drafts = lesson.drafts.map((draft) => {
      let id = draft.id;
      for (let n = 2; seen.has(id); n++) if (!taken.has(`${draft.id}-${n}`)) id = `${draft.id}-${n}`;
      seen.add(id);
      taken.add(id);
      return id === draft.id ? draft : { ...draft, id };
    });
    return [slug, drafts.every((draft, i) => draft === lesson.drafts[i]) ? lesson : { ...lesson, drafts }] as const;
  });
  return { ...progress, lessons: Object.fromEntries(lessons) };
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(document)"}: ${issue.message}` : "invalid";
}

export function parseProgress(data: unknown, now = new Date().toISOString()): Parsed {
  const version = (data as { version?: unknown } | null)?.version;
  if (version === 1) {
    const old = progressV1Schema.safeParse(data);
    return old.success ? { ok: true, progress: withUniqueDraftIds(fromV1(old.data, now)) } : { ok: false, reason: describe(old.error) };
  }
  if (version === 2) {
    const old = progressV2Schema.safeParse(data);
    return old.success ? { ok: true, progress: withUniqueDraftIds(fromV2(old.data)) } : { ok: false, reason: describe(old.error) };
  }
  if (version === PROGRESS_VERSION) {
    const current = progressSchema.safeParse(data);
    return current.success ? { ok: true, progress: withUniqueDraftIds(current.data) } : { ok: false, reason: describe(current.error) };
  }
  return { ok: false, reason: `unknown version ${JSON.stringify(version)}` };
}
