// The facilitator's board as pure data: who shared which file, lesson status, drafts by role and kind.
import type { LessonSummary } from "../course/types";
import { REQUEST_KINDS, ROLE_IDS, type RequestKind, type RoleId } from "../course/roles";
import type { ImportError, ParsedExport } from "../progress/exportFile";
import type { Progress } from "../progress/schema";
import { lessonStatus, type LessonStatus } from "../progress/status";

export interface Participant {
  /** Same person (or team) means same key: a second file from them replaces the first. */
  key: string;
  name: string;
  fileName: string;
  exportedAt: string;
  progress: Progress;
}

/** Why a file could not join the board: the export format's reasons, or the browser could not read it. */
export type BoardFileError = ImportError | { code: "unreadable" };
export type FileRead = ParsedExport | { ok: false; error: BoardFileError };

export interface FileProblem {
  fileName: string;
  error: BoardFileError;
}

export interface Board {
  participants: Participant[];
  problems: FileProblem[];
}

export const emptyBoard = (): Board => ({ participants: [], problems: [] });

const keyOf = (name: string) => name.trim().toLocaleLowerCase();

/** Adds one read file; the board keeps working whatever the file holds. */
export function addFile(board: Board, fileName: string, parsed: FileRead): Board {
  const problems = board.problems.filter((problem) => problem.fileName !== fileName);
  if (!parsed.ok) return { ...board, problems: [...problems, { fileName, error: parsed.error }] };
  const name = parsed.file.progress.learner?.trim() || fileName;
  const participant: Participant = { key: keyOf(name), name, fileName, exportedAt: parsed.file.exportedAt, progress: parsed.file.progress };
  const index = board.participants.findIndex((p) => p.key === participant.key);
  const participants =
    index === -1 ? [...board.participants, participant] : board.participants.map((p, i) => (i === index ? participant : p));
  return { participants, problems };
}

export function removeParticipant(board: Board, key: string): Board {
  return { ...board, participants: board.participants.filter((p) => p.key !== key) };
}

export type StatusRow = { slug: string } & Record<LessonStatus, string[]>;

/** For each lesson in course order, the names of those who finished it, are on it, or have not begun. */
export function statusByLesson(lessons: readonly Pick<LessonSummary, "slug" | "starter">[], participants: readonly Participant[]): StatusRow[] {
  return lessons.map((lesson) => {
    const row: StatusRow = { slug: lesson.slug, done: [], "in-progress": [], "not-started": [] };
    for (const p of participants) row[lessonStatus(p.progress.lessons[lesson.slug], lesson.starter)].push(p.name);
    return row;
  });
}

export interface SharedDraft {
  id: string;
  author: string;
  lesson: string;
  request: string;
  unblocks: string;
}

export interface KindGroup {
  kind: RequestKind | "";
  drafts: SharedDraft[];
}

export interface RoleGroup {
  role: RoleId | "";
  kinds: KindGroup[];
}

/**
 * Every draft with text, grouped by role (in the course's role order) then kind (share, work,
 * review). Drafts whose role or kind was left unchosen come last, so nothing written is hidden.
 */
export function groupDrafts(lessons: readonly { slug: string }[], participants: readonly Participant[], onlyLesson?: string): RoleGroup[] {
  const shown = onlyLesson ? lessons.filter((lesson) => lesson.slug === onlyLesson) : lessons;
  const all: (SharedDraft & { role: RoleId | ""; kind: RequestKind | "" })[] = [];
  for (const lesson of shown) {
    for (const p of participants) {
      for (const draft of p.progress.lessons[lesson.slug]?.drafts ?? []) {
        if (draft.request.trim() === "") continue;
        all.push({ ...draft, id: `${p.key}/${lesson.slug}/${draft.id}`, author: p.name, lesson: lesson.slug });
      }
    }
  }
  const groups: RoleGroup[] = [];
  for (const role of [...ROLE_IDS, ""] as const) {
    const kinds = ([...REQUEST_KINDS, ""] as const)
      .map((kind) => ({
        kind,
        drafts: all
          .filter((d) => d.role === role && d.kind === kind)
          .map(({ id, author, lesson, request, unblocks }) => ({ id, author, lesson, request, unblocks })),
      }))
      .filter((group) => group.drafts.length > 0);
    if (kinds.length > 0) groups.push({ role, kinds });
  }
  return groups;
}
