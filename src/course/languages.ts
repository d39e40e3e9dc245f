// The course's languages are the interface's (src/lib/languages.ts).
export { isLanguage, LANGUAGES, type Language } from "../lib/languages";
