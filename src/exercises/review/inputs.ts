// What the learner has entered for a question, and the answer it makes once checked.
import type { ReviewQuestion } from "../../course/types";
import type { GivenAnswer } from "../../progress";
import { parseNumber } from "./parseNumber";

/** All kinds share one shape: each uses the fields it needs. */
export interface Inputs {
  text: string;
  option: string;
  picks: string[];
}

export function inputsOf(given: GivenAnswer | undefined): Inputs {
  return {
    text: given && "value" in given ? String(given.value) : "",
    option: given && "option" in given ? given.option : "",
    picks: given && "options" in given ? given.options : given && "evidence" in given ? given.evidence : [],
  };
}

export type Built = { given: GivenAnswer } | { problem: "empty" | "not-a-number" | "no-option" };

/** No number, or no option picked, is not an attempt: the learner is told what is missing. */
export function buildAnswer(question: ReviewQuestion, inputs: Inputs): Built {
  switch (question.kind) {
    case "number": {
      if (inputs.text.trim() === "") return { problem: "empty" };
      const value = parseNumber(inputs.text, question.unit);
      return value === undefined ? { problem: "not-a-number" } : { given: { value } };
    }
    case "choice":
    case "next-request":
      return inputs.option ? { given: { option: inputs.option } } : { problem: "no-option" };
    case "findings":
      return { given: { options: inputs.picks } };
    case "decision":
      return inputs.option ? { given: { option: inputs.option, evidence: inputs.picks } } : { problem: "no-option" };
  }
}

/** Same answer, whatever the order of the picks. */
export function sameAnswer(a: GivenAnswer, b: GivenAnswer): boolean {
  const norm = (given: GivenAnswer) =>
    JSON.stringify(given, (key, value: unknown) => (Array.isArray(value) && (key === "options" || key === "evidence") ? [...(value as string[])].sort() : value));
  return norm(a) === norm(b);
}
