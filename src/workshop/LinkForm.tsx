// The workshop link form: a language and a subset of lessons, turned into a link to hand out.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../course/languages";
import type { LessonSummary } from "../course/types";
import { buildWorkshopLink } from "./link";

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ja: "日本語" };

export function LinkForm({ lessons, lang }: { lessons: readonly LessonSummary[]; lang: Language }) {
  const { t } = useTranslation();
  const slugs = lessons.map((lesson) => lesson.slug);
  const [linkLang, setLinkLang] = useState<Language>(lang);
  const [chosen, setChosen] = useState<string[]>(slugs);
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const base = new URL(import.meta.env.BASE_URL, window.location.origin).toString();
  const link = chosen.length > 0 ? buildWorkshopLink(base, linkLang, chosen, slugs) : "";

  const toggle = (slug: string, on: boolean) => {
    setCopied("");
    setChosen((before) => (on ? [...before, slug] : before.filter((s) => s !== slug)));
  };

  const copy = () => {
    // The clipboard may be refused (insecure origin, permissions); the link stays selectable.
    if (!navigator.clipboard) {
      setCopied("failed");
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => setCopied("ok"),
      () => setCopied("failed"),
    );
  };

  return (
    <section className="workshop-link" aria-labelledby="link-heading">
      <h2 id="link-heading">{t("workshop.link.heading")}</h2>
      <p>{t("workshop.link.intro")}</p>
      <fieldset>
        <legend>{t("workshop.link.language")}</legend>
        {LANGUAGES.map((code) => (
          <label key={code} className="choice" lang={code}>
            <input
              type="radio"
              name="link-language"
              value={code}
              checked={linkLang === code}
              onChange={() => {
                setCopied("");
                setLinkLang(code);
              }}
            />{" "}
            {LANGUAGE_NAMES[code]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("workshop.link.lessons")}</legend>
        <div className="toolbar">
          <button type="button" onClick={() => setChosen(slugs)}>
            {t("workshop.link.all")}
          </button>
          <button type="button" onClick={() => setChosen([])}>
            {t("workshop.link.none")}
          </button>
        </div>
        {lessons.map((lesson) => (
          <label key={lesson.slug} className="choice">
            <input type="checkbox" checked={chosen.includes(lesson.slug)} onChange={(e) => toggle(lesson.slug, e.target.checked)} />{" "}
            {String(lesson.order).padStart(2, "0")} {lesson.text[lang].title}
          </label>
        ))}
      </fieldset>
      {link ? (
        <div className="link-output">
          <label htmlFor="workshop-link">{t("workshop.link.output")}</label>
          <div className="toolbar">
            <input id="workshop-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" className="primary" onClick={copy}>
              {t("workshop.link.copy")}
            </button>
          </div>
        </div>
      ) : (
        <p className="field-error">{t("workshop.link.chooseOne")}</p>
      )}
      <p role="status">{copied === "ok" ? t("workshop.link.copied") : copied === "failed" ? t("workshop.link.copyFailed") : ""}</p>
    </section>
  );
}
