// The facilitator page: time box, presenter view, live room, board of shared progress files, workshop link.
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { course } from "../course/course";
import { LANGUAGES } from "../course/languages";
import { useLiveRoom } from "../room/facilitator";
import { PageLoading } from "../ui/PageLoading";
import { BoardView } from "./BoardView";
import { LinkForm } from "./LinkForm";
import { TimerPush } from "./live/TimerPush";
import { PresenterView } from "./PresenterView";
import { formatClock, type Milestone } from "./timer";
import { TimerPanel } from "./TimerPanel";
import { playChime, unlockAudio } from "./tone";
import { useSavedBoard } from "./useSavedBoard";
import { useTimer } from "./useTimer";

const LiveRoomView = lazy(() => import("./live/LiveRoomView"));
const VIEWS = ["timer", "presenter", "room", "board", "link"] as const;
type View = (typeof VIEWS)[number];

export default function WorkshopPage() {
  const { t, i18n } = useTranslation();
  const lang = LANGUAGES.find((code) => code === i18n.resolvedLanguage) ?? "en";
  const [params] = useSearchParams();
  const view: View = VIEWS.find((v) => v === params.get("view")) ?? "timer";
  // The file board is kept in IndexedDB; the rest lives in this component: switching views keeps it.
  const files = useSavedBoard();
  const live = useLiveRoom();
  const [slide, setSlide] = useState(0);
  const [muted, setMuted] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const clock = useTimer({
    onMilestone: (m: Milestone) =>
      setAnnouncement("minutes" in m ? t("workshop.timer.minutesLeft", { count: m.minutes }) : t("workshop.timer.secondsLeft", { count: m.seconds })),
    onFinish: () => {
      setAnnouncement(t("workshop.timer.timeUp"));
      if (!muted) playChime();
    },
  });

  useEffect(() => {
    document.title = `${t("workshop.title")} · ${t("layout.title")}`;
  }, [t]);

  const start = () => {
    unlockAudio();
    const resuming = clock.timer.status === "paused";
    clock.start();
    setAnnouncement(
      resuming ? t("workshop.timer.resumed") : t("workshop.timer.started", { count: clock.timer.durationMs / 60_000 }),
    );
  };
  const pause = () => {
    clock.pause();
    setAnnouncement(t("workshop.timer.paused"));
  };
  const reset = () => {
    clock.reset();
    setAnnouncement(t("workshop.timer.wasReset"));
  };
  const { status } = clock.timer;

  return (
    <article className="workshop">
      <h1>{t("workshop.title")}</h1>
      <p className="lead">{t("workshop.lead")}</p>
      <nav aria-label={t("workshop.views")} className="workshop-views">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <Link to={`?view=${v}`} aria-current={v === view ? "page" : undefined}>
                {t(`workshop.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
        {view !== "timer" && status !== "idle" && (
          <p className={`timer-mini timer-${status}`}>
            {status === "finished" ? t("workshop.timer.timeUp") : `${t("workshop.timer.remaining")}: ${formatClock(clock.remaining)}`}
          </p>
        )}
      </nav>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {view === "timer" && (
        <>
          <TimerPanel clock={clock} muted={muted} onMutedChange={setMuted} onStart={start} onPause={pause} onReset={reset} />
          <TimerPush live={live} timer={clock.timer} />
        </>
      )}
      {view === "room" && (
        <Suspense fallback={<PageLoading />}>
          <LiveRoomView live={live} lessons={course.lessons} lang={lang} />
        </Suspense>
      )}
      {view === "presenter" && <PresenterView course={course} lang={lang} slide={slide} onSlideChange={setSlide} />}
      {view === "board" && <BoardView board={files.board} onBoardChange={files.change} saved={files.saved} lessons={course.lessons} lang={lang} />}
      {view === "link" && <LinkForm lessons={course.lessons} lang={lang} />}
    </article>
  );
}
