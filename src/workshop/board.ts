// The file board as pure data: who shared which file, and every drafted request by role and kind.
import { REQUEST_KINDS, ROLE_IDS, type RequestKind, type RoleId } from "../course/roles";
import type { ImportError, ParsedExport } from "../progress/model";
import type { Progress } from "../progress/model";
import { displayName, nameKey } from "../room";
import type { BoardRow } from "./grid/model";

export interface Participant {
  /** Same learner means same key (their browser's learner id; for older files, their normalised name): a newer file replaces an older one. */
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

/** Adds one read file; the board keeps working whatever the file holds. */
export function addFile(board: Board, fileName: string, parsed: FileRead): Board {
  const problems = board.problems.filter((problem) => problem.fileName !== fileName);
  if (!parsed.ok) return { ...board, problems: [...problems, { fileName, error: parsed.error }] };
  const { progress, exportedAt } = parsed.file;
  const name = displayName(progress.learner ?? "") || fileName;
  const key = progress.learnerId ? `id:${progress.learnerId}` : `name:${nameKey(name)}`;
  const participant: Participant = { key, name, fileName, exportedAt, progress };
  const index = board.participants.findIndex((p) => p.key === key);
  if (index === -1) return { participants: [...board.participants, participant], problems };
  // An older file from the same learner (loaded after a newer one) does not replace it.
  if (board.participants[index]!.exportedAt > exportedAt) return { ...board, problems };
  return { participants: board.participants.map((p, i) => (i === index ? participant : p)), problems };
}

export function removeParticipant(board: Board, key: string): Board {
  return { ...board, participants: board.participants.filter((p) => p.key !== key) };
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
export function groupDrafts(lessons: readonly { slug: string }[], rows: readonly BoardRow[], names: Map<string, string>, onlyLesson?: string): RoleGroup[] {
  const shown = onlyLesson ? lessons.filter((lesson) => lesson.slug === onlyLesson) : lessons;
  const all: (SharedDraft & { role: RoleId | ""; kind: RequestKind | "" })[] = [];
  for (const lesson of shown) {
    for (const row of rows) {
      const drafts = Object.hasOwn(row.lessons, lesson.slug) ? row.lessons[lesson.slug]!.drafts : [];
      for (const draft of drafts) {
        if (draft.request.trim() === "") continue;
        all.push({ ...draft, id: `${row.key}/${lesson.slug}/${draft.id}`, author: names.get(row.key) ?? row.name, lesson: lesson.slug });
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
