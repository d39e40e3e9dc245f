// The interface language, which is also the language of the lesson text.
import { useTranslation } from "react-i18next";
import type { Language } from "../course/languages";

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === "ja" ? "ja" : "en";
}
