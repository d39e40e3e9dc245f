// The languages every piece of course text exists in; English is the reference.
export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];
