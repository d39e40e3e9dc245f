// i18next set up with English and Japanese; the language follows the browser and is remembered.
// Importing this module waits until the learner's language has loaded, so nothing renders keys.
import i18n from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import { isLanguage, LANGUAGES } from "../lib/languages";
import { detectLanguage, rememberLanguage } from "./detect";
import { loadMessages } from "./messages";

await i18n
  .use(resourcesToBackend((lng: string) => loadMessages(isLanguage(lng) ? lng : "en")))
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: "languageOnly",
    // Both languages have every key (a test checks), so a supported language needs no fallback
    // and loads no other language's text; anything else is shown in English.
    fallbackLng: (code: string) => (isLanguage(code) ? [] : ["en"]),
    interpolation: { escapeValue: false }, // React escapes
  });

// A language chosen in the app is kept for the next visit; one detected is detected again.
i18n.on("languageChanged", rememberLanguage);

export default i18n;
