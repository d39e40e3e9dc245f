// The file board's state for React, read from IndexedDB when the page opens and saved on every change.
import { useCallback, useEffect, useRef, useState } from "react";
import { emptyBoard, type Board } from "./board";
import { loadBoard, saveBoard } from "./boardStore";

export function useSavedBoard() {
  const [board, setBoard] = useState<Board>(emptyBoard);
  const [saved, setSaved] = useState(true);
  const loaded = useRef(false);
  // A file dropped before the saved board was read is added to it, not replaced by it.
  const early = useRef<((board: Board) => Board)[]>([]);

  useEffect(() => {
    let cancelled = false;
    void loadBoard().then((stored) => {
      if (cancelled) return;
      loaded.current = true;
      setBoard((current) => early.current.reduce((next, change) => change(next), stored ?? current));
      early.current = [];
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const change = useCallback((update: (board: Board) => Board) => {
    if (!loaded.current) early.current.push(update);
    setBoard((before) => {
      const next = update(before);
      void saveBoard(next).then(setSaved);
      return next;
    });
  }, []);

  return { board, change, saved };
}
