// Every term of the course with its definition, in the learner's language.
import { Suspense, use, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { loadGlossary } from "../../course/course";
import { PageLoading } from "../../ui/PageLoading";
import { RichText } from "../../ui/RichText";
import { useLanguage } from "../useLanguage";

function Entries() {
  const lang = useLanguage();
  const content = use(loadGlossary());
  const { hash } = useLocation();
  // A term link from a lesson lands on its entry (the router does not scroll to a hash itself).
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return (
    <dl className="glossary">
      {content.glossary[lang].map((entry) => (
        <div key={entry.id} id={`term-${entry.id}`}>
          <dt>{entry.term}</dt>
          <dd>
            <RichText tree={entry.definition} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function GlossaryPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t("glossary.title")} · ${t("layout.title")}`;
  }, [t]);
  return (
    <article>
      <h1>{t("glossary.title")}</h1>
      <p className="lead">{t("glossary.lead")}</p>
      <Suspense fallback={<PageLoading />}>
        <Entries />
      </Suspense>
    </article>
  );
}
