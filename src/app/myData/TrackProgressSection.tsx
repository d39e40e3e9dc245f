// "Your progress on both tracks": every lesson's status on the code and the review track, with the
// review answers given so far, so a learner sees what switching track would count.
import { useTranslation } from "react-i18next";
import type { Language } from "../../course/languages";
import type { CourseIndex } from "../../course/types";
import { answerVerdict, lessonStatus, reviewAnswered, useProgress } from "../../progress";

export function TrackProgressSection({ course, lang }: { course: CourseIndex; lang: Language }) {
  const { t } = useTranslation();
  const progress = useProgress();
  const own = (slug: string) => (Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined);
  return (
    <section aria-labelledby="track-progress-heading">
      <h2 id="track-progress-heading">{t("myData.progressHeading")}</h2>
      <p>{t("myData.progressHelp")}</p>
      <table className="track-progress">
        <thead>
          <tr>
            <th scope="col">{t("myData.lesson")}</th>
            <th scope="col">{t("tracks.name.code")}</th>
            <th scope="col">{t("tracks.name.review")}</th>
          </tr>
        </thead>
        <tbody>
          {course.lessons.map((lesson) => {
            const work = own(lesson.slug);
            const answers = Object.entries(work?.review?.answers ?? {});
            return (
              <tr key={lesson.slug}>
                <th scope="row">
                  {String(lesson.order).padStart(2, "0")} · {lesson.text[lang].title}
                </th>
                <td>{t(`status.${lessonStatus(progress, lesson, "code")}`)}</td>
                <td>
                  {t(`status.${lessonStatus(progress, lesson, "review")}`)}
                  {lesson.review && <> · {t("tracks.reviewRight", { ...reviewAnswered(work, lesson.review) })}</>}
                  {answers.length > 0 && (
                    <ul className="review-answers">
                      {answers.map(([id, answer]) => (
                        <li key={id}>
                          <code>{id}</code>: {t(`myData.answer.${answerVerdict(id, answer, lesson.review?.questions ?? [])}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
