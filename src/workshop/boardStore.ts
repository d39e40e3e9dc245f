// The file board kept in IndexedDB (idb-keyval), so a reload or a closed tab does not empty it.
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { Board } from "./board";

let store: UseStore | undefined;
const db = () => (store ??= createStore("mlops-course-workshop", "board"));
const KEY = "board";

/** The saved board, or null when there is none or it cannot be read (then the board starts empty). */
export async function loadBoard(): Promise<Board | null> {
  try {
    const saved = await get<Board>(KEY, db());
    return saved && Array.isArray(saved.participants) && Array.isArray(saved.problems) ? saved : null;
  } catch {
    return null;
  }
}

/** False when the browser refused to keep it (private mode, storage full). */
export async function saveBoard(board: Board): Promise<boolean> {
  try {
    if (board.participants.length === 0 && board.problems.length === 0) await del(KEY, db());
    else await set(KEY, board, db());
    return true;
  } catch {
    return false;
  }
}
