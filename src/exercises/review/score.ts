// Scores a review answer against the right answer review.py computed, and says what the
// feedback needs: which typical mistake a number is, which options were missed or wrongly picked.
import type { ReviewAnswer, ReviewQuestion } from "../../course/types";
import type { GivenAnswer } from "../../progress";

export type ReviewScore =
  | { kind: "number"; correct: boolean; /** The typical wrong value the answer matches, if any. */ typical?: string }
  | { kind: "choice" | "next-request"; correct: boolean; option: string }
  | { kind: "findings"; correct: boolean; missed: string[]; wrongPicks: string[] }
  | { kind: "decision"; correct: boolean; option: string; optionRight: boolean; missed: string[]; wrongPicks: string[] };

// A figure shown rounded and typed back sits exactly at the tolerance; float arithmetic must not
// turn |18300 - 18342.7| <= 42.7 into false.
const within = (given: number, value: number, tolerance: number) =>
  Math.abs(given - value) <= tolerance + 1e-9 * Math.max(1, Math.abs(value));

/** Missed and wrongly picked ids in the order the learner sees the options (unknown ids last). */
function compareSets(picked: readonly string[], right: readonly string[], options: readonly { id: string }[] = []) {
  const picks = new Set(picked);
  const wanted = new Set(right);
  const place = (id: string) => {
    const index = options.findIndex((option) => option.id === id);
    return index < 0 ? options.length : index;
  };
  const inOrder = (ids: string[]) => ids.sort((a, b) => place(a) - place(b));
  const missed = inOrder([...wanted].filter((id) => !picks.has(id)));
  const wrongPicks = inOrder([...picks].filter((id) => !wanted.has(id)));
  return { missed, wrongPicks, equal: missed.length === 0 && wrongPicks.length === 0 };
}

function scoreNumber(answer: Extract<ReviewAnswer, { kind: "number" }>, given: number): ReviewScore {
  if (!Number.isFinite(given)) return { kind: "number", correct: false };
  if (within(given, answer.value, answer.tolerance)) return { kind: "number", correct: true };
  // The closest typical value wins when two are near (review.py keeps them apart from the right one).
  const matches = Object.entries(answer.typical)
    .filter(([, value]) => within(given, value, answer.tolerance))
    .sort(([, a], [, b]) => Math.abs(given - a) - Math.abs(given - b));
  return { kind: "number", correct: false, typical: matches[0]?.[0] };
}

/** An answer of the wrong shape for the question (a hand-edited file) is simply not right. */
export function scoreReview(question: ReviewQuestion, answer: ReviewAnswer, given: GivenAnswer): ReviewScore {
  switch (answer.kind) {
    case "number":
      return scoreNumber(answer, "value" in given ? given.value : NaN);
    case "choice":
    case "next-request": {
      const option = "option" in given ? given.option : "";
      return { kind: answer.kind, correct: option === answer.option, option };
    }
    case "findings": {
      const { missed, wrongPicks, equal } = compareSets("options" in given ? given.options : [], answer.options, question.options);
      return { kind: "findings", correct: equal, missed, wrongPicks };
    }
    case "decision": {
      const option = "option" in given ? given.option : "";
      const { missed, wrongPicks, equal } = compareSets("evidence" in given ? given.evidence : [], answer.evidence, question.evidence);
      const optionRight = option === answer.option;
      return { kind: "decision", correct: optionRight && equal, option, optionRight, missed, wrongPicks };
    }
  }
}
