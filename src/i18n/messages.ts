// Each language's interface text is a chunk of its own: a visit loads only the language it shows
// (and the other one only when the learner switches).
import type { Language } from "../lib/languages";
import type { Messages } from "./en";

export function loadMessages(lang: Language): Promise<Messages | Record<string, unknown>> {
  return lang === "ja" ? import("./ja").then((module) => module.ja) : import("./en").then((module) => module.en);
}
