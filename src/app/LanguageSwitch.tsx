// English / Japanese switch; i18next remembers the choice.
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../course/languages";
import { useLanguage } from "./useLanguage";

const NAMES = { en: "English", ja: "日本語" } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("layout.language")}</span>
      <select value={lang} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
