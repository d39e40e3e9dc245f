// Limits on what an imported file may hold, by count as well as by bytes: 75,000 drafts fit in
// 5 MB and would freeze the lesson page on every visit. Far above any real learner's work.
// Checked on the parsed JSON before the schema, so names are never looked up on a prototype.

export const IMPORT_LIMITS = {
  /** Lessons in one file (the course has six; a file may carry lessons of other versions). */
  lessons: 100,
  drafts: 200,
  /** Review answers in one lesson (a lesson's review asks 4-6 questions). */
  answers: 50,
  /** Any other list (check results, ticked items). */
  items: 1000,
  /** Characters of any one text (code, a draft, a message). */
  chars: 200_000,
} as const;

export type LimitProblem =
  | { code: "too-many-lessons"; count: number; limit: number }
  | { code: "too-many-drafts"; lesson: string; count: number; limit: number }
  | { code: "too-many-answers"; lesson: string; count: number; limit: number }
  | { code: "too-many-items"; path: string; count: number; limit: number }
  | { code: "too-long"; path: string; length: number; limit: number };

/** Deep enough for every field of the progress document; deeper nesting is left to the schema. */
const MAX_DEPTH = 8;

/** The first limit the file's progress breaks, or null. */
export function checkLimits(progress: unknown): LimitProblem | null {
  const walk = (value: unknown, path: string[]): LimitProblem | null => {
    if (typeof value === "string") {
      return value.length > IMPORT_LIMITS.chars ? { code: "too-long", path: path.join("."), length: value.length, limit: IMPORT_LIMITS.chars } : null;
    }
    if (value === null || typeof value !== "object" || path.length >= MAX_DEPTH) return null;
    if (Array.isArray(value)) {
      // Drafts are lessons.<slug>.drafts (version 2) or drafts.<slug> (version 1).
      const lesson = path.at(-1) === "drafts" ? path.at(-2) : path.at(-2) === "drafts" ? path.at(-1) : undefined;
      if (lesson !== undefined && value.length > IMPORT_LIMITS.drafts) return { code: "too-many-drafts", lesson, count: value.length, limit: IMPORT_LIMITS.drafts };
      if (value.length > IMPORT_LIMITS.items) return { code: "too-many-items", path: path.join("."), count: value.length, limit: IMPORT_LIMITS.items };
      for (const [i, item] of value.entries()) {
        const problem = walk(item, [...path, String(i)]);
        if (problem) return problem;
      }
      return null;
    }
    const entries = Object.entries(value);
    // Maps by lesson: lessons (version 2), code and drafts (version 1).
    if (path.length === 1 && entries.length > IMPORT_LIMITS.lessons) return { code: "too-many-lessons", count: entries.length, limit: IMPORT_LIMITS.lessons };
    // Review answers are lessons.<slug>.review.answers.
    if (path.length === 4 && path[0] === "lessons" && path[2] === "review" && path[3] === "answers" && entries.length > IMPORT_LIMITS.answers) {
      return { code: "too-many-answers", lesson: path[1]!, count: entries.length, limit: IMPORT_LIMITS.answers };
    }
    for (const [key, item] of entries) {
      const problem = walk(item, [...path, key]);
      if (problem) return problem;
    }
    return null;
  };
  return walk(progress, []);
}

/** Lesson names JSON.parse keeps but an object cannot hold as data ("__proto__"): reported, then left out. */
export function unstorableLessons(progress: unknown): string[] {
  if (progress === null || typeof progress !== "object") return [];
  const maps = ["lessons", "code", "drafts"].flatMap((key) => {
    const map: unknown = Object.hasOwn(progress, key) ? (progress as Record<string, unknown>)[key] : undefined;
    return map !== null && typeof map === "object" && !Array.isArray(map) ? [map] : [];
  });
  return [...new Set(maps.flatMap((map) => (Object.hasOwn(map, "__proto__") ? ["__proto__"] : [])))];
}
