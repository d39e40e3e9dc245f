// File names for what the learner saves: dated, and for the progress file also named after them.
import { displayName } from "../../room";

export { downloadText } from "../../ui/download";

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date as YYYY-MM-DD, so files sort by date and say when they were made. */
export function datedName(prefix: string, extension: string, now = new Date()) {
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

/**
 * The progress file's name: the learner's name and the local time, so thirty files handed to a
 * facilitator never collide in one folder: mlops-progress-Maya-Tanaka-2025-05-01-1030.json.
 */
export function progressFileName(learner: string | undefined, now = new Date()) {
  const name = displayName((learner ?? "").normalize("NFKC"))
    .replace(/[\\/:*?"<>|#%&{}$!'`=@+^~]/g, "")
    .replace(/\s+/g, "-")
    .slice(0, 40)
    .replace(/^[-.]+|[-.]+$/g, "");
  const time = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `mlops-progress-${name ? `${name}-` : ""}${time}.json`;
}
