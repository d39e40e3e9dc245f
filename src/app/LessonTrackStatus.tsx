// A lesson's status on the home page: on the chosen track as a badge, on the other one small.
// Until a track is chosen the code track is the prominent one, as the course behaves.
import { useTranslation } from "react-i18next";
import { lessonStatus, reviewAnswered, type Progress, type StatusLesson, type Track } from "../progress";

interface Props {
  progress: Progress;
  lesson: StatusLesson;
  track: Track;
}

export function LessonTrackStatus({ progress, lesson, track }: Props) {
  const { t } = useTranslation();
  const other: Track = track === "code" ? "review" : "code";
  const statusText = (on: Track) => t("tracks.status", { track: t(`tracks.name.${on}`), status: t(`status.${lessonStatus(progress, lesson, on)}`) });
  // On the review track the count of right answers says more than "in progress".
  const { right, total } = reviewAnswered(Object.hasOwn(progress.lessons, lesson.slug) ? progress.lessons[lesson.slug] : undefined, lesson.review);
  const reviewText = lesson.review ? t("tracks.reviewRight", { right, total }) : undefined;
  return (
    <>
      <span className={`status-badge ${lessonStatus(progress, lesson, track)}`}>{statusText(track)}</span>
      {track === "review" && reviewText && <span className="track-count">{reviewText}</span>}
      <span className="other-track">{other === "review" && reviewText ? reviewText : statusText(other)}</span>
    </>
  );
}
