// An inline confirmation: says what will happen, then Yes or Cancel; focus moves to it so it is read.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  children: ReactNode;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
  danger?: boolean;
  /** Another way out, e.g. "download first". */
  extra?: ReactNode;
}

export function Confirm({ children, yes, onYes, onCancel, danger = false, extra }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm-box" role="group" aria-labelledby={id} tabIndex={-1} ref={ref}>
      <div id={id}>{children}</div>
      <div className="confirm-actions">
        <button type="button" className={danger ? "danger" : "primary"} onClick={onYes}>
          {yes}
        </button>
        {extra}
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
