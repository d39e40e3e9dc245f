// A room's export: JSON with everything stored, and CSV with one row per learner and lesson for
// a spreadsheet (csv-stringify, with formulas escaped so a name like "=HYPERLINK(…)" stays text).
import { stringify } from "csv-stringify/sync";
import type { RoomInfo, RoomTimer } from "../src/room/protocol/schemas";
import type { StoredLearner } from "./store/types";

export const ROOM_EXPORT_FORMAT = "mlops-hands-on-room";
const iso = (ms: number) => new Date(ms).toISOString();

export function roomJson(room: RoomInfo, timer: RoomTimer | null, learners: StoredLearner[], now: number): string {
  const file = {
    format: ROOM_EXPORT_FORMAT,
    version: 1,
    exportedAt: iso(now),
    room,
    timer,
    learners: learners.map((l) => ({
      id: l.id,
      name: l.name,
      ...(l.team ? { team: l.team } : {}),
      joinedAt: iso(l.joinedAt),
      updatedAt: iso(l.updatedAt),
      hand: l.hand,
      state: l.state,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const COLUMNS = [
  "learner_id",
  "name",
  "team",
  "lesson",
  "status",
  "checks_passed",
  "checks_total",
  "failing_checks",
  "checks_reported_by_learner",
  "hints_shown",
  "solution_shown",
  "minutes_on_lesson",
  "drafted_requests",
  "track",
  "review_status",
  "review_right",
  "review_total",
  "hand_raised_at",
  "updated_at",
];

export function roomCsv(learners: StoredLearner[]): string {
  const rows: (string | number)[][] = [];
  for (const l of learners) {
    const who = [l.id, l.name, l.team ?? ""];
    const tail = [l.hand?.raisedAt ?? "", iso(l.updatedAt)];
    const lessons = Object.entries(l.state.lessons);
    const track = l.state.track ?? "";
    if (lessons.length === 0) rows.push([...who, "", "not-started", "", "", "", "", "", "", "", "", track, "", "", "", ...tail]);
    for (const [slug, lesson] of lessons) {
      const results = lesson.checks?.results ?? [];
      rows.push([
        ...who,
        slug,
        lesson.tracks.code.status,
        lesson.checks ? results.filter((r) => r.passed).length : "",
        lesson.checks ? results.length : "",
        results
          .filter((r) => !r.passed)
          .map((r) => r.title)
          .join("; "),
        lesson.checks?.reported ? "yes" : "",
        lesson.hintsShown,
        lesson.solutionShown ? "yes" : "no",
        lesson.timeMs === undefined ? "" : Math.round(lesson.timeMs / 60_000),
        lesson.drafts.filter((d) => d.request.trim()).length,
        track,
        lesson.tracks.review?.status ?? "",
        lesson.review?.right ?? "",
        lesson.review?.total ?? "",
        ...tail,
      ]);
    }
  }
  // The byte-order mark makes spreadsheet programs read the names as UTF-8 (Japanese included).
  return `\uFEFF${stringify(rows, { header: true, columns: COLUMNS, escape_formulas: true })}`;
}
