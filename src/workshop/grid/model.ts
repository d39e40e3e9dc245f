// Both boards as one model: a row per learner (from a file or from the room), a cell per lesson
// (done / working / stuck / not started, judged on the learner's own track), the checks and the
// review questions most of the room gets wrong now, and names that stay apart when two learners
// look alike.
import { displayName, nameKey, type Hand, type LearnerState, type SharedLesson, type TrackStatus } from "../../room";

/** "I write the code" or "I review and decide". */
export type Track = NonNullable<LearnerState["track"]>;
export const TRACK_NAMES: readonly Track[] = ["code", "review"];

export interface BoardRow {
  /** Who is who: the learner id, or for an old file without one, the normalised name. */
  key: string;
  name: string;
  team?: string;
  lessons: Record<string, SharedLesson>;
  hand?: Hand | null;
  online?: boolean;
  /** The lesson whose page is open now (live board only). */
  current?: string;
  lang?: string;
  /** The track the learner chose; absent when they have not chosen, and the code track counts then. */
  track?: Track;
}

export const trackOf = (row: BoardRow): Track => row.track ?? "code";

export type CellStatus = "done" | "working" | "stuck" | "not-started";
export type StuckReason = { kind: "streak"; check: string; count: number } | { kind: "idle"; minutes: number; hints: number };
export interface Cell {
  /** On the learner's own track. */
  status: CellStatus;
  track: Track;
  /** Only on the code track: stuck is about the code exercise (fail streaks, idle with hints). */
  reason?: StuckReason;
  /** The latest Check's results. */
  passed?: number;
  total?: number;
  /** The review exercise's questions answered right, for a lesson with a review. */
  review?: { right: number; total: number };
  /** The status on the other track, where the lesson reports one. */
  other?: { track: Track; status: Exclude<CellStatus, "stuck"> };
}

/** The same check failing this many Check runs in a row makes a learner stuck. */
export const STUCK_STREAK = 3;

export const lessonOf = (row: BoardRow, slug: string): SharedLesson | undefined => (Object.hasOwn(row.lessons, slug) ? row.lessons[slug] : undefined);

const fromTrack = (status: TrackStatus): Exclude<CellStatus, "stuck"> => (status === "in-progress" ? "working" : status);

/** A lesson's status on a track; an app that does not know the review track sends only the code one. */
const statusOn = (lesson: SharedLesson, track: Track): TrackStatus => (track === "review" ? lesson.tracks.review?.status : undefined) ?? lesson.tracks.code.status;

export function cellOf(row: BoardRow, slug: string, now: number, stuckAfterMinutes: number): Cell {
  const track = trackOf(row);
  const lesson = lessonOf(row, slug);
  if (!lesson) return { status: "not-started", track };
  const results = lesson.checks?.results ?? [];
  const counts = {
    ...(lesson.checks ? { passed: results.filter((r) => r.passed).length, total: results.length } : {}),
    ...(lesson.review ? { review: { right: lesson.review.right, total: lesson.review.total } } : {}),
  };
  const otherTrack: Track = track === "code" ? "review" : "code";
  const otherStatus = otherTrack === "review" ? lesson.tracks.review?.status : lesson.tracks.code.status;
  const base = { track, ...counts, ...(otherStatus ? { other: { track: otherTrack, status: fromTrack(otherStatus) } } : {}) };
  const status = statusOn(lesson, track);
  if (status === "done" || track === "review") return { status: fromTrack(status), ...base };
  const streak = Object.entries(lesson.failStreaks ?? {}).sort((a, b) => b[1] - a[1])[0];
  if (streak && streak[1] >= STUCK_STREAK) {
    const title = results.find((r) => r.name === streak[0])?.title ?? streak[0];
    return { status: "stuck", reason: { kind: "streak", check: title, count: streak[1] }, ...base };
  }
  if (lesson.hintsShown > 0 && lesson.advancedAt && row.current === slug) {
    const minutes = Math.floor((now - Date.parse(lesson.advancedAt)) / 60_000);
    if (minutes >= stuckAfterMinutes) return { status: "stuck", reason: { kind: "idle", minutes, hints: lesson.hintsShown }, ...base };
  }
  return { status: fromTrack(status), ...base };
}

export interface RowFilter {
  /** "" for every team. */
  team: string;
  /** "" for both tracks. */
  track: Track | "";
}

export const filterRows = (rows: readonly BoardRow[], { team, track }: RowFilter): BoardRow[] =>
  rows.filter((row) => (!team || row.team === team) && (!track || trackOf(row) === track));

/** How many learners are on each track. */
export function trackCounts(rows: readonly BoardRow[]): Record<Track, number> {
  const counts: Record<Track, number> = { code: 0, review: 0 };
  for (const row of rows) counts[trackOf(row)] += 1;
  return counts;
}

export interface FailingCheck {
  lesson: string;
  name: string;
  title: string;
  failing: number;
  /** Learners whose latest Check of this lesson ran this check. */
  checked: number;
}

/**
 * Checks failing in the learners' latest results, most failed first; only those failing for at
 * least two learners, the ones worth explaining to the room. The title is taken, where it can be,
 * from a learner working in the facilitator's language.
 */
export function failingNow(rows: readonly BoardRow[], lessons: readonly { slug: string }[], lang: string, limit = 5): FailingCheck[] {
  const found = new Map<string, FailingCheck & { titleLang?: string }>();
  for (const lesson of lessons) {
    for (const row of rows) {
      for (const result of lessonOf(row, lesson.slug)?.checks?.results ?? []) {
        const key = `${lesson.slug}\n${result.name}`;
        const entry = found.get(key) ?? { lesson: lesson.slug, name: result.name, title: result.title, failing: 0, checked: 0, titleLang: row.lang };
        entry.checked += 1;
        if (!result.passed) entry.failing += 1;
        if (row.lang === lang && entry.titleLang !== lang) Object.assign(entry, { title: result.title, titleLang: lang });
        found.set(key, entry);
      }
    }
  }
  return [...found.values()]
    .filter((entry) => entry.failing >= 2)
    .sort((a, b) => b.failing - a.failing || b.failing / b.checked - a.failing / a.checked)
    .slice(0, limit)
    .map(({ lesson, name, title, failing, checked }) => ({ lesson, name, title, failing, checked }));
}

export interface WrongAnswer {
  lesson: string;
  question: string;
  /** The question's position in the lesson's review, from 1. */
  number: number;
  wrong: number;
  /** Learners whose latest answer to this question (as it is now) is shared. */
  answered: number;
}

/**
 * Review questions most learners answer wrong in their latest answer, most wrong first; only those
 * wrong for at least two learners, the ones worth discussing with the room. Answers to questions no
 * longer in the lesson are left out.
 */
export function wrongAnswersNow(rows: readonly BoardRow[], lessons: readonly { slug: string; review?: { questions: readonly { id: string }[] } }[], limit = 5): WrongAnswer[] {
  const found: WrongAnswer[] = [];
  for (const lesson of lessons) {
    (lesson.review?.questions ?? []).forEach((question, i) => {
      const entry: WrongAnswer = { lesson: lesson.slug, question: question.id, number: i + 1, wrong: 0, answered: 0 };
      for (const row of rows) {
        const answer = lessonOf(row, lesson.slug)?.review?.answers?.find((a) => a.id === question.id);
        if (!answer) continue;
        entry.answered += 1;
        if (!answer.correct) entry.wrong += 1;
      }
      found.push(entry);
    });
  }
  // A stable sort: equal counts keep the course's order.
  return found
    .filter((entry) => entry.wrong >= 2)
    .sort((a, b) => b.wrong - a.wrong || b.wrong / b.answered - a.wrong / a.answered)
    .slice(0, limit);
}

/**
 * The name to show for each row: its own, made safe; where two rows would look the same
 * (same name after NFKC and without invisible characters), each gets a short part of its key.
 */
export function shownNames(rows: readonly BoardRow[]): Map<string, string> {
  const byName = new Map<string, number>();
  for (const row of rows) byName.set(nameKey(row.name), (byName.get(nameKey(row.name)) ?? 0) + 1);
  return new Map(
    rows.map((row) => {
      const name = displayName(row.name) || "?";
      const short = row.key.replace(/^[a-z]+:/, "").replace(/[^A-Za-z0-9]/g, "").slice(0, 4);
      return [row.key, (byName.get(nameKey(row.name)) ?? 0) > 1 ? `${name} #${short}` : name];
    }),
  );
}

export type SortOrder = "joined" | "name" | "progress" | "attention";

const rank = (cell: Cell) => ({ done: 3, working: 2, stuck: 1, "not-started": 0 })[cell.status];

export function sortRows(rows: readonly BoardRow[], order: SortOrder, cells: (row: BoardRow) => Cell[], names: Map<string, string>): BoardRow[] {
  const sorted = [...rows];
  const progress = (row: BoardRow) => cells(row).reduce((sum, cell) => sum + rank(cell), 0);
  const attention = (row: BoardRow) => (row.hand ? 2 : 0) + (cells(row).some((cell) => cell.status === "stuck") ? 1 : 0);
  if (order === "name") sorted.sort((a, b) => (names.get(a.key) ?? "").localeCompare(names.get(b.key) ?? ""));
  if (order === "progress") sorted.sort((a, b) => progress(b) - progress(a));
  if (order === "attention") sorted.sort((a, b) => attention(b) - attention(a));
  return sorted;
}
