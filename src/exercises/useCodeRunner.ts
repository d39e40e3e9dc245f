// Runs and checks a lesson's code through the runtime and keeps the output for display.
import { useCallback, useState, useSyncExternalStore } from "react";
import type { CheckCatalog } from "../course/catalog";
import type { Language } from "../course/languages";
import { runtime, type CheckOutcome, type DisplayBundle, type PythonError, type FileMap } from "../runtime";
import { appendOutput, type OutputChunk } from "./output";

export type Activity = "idle" | "running" | "checking";

/** The code the output in the panel came from, and when that run ended. */
export interface LastRun {
  code: string;
  language: Language;
  at: Date;
}

interface Io {
  inputs: () => Promise<FileMap>;
  collect: string[];
  onFiles: (files: FileMap) => Promise<void> | void;
  truncatedNote: string;
  /** The language of the runtime's own messages. */
  language: Language;
}

export function useRuntimeStatus() {
  return useSyncExternalStore(runtime.subscribe, runtime.getStatus);
}

export function useCodeRunner(io: Io) {
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [error, setError] = useState<PythonError | null>(null);
  const [displays, setDisplays] = useState<DisplayBundle[]>([]);
  const [ended, setEnded] = useState<Exclude<CheckOutcome, { status: "done" }> | null>(null);
  const [activity, setActivity] = useState<Activity>("idle");
  const [lastRun, setLastRun] = useState<LastRun | null>(null);

  // Saving the files goes on after the result is shown; the next lesson's inputs wait for it.
  // If it fails, that lesson says it uses the course's reference files instead.
  const keep = useCallback((files: FileMap) => void Promise.resolve(io.onFiles(files)).catch(() => undefined), [io]);

  const run = useCallback(
    async (code: string) => {
      setActivity("running");
      setOutput([]);
      setDisplays([]);
      setError(null);
      setEnded(null);
      setLastRun(null);
      try {
        const outcome = await runtime.run(code, {
          files: await io.inputs(),
          collect: io.collect,
          language: io.language,
          onOutput: (stream, text) => setOutput((chunks) => appendOutput(chunks, stream, text, io.truncatedNote)),
        });
        if (outcome.status === "done") {
          setError(outcome.error);
          setDisplays(outcome.displays);
          keep(outcome.files);
        } else setEnded(outcome);
      } catch (failure) {
        setEnded({ status: "crashed", reason: "internal", message: failure instanceof Error ? failure.message : String(failure) });
      } finally {
        setLastRun({ code, language: io.language, at: new Date() });
        setActivity("idle");
      }
    },
    [io, keep],
  );

  const check = useCallback(
    async (code: string, checkCode: string, timeoutSeconds: number, messages: CheckCatalog): Promise<CheckOutcome> => {
      setActivity("checking");
      setError(null);
      setEnded(null);
      try {
        const outcome = await runtime.check(code, checkCode, {
          files: await io.inputs(),
          collect: io.collect,
          timeoutSeconds,
          language: io.language,
          messages,
        });
        if (outcome.status === "done") {
          setError(outcome.error);
          keep(outcome.files);
        } else setEnded(outcome);
        return outcome;
      } catch (failure) {
        const outcome = { status: "crashed", reason: "internal", message: failure instanceof Error ? failure.message : String(failure) } as const;
        setEnded(outcome);
        return outcome;
      } finally {
        setActivity("idle");
      }
    },
    [io, keep],
  );

  return { output, displays, error, ended, activity, lastRun, run, check, stop: () => runtime.stop() };
}
