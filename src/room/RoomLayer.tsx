// Where the room shows in every page: nothing (and no room code loaded) until the learner has
// joined a room; then the room's bar, loaded on demand; after leaving, one line saying so.
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { dismissEnded, useEndedReason, useMembership } from "./membership";

const LearnerRoom = lazy(() => import("./learner/LearnerRoom"));

export function RoomLayer() {
  const { t } = useTranslation();
  const membership = useMembership();
  const ended = useEndedReason();
  if (membership) {
    return (
      <Suspense fallback={null}>
        <LearnerRoom membership={membership} />
      </Suspense>
    );
  }
  if (!ended) return null;
  return (
    <p className="notice" role="status">
      {t(`room.ended.${ended}`)}{" "}
      <button type="button" className="link-button" onClick={dismissEnded}>
        {t("room.ended.dismiss")}
      </button>
    </p>
  );
}
