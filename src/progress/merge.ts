// Merges two progress documents (an imported file, another tab) without losing the newer work of either.
import { PROGRESS_VERSION, type Draft, type LessonProgress, type Progress, type ReviewAnswerRecord } from "./schema";

/** A lesson by slug, never a prototype's property: an imported file may name a lesson "constructor". */
export const lessonOf = (progress: Progress, slug: string): LessonProgress | undefined =>
  Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;

/** ISO timestamps compare as strings; on a tie the local side wins. */
const isNewer = (a: LessonProgress, b: LessonProgress) => a.updatedAt > b.updatedAt;

function uniteDrafts(winner: Draft[], other: Draft[]): Draft[] {
  const ids = new Set(winner.map((draft) => draft.id));
  return [...winner, ...other.filter((draft) => !ids.has(draft.id))];
}

function uniteTicks(a: number[] | undefined, b: number[] | undefined): number[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort((x, y) => x - y);
}

type Answers = Record<string, ReviewAnswerRecord>;

/**
 * Review answers of both sides, per question the one given later (on a tie the winner's): each
 * question is answered on its own, so the lesson's newer side may hold an older answer to one.
 */
function uniteAnswers(winner: LessonProgress["review"], other: LessonProgress["review"]): LessonProgress["review"] {
  if (!winner || !other) return winner ?? other;
  const answers: Answers = { ...winner.answers };
  for (const [id, answer] of Object.entries(other.answers)) {
    const mine = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!mine || answer.at > mine.at) answers[id] = answer;
  }
  return { answers };
}

/** One lesson on both sides: the newer side's code, checks and hints; drafts and ticks of both. */
export function mergeLesson(local: LessonProgress, incoming: LessonProgress): LessonProgress {
  const [winner, other] = isNewer(incoming, local) ? [incoming, local] : [local, incoming];
  // Check results belong to the code they ran on, so both come from the same side; a side that
  // never touched the code does not wipe the other's.
  const codeSide = winner.code !== undefined || winner.checks !== undefined ? winner : other;
  const merged: LessonProgress = {
    ...winner,
    code: codeSide.code,
    checks: codeSide.checks,
    examplesShown: winner.examplesShown || other.examplesShown,
    drafts: uniteDrafts(winner.drafts, other.drafts),
    checklist: uniteTicks(winner.checklist, other.checklist),
    review: uniteAnswers(winner.review, other.review),
  };
  return withoutEmptyOptionals(merged);
}

/** Optional fields are left out rather than set to undefined, as the stored document has them. */
function withoutEmptyOptionals(lesson: LessonProgress): LessonProgress {
  if (lesson.code === undefined) delete lesson.code;
  if (lesson.checks === undefined) delete lesson.checks;
  if (lesson.checklist === undefined) delete lesson.checklist;
  if (lesson.review === undefined) delete lesson.review;
  return lesson;
}

const sameDraft = (a: Draft | undefined, b: Draft | undefined) =>
  a === b || (!!a && !!b && a.role === b.role && a.kind === b.kind && a.request === b.request && a.unblocks === b.unblocks);

/** One value both sides may have changed since base: the side that changed it; if both did, an edit over a removal, else the newer side. */
function pickChanged<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, same: (a: T | undefined, b: T | undefined) => boolean, oursNewer: boolean) {
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  return oursNewer ? ours : theirs;
}

function draftsWithBase(base: Draft[], ours: Draft[], theirs: Draft[], oursNewer: boolean): Draft[] {
  const index = (drafts: Draft[]) => new Map(drafts.map((draft) => [draft.id, draft]));
  const [b, o, t] = [index(base), index(ours), index(theirs)];
  const order = (drafts: Draft[]) => drafts.map((draft) => draft.id).join("\n");
  // The side that reordered its drafts decides the order.
  const candidates = order(ours) === order(base) ? [...theirs, ...ours] : [...ours, ...theirs];
  const merged = new Map<string, Draft>();
  for (const { id } of candidates) {
    const draft = merged.has(id) ? undefined : pickChanged(b.get(id), o.get(id), t.get(id), sameDraft, oursNewer);
    if (draft) merged.set(id, draft);
  }
  return [...merged.values()];
}

function ticksWithBase(base: number[] = [], ours?: number[], theirs?: number[]): number[] | undefined {
  if (ours === undefined && theirs === undefined) return undefined;
  const has = (ticks: number[] | undefined, i: number) => (ticks ?? []).includes(i);
  const all = [...new Set([...base, ...(ours ?? []), ...(theirs ?? [])])];
  return all.filter((i) => (has(ours, i) !== has(base, i) ? has(ours, i) : has(theirs, i))).sort((x, y) => x - y);
}

/** A lesson both tabs changed since base, merged field by field so that a removal on one side stays removed. */
function mergeLessonWithBase(base: LessonProgress, ours: LessonProgress, theirs: LessonProgress): LessonProgress {
  const oursNewer = !isNewer(theirs, ours);
  const sameCode = (a: LessonProgress, b: LessonProgress) => a.code === b.code && JSON.stringify(a.checks) === JSON.stringify(b.checks);
  const codeSide = sameCode(ours, base) ? theirs : sameCode(theirs, base) ? ours : oursNewer ? ours : theirs;
  const pick = <K extends "hintsShown" | "solutionShown" | "examplesShown">(key: K) =>
    ours[key] === base[key] ? theirs[key] : theirs[key] === base[key] ? ours[key] : (oursNewer ? ours : theirs)[key];
  return withoutEmptyOptionals({
    ...(oursNewer ? ours : theirs),
    code: codeSide.code,
    checks: codeSide.checks,
    hintsShown: pick("hintsShown"),
    solutionShown: pick("solutionShown"),
    examplesShown: pick("examplesShown"),
    drafts: draftsWithBase(base.drafts, ours.drafts, theirs.drafts, oursNewer),
    checklist: ticksWithBase(base.checklist, ours.checklist, theirs.checklist),
    // Answers are only ever replaced by later ones, never removed one by one: the later answer is the change.
    review: uniteAnswers((oursNewer ? ours : theirs).review, (oursNewer ? theirs : ours).review),
  });
}

/** The track chosen later wins (on a tie the first given): choosing again is how a learner changes it. */
function laterTrack(a: Progress["track"], b: Progress["track"]): Progress["track"] {
  if (!a || !b) return a ?? b;
  return b.at > a.at ? b : a;
}

/** As laterTrack, but a side that left the track as base had it takes the other's: so clearing all data in one tab clears it in the others. */
function trackWithBase(base: Progress["track"], ours: Progress["track"], theirs: Progress["track"]): Progress["track"] {
  const same = (a: Progress["track"], b: Progress["track"]) => a?.value === b?.value && a?.at === b?.at;
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  return laterTrack(ours, theirs);
}

function withLearner(lessons: Progress["lessons"], learner: string | undefined, learnerId?: string, track?: Progress["track"]): Progress {
  const progress: Progress = { version: PROGRESS_VERSION, lessons };
  if (learnerId !== undefined) progress.learnerId = learnerId;
  if (track !== undefined) progress.track = track;
  return learner === undefined ? progress : { ...progress, learner };
}

/** Everything of both documents; where a lesson is on both sides, see mergeLesson. */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const lessons = Object.fromEntries([
    ...Object.entries(incoming.lessons).map(([slug, theirs]) => {
      const ours = lessonOf(local, slug);
      return [slug, ours ? mergeLesson(ours, theirs) : theirs] as const;
    }),
    ...Object.entries(local.lessons).filter(([slug]) => !Object.hasOwn(incoming.lessons, slug)),
  ]);
  const learner = local.learner?.trim() ? local.learner : (incoming.learner ?? local.learner);
  return withLearner(lessons, learner, local.learnerId ?? incoming.learnerId, laterTrack(local.track, incoming.track));
}

export interface ImportSummary {
  /** Lessons only in the imported file. */
  added: string[];
  /** Lessons on both sides where the imported work is newer. */
  newer: string[];
  /** Lessons on both sides where the work in this browser is newer and stays. */
  kept: string[];
}

export function summarizeImport(local: Progress, incoming: Progress): ImportSummary {
  const summary: ImportSummary = { added: [], newer: [], kept: [] };
  for (const [slug, theirs] of Object.entries(incoming.lessons)) {
    const ours = lessonOf(local, slug);
    if (!ours) summary.added.push(slug);
    else if (isNewer(theirs, ours)) summary.newer.push(slug);
    else summary.kept.push(slug);
  }
  return summary;
}

/**
 * Another tab's document, merged against the one both last saw (base): a lesson only one side
 * changed takes that side (so a removed draft or a reset lesson stays removed); a lesson both
 * changed is merged field by field against base; a lesson one side removed and the other changed
 * keeps the change.
 */
export function mergeWithBase(base: Progress, ours: Progress, theirs: Progress): Progress {
  const slugs = new Set([...Object.keys(base.lessons), ...Object.keys(ours.lessons), ...Object.keys(theirs.lessons)]);
  const lessons = Object.fromEntries(
    [...slugs].flatMap((slug) => {
      const [b, o, t] = [lessonOf(base, slug), lessonOf(ours, slug), lessonOf(theirs, slug)];
      const oursChanged = o?.updatedAt !== b?.updatedAt;
      const theirsChanged = t?.updatedAt !== b?.updatedAt;
      const both = o && t ? (b ? mergeLessonWithBase(b, o, t) : mergeLesson(o, t)) : (o ?? t);
      const result = !oursChanged ? t : !theirsChanged ? o : both;
      return result ? [[slug, result] as const] : [];
    }),
  );
  return withLearner(lessons, ours.learner !== base.learner ? ours.learner : theirs.learner, ours.learnerId ?? theirs.learnerId, trackWithBase(base.track, ours.track, theirs.track));
}

/** Another tab's code (with its check results) for a lesson; `taken` once this tab switched to it, holding this tab's own. */
export interface CodeConflict {
  code: string | undefined;
  checks: LessonProgress["checks"];
  taken?: true;
}

/** Lessons whose code both tabs changed since base, to different code: this tab's is unsaved and must not be replaced. */
export function conflictingCode(base: Progress, ours: Progress, theirs: Progress): Record<string, CodeConflict> {
  return Object.fromEntries(
    Object.entries(ours.lessons).flatMap(([slug, o]) => {
      const [b, t] = [lessonOf(base, slug), lessonOf(theirs, slug)];
      if (!t || o.code === t.code || o.code === b?.code || t.code === b?.code) return [];
      return [[slug, { code: t.code, checks: t.checks }] as const];
    }),
  );
}
