// Runs and checks a lesson's code through the runtime and keeps the output for display.
import { useCallback, useState, useSyncExternalStore } from "react";
import type { CheckCatalog } from "../course/catalog";
import type { Language } from "../course/languages";
import { runtime, type CheckAhead, type CheckOutcome, type DisplayBundle, type PythonError, type FileMap, type RefusedFiles } from "../runtime";
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
  /** The input files if all are stored already, else null: a check made ahead makes none. */
  storedInputs: () => Promise<FileMap | null>;
  collect: string[];
  /** Keeps the files a run wrote; refused ones were too large to hand back. */
  onFiles: (files: FileMap, refused: RefusedFiles) => Promise<void> | void;
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
  const [refused, setRefused] = useState<RefusedFiles>({});
  /** The lesson's input files could not be prepared: not Python's fault, so not said as a crash. */
  const [inputsFailed, setInputsFailed] = useState<string | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);

  // Saving the files goes on after the result is shown; the next lesson's inputs wait for it.
  // A failed save is reported by the artifacts store itself (and tried again).
  const keep = useCallback(
    (files: FileMap, tooLarge: RefusedFiles) => {
      setRefused(tooLarge);
      void Promise.resolve(io.onFiles(files, tooLarge)).catch(() => undefined);
    },
    [io],
  );

  /** The input files, or null (and the reason shown) when they could not be prepared. */
  const inputs = useCallback(async () => {
    try {
      return await io.inputs();
    } catch (failure) {
      setInputsFailed(failure instanceof Error ? failure.message : String(failure));
      return null;
    }
  }, [io]);

  const run = useCallback(
    async (code: string, checkAhead?: CheckAhead) => {
      setActivity("running");
      setOutput([]);
      setDisplays([]);
      setError(null);
      setEnded(null);
      setRefused({});
      setInputsFailed(null);
      setLastRun(null);
      // A run that never started (its inputs could not be prepared) has no "ran at" to show.
      let started = false;
      try {
        const files = await inputs();
        if (!files) return;
        started = true;
        const outcome = await runtime.run(code, {
          files,
          collect: io.collect,
          language: io.language,
          checkAhead,
          onOutput: (stream, text) => setOutput((chunks) => appendOutput(chunks, stream, text, io.truncatedNote)),
        });
        if (outcome.status === "done") {
          setError(outcome.error);
          setDisplays(outcome.displays);
          keep(outcome.files, outcome.refused);
        } else setEnded(outcome);
      } catch (failure) {
        setEnded({ status: "crashed", reason: "internal", message: failure instanceof Error ? failure.message : String(failure) });
      } finally {
        if (started) setLastRun({ code, language: io.language, at: new Date() });
        setActivity("idle");
      }
    },
    [io, keep, inputs],
  );

  const check = useCallback(
    async (code: string, checkCode: string, timeoutSeconds: number, messages: CheckCatalog): Promise<CheckOutcome> => {
      setActivity("checking");
      setError(null);
      setEnded(null);
      setRefused({});
      setInputsFailed(null);
      try {
        const files = await inputs();
        // Nothing was checked: as after a Stop, no result is recorded.
        if (!files) return { status: "stopped" } as const;
        const outcome = await runtime.check(code, checkCode, {
          files,
          collect: io.collect,
          timeoutSeconds,
          language: io.language,
          messages,
        });
        if (outcome.status === "done") {
          setError(outcome.error);
          keep(outcome.files, outcome.refused);
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
    [io, keep, inputs],
  );

  /** The Check of this code, made by the sandbox before the learner clicks it (useCheckAhead). */
  const prepareCheck = useCallback(
    async (code: string, checkCode: string, timeoutSeconds: number, messages: CheckCatalog) => {
      const files = await io.storedInputs().catch(() => null);
      if (files) runtime.prepareCheck(code, checkCode, { files, collect: io.collect, timeoutSeconds, language: io.language, messages });
    },
    [io],
  );

  return { output, displays, error, ended, refused, inputsFailed, activity, lastRun, run, check, prepareCheck, stop: () => runtime.stop() };
}
