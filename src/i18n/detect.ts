// The learner's language, found before i18next or the app load (the entry uses it to start
// fetching that language's text at once): the one chosen before in this browser, else the first
// of the browser's languages the course has, else English.
import { isLanguage, type Language } from "../lib/languages";

export const LANGUAGE_KEY = "mlops-course:language";

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage blocked: the browser's languages decide
  }
}

export function detectLanguage(): Language {
  const chosen = stored();
  if (isLanguage(chosen)) return chosen;
  // Outside a browser (the unit tests in Node) there is no navigator.
  const tags = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of tags) {
    const primary = tag?.split("-")[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

export function rememberLanguage(lang: string): void {
  if (!isLanguage(lang)) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered: the next visit detects it again.
  }
}
