// Drafted requests as Markdown, ready to paste into a message or a portfolio.
import type { TFunction } from "i18next";
import type { Draft } from "../progress";

/** Requests with something written in them, in the learner's order. */
export const writtenDrafts = (drafts: Draft[]) => drafts.filter((draft) => draft.request.trim() !== "");

export function draftHeading(draft: Draft, number: number, t: TFunction) {
  const role = draft.role ? t(`roles.${draft.role}.name`) : t("draftTools.noRole");
  const kind = draft.kind ? t(`kinds.${draft.kind}`) : t("draftTools.noKind");
  return `${t("comm.draftNumber", { number })}: ${role} · ${kind}`;
}

/**
 * The learner's words go in exactly as typed: whoever pastes them gets what they wrote, and the
 * app itself never renders this text (it only copies or downloads it).
 */
export function draftsMarkdown(drafts: Draft[], t: TFunction, headingLevel = 3): string {
  const hashes = "#".repeat(headingLevel);
  return writtenDrafts(drafts)
    .map((draft, i) => {
      const lines = [`${hashes} ${draftHeading(draft, i + 1, t)}`, "", draft.request.trim()];
      if (draft.unblocks.trim()) lines.push("", `${t("comm.unblocks")}: ${draft.unblocks.trim()}`);
      return lines.join("\n");
    })
    .join("\n\n");
}
