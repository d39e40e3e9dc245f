// Tells whether Python is loading, ready or running, in the header.
import { useTranslation } from "react-i18next";
import { useRuntimeStatus } from "../exercises";
import { runtime } from "../runtime";

export function RuntimeStatus() {
  const { t } = useTranslation();
  const status = useRuntimeStatus();
  return (
    <span
      className={`runtime-status status-${status}`}
      role="status"
      title={status === "failed" ? runtime.getFailure() : undefined}
      data-started-from={runtime.getStartedFrom() ?? undefined}
    >
      <span className="dot" aria-hidden="true" />
      {t(`runtime.${status}`)}
    </span>
  );
}
