// The languages every piece of course text exists in; English is the reference. Defined below
// every feature, as the interface text (src/i18n) needs them before the course loads.
export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (code: unknown): code is Language => (LANGUAGES as readonly unknown[]).includes(code);
