// The end of a lesson: the glossary terms its text uses (a tap opens the definition) and further reading.
import { Suspense, use } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { loadGlossary } from "../../course/course";
import type { Language } from "../../course/languages";
import type { Lesson } from "../../course/types";
import { RichText } from "../../ui/RichText";
import { paths } from "../paths";

function Terms({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  const { t } = useTranslation();
  const content = use(loadGlossary());
  const used = new Set(lesson.text[lang].terms);
  const terms = content.glossary[lang].filter((entry) => used.has(entry.id));
  const reading = content.reading[lang].filter((entry) => entry.lessons.includes(lesson.slug));
  return (
    <>
      {terms.length > 0 && (
        <section className="lesson-terms" aria-labelledby="lesson-terms-heading">
          <h2 id="lesson-terms-heading">{t("glossary.inLesson")}</h2>
          <p className="muted">{t("glossary.inLessonHelp")}</p>
          <ul className="term-list">
            {terms.map((entry) => (
              <li key={entry.id}>
                <details>
                  <summary>{entry.term}</summary>
                  <RichText tree={entry.definition} />
                </details>
              </li>
            ))}
          </ul>
          <Link to={paths.glossary()}>{t("glossary.all")}</Link>
        </section>
      )}
      {reading.length > 0 && (
        <section className="further-reading" aria-labelledby="reading-heading">
          <h2 id="reading-heading">{t("glossary.reading")}</h2>
          <p className="muted">{t("glossary.readingHelp")}</p>
          <ul>
            {reading.map((entry) => (
              <li key={entry.id}>
                <cite>{entry.title}</cite>, {entry.by} ({entry.published}).
                <RichText tree={entry.note} />
                {entry.url && (
                  <a href={entry.url} target="_blank" rel="noreferrer noopener">
                    {t("glossary.online")}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function LessonTerms({ lesson, lang }: { lesson: Lesson; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t("glossary.loading")}</p>}>
      <Terms lesson={lesson} lang={lang} />
    </Suspense>
  );
}
