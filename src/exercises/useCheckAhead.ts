// Makes the lesson's Check before the click: once the code has rested after an edit, or when the
// pointer or the focus reaches Check, the sandbox checks the code in a worker of its own, and a
// click on Check takes that result (the sandbox's preparedCheck.ts).
import { useCallback, useEffect, useRef } from "react";

/** A learner who has finished an edit reaches for Check in about a second. */
export const CHECK_AHEAD_AFTER_MS = 600;

interface CheckAhead {
  /** The code and its language, as a Check would send them. */
  key: string;
  /** Python is ready and no job of this exercise runs. */
  idle: boolean;
  /** Hands the current code's Check to the sandbox to make ahead. */
  prepare: () => void;
}

/**
 * Never for code a Run or Check has been given already: a Run that ends well makes its own check
 * ahead, and code that was stopped must not run again behind the learner's back. The code a
 * lesson opens with is checked ahead only when the pointer or focus reaches Check.
 */
export function useCheckAhead({ key, idle, prepare }: CheckAhead) {
  const handed = useRef<string | null>(null);
  const opened = useRef(key);

  const ahead = useCallback(
    (byRest: boolean) => {
      if (!idle || handed.current === key || (byRest && opened.current === key)) return;
      handed.current = key;
      prepare();
    },
    [idle, key, prepare],
  );

  useEffect(() => {
    const timer = setTimeout(() => ahead(true), CHECK_AHEAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ahead]);

  return {
    /** For the pointer or focus on Check. */
    now: useCallback(() => ahead(false), [ahead]),
    /** For a Run or Check of the current code. */
    handedOver: useCallback(() => {
      handed.current = key;
    }, [key]),
  };
}
