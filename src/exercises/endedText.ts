// What the learner reads when a run or check did not finish: stopped, out of time, or crashed.
import type { TFunction } from "i18next";
import type { Ended } from "../runtime";

export function endedText(t: TFunction, ended: Ended): string {
  if (ended.status === "stopped") return t("run.stopped");
  if (ended.status === "timeout") return t("run.timeout", { seconds: ended.seconds });
  if (ended.reason === "stack") return t("run.crashedStack");
  if (ended.reason === "memory") return t("run.crashedMemory");
  return t("run.crashed", { message: ended.message });
}
