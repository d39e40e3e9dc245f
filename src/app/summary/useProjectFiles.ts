// The stored files the summary reads, and a way to fill the missing ones with the reference files.
import { useEffect, useState } from "react";
import { course } from "../../course/course";
import type { LessonSummary } from "../../course/types";
import { lessonInputs } from "../../exercises";
import { readSavedArtifacts } from "../../progress";
import { SUMMARY_FILES, type StoredFile } from "./projectSummary";

export type Files = { state: "reading" } | { state: "failed"; message: string } | { state: "read"; files: Record<string, StoredFile | undefined> };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

// A lesson after the last one that reads every file: its inputs are the whole project, and the
// course makes reference files for what the learner has not produced.
const ending: LessonSummary = { ...course.lessons.at(-1)!, slug: "summary", order: Number.MAX_SAFE_INTEGER, reads: SUMMARY_FILES, writes: [] };

export function useProjectFiles() {
  const [files, setFiles] = useState<Files>({ state: "reading" });
  const [filling, setFilling] = useState<{ running: boolean; error?: string }>({ running: false });

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    readSavedArtifacts(SUMMARY_FILES).then(
      (found) => live && setFiles({ state: "read", files: found }),
      (error: unknown) => live && setFiles({ state: "failed", message: message(error) }),
    );
    return () => {
      live = false;
    };
  }, [version]);

  const fill = async () => {
    setFilling({ running: true });
    try {
      await lessonInputs(course, ending);
      setFilling({ running: false });
    } catch (error) {
      setFilling({ running: false, error: message(error) });
    }
    setVersion((v) => v + 1);
  };
  return { files, filling, fill };
}
