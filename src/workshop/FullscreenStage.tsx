// A block that can fill the screen (the clock, a slide) through the Fullscreen API, with its toolbar.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  className: string;
  /** Buttons shown beside the full-screen button, so they stay usable in full screen. */
  toolbar: ReactNode;
  toolbarClassName: string;
  toolbarLast?: boolean;
  children: ReactNode;
}

export function FullscreenStage({ className, toolbar, toolbarClassName, toolbarLast = false, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);

  const toggle = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    ref.current?.requestFullscreen().then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };

  const bar = (
    <div className={`toolbar ${toolbarClassName}`}>
      {toolbar}
      {document.fullscreenEnabled && (
        <button type="button" onClick={toggle}>
          {active ? t("workshop.exitFullscreen") : t("workshop.fullscreen")}
        </button>
      )}
      {failed && <span className="muted">{t("workshop.fullscreenFailed")}</span>}
    </div>
  );
  return (
    <div ref={ref} className={className}>
      {!toolbarLast && bar}
      {children}
      {toolbarLast && bar}
    </div>
  );
}
