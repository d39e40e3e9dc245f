// Why a file could not join the board, in words that say what to do about it.
import type { TFunction } from "i18next";
import { MAX_IMPORT_BYTES } from "../progress/model";
import type { BoardFileError } from "./board";

export function problemText(t: TFunction, error: BoardFileError): string {
  switch (error.code) {
    case "too-large":
      return t("workshop.board.errors.tooLarge", { mb: (error.bytes / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
    case "not-json":
      return t("workshop.board.errors.notJson");
    case "not-progress":
      return t("workshop.board.errors.notProgress");
    case "invalid":
      return t("workshop.board.errors.invalid", { detail: error.detail });
    case "limit":
      return t("workshop.board.errors.limit");
    case "unreadable":
      return t("workshop.board.errors.unreadable");
  }
}
