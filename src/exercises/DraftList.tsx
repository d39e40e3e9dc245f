// The learner's drafts: add, edit, reorder (focus follows the moved draft), remove with Undo.
import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Draft } from "../progress";
import { newId } from "../lib/newId";
import { DraftEditor } from "./DraftEditor";

/** Long enough to notice a slip and press Undo; paused while focus is on the Undo notice. */
const UNDO_MS = 8000;

const newDraft = (): Draft => ({ id: newId(), role: "", kind: "", request: "", unblocks: "" });

type PendingFocus = { draft: string; action: "up" | "down" | "first" } | "undo";

interface Props {
  drafts: Draft[];
  setDrafts: (change: (drafts: Draft[]) => Draft[]) => void;
}

export function DraftList({ drafts, setDrafts }: Props) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [removed, setRemoved] = useState<{ draft: Draft; index: number; number: number } | null>(null);
  const [undoPaused, setUndoPaused] = useState(false);

  // Moving, adding or restoring re-renders the list; focus is placed once the DOM is there.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "undo") return undoRef.current?.focus();
    const fieldsets = listRef.current?.querySelectorAll<HTMLElement>("[data-draft-id]") ?? [];
    const fieldset = Array.from(fieldsets).find((element) => element.dataset.draftId === target.draft);
    if (target.action === "first") return fieldset?.querySelector("select")?.focus();
    const other = target.action === "up" ? "down" : "up";
    // At the top (or bottom) the pressed button is disabled, so its neighbour takes focus.
    const button = fieldset?.querySelector<HTMLButtonElement>(`[data-action="${target.action}"]:not(:disabled)`);
    (button ?? fieldset?.querySelector<HTMLButtonElement>(`[data-action="${other}"]`))?.focus();
  });

  useEffect(() => {
    if (!removed || undoPaused) return;
    const timer = setTimeout(() => setRemoved(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed, undoPaused]);

  const move = (draft: Draft, by: -1 | 1) => {
    const to = drafts.findIndex((d) => d.id === draft.id) + by;
    setDrafts((all) => {
      const next = all.filter((d) => d.id !== draft.id);
      next.splice(to, 0, draft);
      return next;
    });
    pendingFocus.current = { draft: draft.id, action: by < 0 ? "up" : "down" };
    setAnnouncement(t("draftTools.moved", { number: to + 1, count: drafts.length }));
  };

  const remove = (draft: Draft, index: number) => {
    setDrafts((all) => all.filter((d) => d.id !== draft.id));
    setRemoved({ draft, index, number: index + 1 });
    pendingFocus.current = "undo";
  };

  const undo = () => {
    if (!removed) return;
    const { draft, index } = removed;
    setDrafts((all) => (all.some((d) => d.id === draft.id) ? all : [...all.slice(0, index), draft, ...all.slice(index)]));
    setRemoved(null);
    setUndoPaused(false);
    pendingFocus.current = { draft: draft.id, action: "first" };
  };

  const add = () => {
    const draft = newDraft();
    setDrafts((all) => [...all, draft]);
    pendingFocus.current = { draft: draft.id, action: "first" };
  };

  const leaveUndo = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setUndoPaused(false);
  };

  return (
    <>
      <div ref={listRef} className="draft-list">
        {drafts.map((draft, i) => (
          <DraftEditor
            key={draft.id}
            draft={draft}
            number={i + 1}
            onChange={(next) => setDrafts((all) => all.map((d) => (d.id === next.id ? next : d)))}
            onRemove={() => remove(draft, i)}
            onMoveUp={i > 0 ? () => move(draft, -1) : undefined}
            onMoveDown={i < drafts.length - 1 ? () => move(draft, 1) : undefined}
          />
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div role="status" className="undo-notice" onFocus={() => setUndoPaused(true)} onBlur={leaveUndo}>
        {removed && (
          <>
            <span>{t("draftTools.removed", { number: removed.number })}</span>{" "}
            <button type="button" ref={undoRef} onClick={undo}>
              {t("draftTools.undo")}
            </button>
          </>
        )}
      </div>
      <button type="button" onClick={add}>
        {t("comm.add")}
      </button>
    </>
  );
}
