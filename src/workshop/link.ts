// Workshop links (`/?lang=ja&lessons=analyze,prepare`): building, reading and remembering them.
import { z } from "../lib/zod";
import { isLanguage, type Language } from "../course/languages";

export const LINK_PARAMS = { lang: "lang", lessons: "lessons" } as const;

export interface LinkChoice {
  lang?: Language;
  /** Known lessons chosen, in course order; absent when the link names none of them. */
  lessons?: string[];
  /** What the link asked for that the course does not have, to tell the learner. */
  unknownLessons: string[];
  unknownLang?: string;
}

/** Null when the address is not a workshop link; never throws on a mangled one. */
export function parseWorkshopLink(search: string, courseSlugs: readonly string[]): LinkChoice | null {
  const params = new URLSearchParams(search);
  const lang = params.get(LINK_PARAMS.lang)?.trim().toLowerCase();
  const lessons = params.get(LINK_PARAMS.lessons);
  if (lang === undefined && lessons === null) return null;
  const asked = new Set((lessons ?? "").split(",").map((slug) => slug.trim().toLowerCase()).filter(Boolean));
  const chosen = courseSlugs.filter((slug) => asked.has(slug));
  const choice: LinkChoice = { unknownLessons: [...asked].filter((slug) => !courseSlugs.includes(slug)) };
  if (chosen.length > 0) choice.lessons = chosen;
  if (lang && isLanguage(lang)) choice.lang = lang;
  else if (lang) choice.unknownLang = lang;
  return choice;
}

/** The whole course needs no `lessons` parameter, which keeps the link short and future-proof. */
export function buildWorkshopLink(base: string, lang: Language, lessons: readonly string[], courseSlugs: readonly string[]): string {
  const url = new URL(base);
  url.searchParams.set(LINK_PARAMS.lang, lang);
  const chosen = courseSlugs.filter((slug) => lessons.includes(slug));
  if (chosen.length < courseSlugs.length) url.searchParams.set(LINK_PARAMS.lessons, chosen.join(","));
  // Slugs and commas need no escaping; a readable link is easier to check on a projected screen.
  return url.toString().replace(/%2C/g, ",");
}

/** What a workshop link chose for this browser session. */
export interface WorkshopScope {
  lessons: string[];
  unknownLessons: string[];
  unknownLang?: string;
  showAll: boolean;
}

const scopeSchema = z.object({
  lessons: z.array(z.string()),
  unknownLessons: z.array(z.string()),
  unknownLang: z.optional(z.string()),
  showAll: z.boolean(),
});

export function scopeFromChoice(choice: LinkChoice): WorkshopScope | null {
  if (!choice.lessons && choice.unknownLessons.length === 0 && !choice.unknownLang) return null;
  return { lessons: choice.lessons ?? [], unknownLessons: choice.unknownLessons, unknownLang: choice.unknownLang, showAll: false };
}

/** Stored text back to a scope; anything unreadable, or naming no lesson the course still has, is none. */
export function readScope(text: string | null, courseSlugs: readonly string[]): WorkshopScope | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = scopeSchema.safeParse(data);
  if (!parsed.success) return null;
  return { ...parsed.data, lessons: courseSlugs.filter((slug) => parsed.data.lessons.includes(slug)) };
}

/** The lessons to list and step through: the workshop's, unless none or the learner asked for all. */
export function lessonsInScope<T extends { slug: string }>(lessons: readonly T[], scope: WorkshopScope | null): readonly T[] {
  if (!scope || scope.showAll || scope.lessons.length === 0) return lessons;
  return lessons.filter((lesson) => scope.lessons.includes(lesson.slug));
}
