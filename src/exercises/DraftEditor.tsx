// One drafted request: to which role, what kind, the request, and what it unblocks.
import { useTranslation } from "react-i18next";
import { REQUEST_KINDS, ROLE_IDS } from "../course/roles";
import type { Draft } from "../progress";

interface Props {
  draft: Draft;
  number: number;
  onChange: (draft: Draft) => void;
  onRemove: () => void;
  /** Absent at the top (or bottom) of the list, where the draft cannot move further. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
}

export function DraftEditor({ draft, number, onChange, onRemove, onMoveUp, onMoveDown }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `draft-${draft.id}-${field}`;
  return (
    <fieldset className="draft" data-draft-id={draft.id}>
      <legend>{t("comm.draftNumber", { number })}</legend>
      <div className="draft-row">
        <label htmlFor={id("role")}>{t("comm.role")}</label>
        <select id={id("role")} value={draft.role} onChange={(e) => onChange({ ...draft, role: e.target.value as Draft["role"] })}>
          <option value="">{t("comm.chooseRole")}</option>
          {ROLE_IDS.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}.name`)}
            </option>
          ))}
        </select>
        <label htmlFor={id("kind")}>{t("comm.kind")}</label>
        <select id={id("kind")} value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as Draft["kind"] })}>
          <option value="">{t("comm.chooseKind")}</option>
          {REQUEST_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={id("request")}>{t("comm.request")}</label>
      <textarea id={id("request")} rows={4} value={draft.request} onChange={(e) => onChange({ ...draft, request: e.target.value })} />
      <label htmlFor={id("unblocks")}>{t("comm.unblocks")}</label>
      <input id={id("unblocks")} type="text" value={draft.unblocks} onChange={(e) => onChange({ ...draft, unblocks: e.target.value })} />
      <div className="draft-actions">
        <button type="button" data-action="up" onClick={onMoveUp} disabled={!onMoveUp}>
          {t("draftTools.moveUp", { number })}
        </button>
        <button type="button" data-action="down" onClick={onMoveDown} disabled={!onMoveDown}>
          {t("draftTools.moveDown", { number })}
        </button>
        <button type="button" className="link-button" onClick={onRemove}>
          {t("comm.remove", { number })}
        </button>
      </div>
    </fieldset>
  );
}
