// Both boards as one model: a row per learner (from a file or from the room), a cell per lesson
// (done / working / stuck / not started), the checks most of the room fails now, and names that
// stay apart when two learners look alike.
import { displayName, nameKey, type Hand, type SharedLesson } from "../../room";

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
}

export type CellStatus = "done" | "working" | "stuck" | "not-started";
export type StuckReason = { kind: "streak"; check: string; count: number } | { kind: "idle"; minutes: number; hints: number };
export interface Cell {
  status: CellStatus;
  reason?: StuckReason;
  passed?: number;
  total?: number;
}

/** The same check failing this many Check runs in a row makes a learner stuck. */
export const STUCK_STREAK = 3;

export const lessonOf = (row: BoardRow, slug: string): SharedLesson | undefined => (Object.hasOwn(row.lessons, slug) ? row.lessons[slug] : undefined);

export function cellOf(row: BoardRow, slug: string, now: number, stuckAfterMinutes: number): Cell {
  const lesson = lessonOf(row, slug);
  if (!lesson) return { status: "not-started" };
  const results = lesson.checks?.results ?? [];
  const counts = lesson.checks ? { passed: results.filter((r) => r.passed).length, total: results.length } : {};
  const status = lesson.tracks.code.status;
  if (status === "done") return { status: "done", ...counts };
  const streak = Object.entries(lesson.failStreaks ?? {}).sort((a, b) => b[1] - a[1])[0];
  if (streak && streak[1] >= STUCK_STREAK) {
    const title = results.find((r) => r.name === streak[0])?.title ?? streak[0];
    return { status: "stuck", reason: { kind: "streak", check: title, count: streak[1] }, ...counts };
  }
  if (lesson.hintsShown > 0 && lesson.advancedAt && row.current === slug) {
    const minutes = Math.floor((now - Date.parse(lesson.advancedAt)) / 60_000);
    if (minutes >= stuckAfterMinutes) return { status: "stuck", reason: { kind: "idle", minutes, hints: lesson.hintsShown }, ...counts };
  }
  return { status: status === "in-progress" ? "working" : "not-started", ...counts };
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
