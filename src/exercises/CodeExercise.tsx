// The code exercise: editor, Run / Check / Stop / Reset, output, check results (hints: LessonHints).
import { Suspense, useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Course, Lesson } from "../course/types";
import type { Language } from "../course/languages";
import { checkedVersion, forgetArtifacts, freshness, inputsSignature, readSavedArtifacts, storeArtifacts, useArtifacts, useLessonProgress } from "../progress";
import type { CheckResult, RefusedFiles } from "../runtime";
import { CheckResults } from "./CheckResults";
import { CodeConflictNotice } from "./CodeConflictNotice";
import { endedText } from "./endedText";
import { lessonInputs, storedLessonInputs } from "./lessonInputs";
import { OutputPanel } from "./OutputPanel";
import { RunNotes } from "./RunNotes";
import { useCheckAhead } from "./useCheckAhead";
import { useCodeRunner, useRuntimeStatus } from "./useCodeRunner";
import { useEditorWanted } from "./useEditorWanted";
import { useLessonCode } from "./useLessonCode";
import { CodeEditor } from "../editor";

/** Generous next to the 2 s a lesson's check takes, so only runaway code meets it. */
const CHECK_TIME_LIMIT_SECONDS = 20;

export function CodeExercise({ course, lesson, lang }: { course: Course; lesson: Lesson; lang: Language }) {
  const { t } = useTranslation();
  const [progress, update] = useLessonProgress(lesson.slug);
  const [code, setCode] = useLessonCode(lesson, lang);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const status = useRuntimeStatus();
  const editorFrame = useRef<HTMLDivElement>(null);
  const [editorWanted, wantEditor] = useEditorWanted(editorFrame);
  const [codeFocused, setCodeFocused] = useState(false);

  const io = useMemo(
    () => ({
      inputs: () => lessonInputs(course, lesson),
      storedInputs: () => storedLessonInputs(lesson),
      collect: lesson.writes,
      // A file too large to keep is forgotten too: the next lesson must not take an older one for it.
      onFiles: async (files: Record<string, string>, refused: RefusedFiles) => {
        if (Object.keys(refused).length > 0) await forgetArtifacts(Object.keys(refused));
        await storeArtifacts(files, lesson.slug, "learner");
      },
      truncatedNote: t("run.truncated"),
      language: lang,
    }),
    [course, lesson, t, lang],
  );
  const runner = useCodeRunner(io);
  const busy = runner.activity !== "idle";
  const artifacts = useArtifacts(lesson.reads);
  const inputsNow = artifacts && inputsSignature(lesson.reads, artifacts);
  const checksFreshness = freshness(progress?.checks?.version, { code, language: lang, inputs: inputsNow });
  const lastRun = runner.lastRun;
  const outputStale = lastRun !== null && (lastRun.code !== code || lastRun.language !== lang);

  const { prepareCheck } = runner;
  const prepareThisCheck = useCallback(
    () => void prepareCheck(code, lesson.check, CHECK_TIME_LIMIT_SECONDS, lesson.checks[lang]),
    [prepareCheck, code, lesson, lang],
  );
  const { now: checkAheadNow, handedOver } = useCheckAhead({ key: `${lang}\n${code}`, idle: !busy && status === "ready", prepare: prepareThisCheck });

  const run = useCallback(() => {
    if (busy) return;
    handedOver();
    void runner.run(code, { checkCode: lesson.check, timeoutSeconds: CHECK_TIME_LIMIT_SECONDS, messages: lesson.checks[lang] });
  }, [busy, runner, code, lesson, lang, handedOver]);

  const check = async () => {
    const checked = code;
    handedOver();
    const outcome = await runner.check(checked, lesson.check, CHECK_TIME_LIMIT_SECONDS, lesson.checks[lang]);
    if (outcome.status === "stopped") return;
    // The inputs as stored once the check has read them (it may have made the reference ones).
    const inputs = inputsSignature(lesson.reads, await readSavedArtifacts(lesson.reads).catch(() => ({})));
    const results: CheckResult[] =
      outcome.status === "done"
        ? outcome.results
        : [
            {
              name: "time-limit",
              title: t("check.finishes"),
              passed: false,
              message: endedText(t, outcome),
            },
          ];
    const passed = results.length > 0 && results.every((r) => r.passed);
    const version = checkedVersion(checked, lang, inputs);
    update((p) => ({ ...p, checks: { at: new Date().toISOString(), results, passed, version } }));
  };

  const errorLine = runner.error?.line ? { line: runner.error.line, message: runner.error.message } : null;

  return (
    <section className="code-exercise" aria-labelledby="code-exercise-heading">
      <h3 id="code-exercise-heading" tabIndex={-1}>
        {t("lesson.codeExercise")}
      </h3>
      <a className="jump-link" href="#section-how">
        {t("jump.toTask")}
      </a>
      <div className="toolbar" role="toolbar" aria-label={t("run.toolbar")}>
        <button type="button" className="primary" onClick={run} disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
          {t("run.run")}
        </button>
        <button type="button" onClick={() => void check()} onPointerEnter={checkAheadNow} onFocus={checkAheadNow} disabled={busy}>
          {t("run.check")}
        </button>
        <button type="button" onClick={runner.stop} disabled={!busy}>
          {t("run.stop")}
        </button>
        {confirmingReset ? (
          <span className="confirm" role="group" aria-label={t("run.resetConfirm")}>
            <span>{t("run.resetConfirm")}</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                update((p) => ({ ...p, code: undefined }));
                setConfirmingReset(false);
              }}
            >
              {t("run.resetYes")}
            </button>
            <button type="button" onClick={() => setConfirmingReset(false)}>
              {t("common.cancel")}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmingReset(true)} disabled={busy}>
            {t("run.reset")}
          </button>
        )}
        <span className="shortcut muted">{t("run.shortcut")}</span>
        {status === "loading" && <span className="muted">{t("runtime.loadingHint")}</span>}
      </div>
      <CodeConflictNotice slug={lesson.slug} />
      <div className="editor-frame" ref={editorFrame}>
        {editorWanted ? (
          <Suspense fallback={<CodePreview code={code} label={t("lesson.editorLoading")} onFocusChange={setCodeFocused} />}>
            <CodeEditor value={code} onChange={setCode} onRun={run} label={t("lesson.editorLabel")} errorLine={errorLine} autoFocus={codeFocused} />
          </Suspense>
        ) : (
          <CodePreview
            code={code}
            label={t("lesson.editorLoading")}
            onFocusChange={(focused) => {
              setCodeFocused(focused);
              if (focused) wantEditor();
            }}
          />
        )}
      </div>
      <OutputPanel
        output={runner.output}
        displays={runner.displays}
        error={runner.error}
        ended={runner.ended}
        running={runner.activity === "running"}
        ranAt={lastRun?.at ?? null}
        stale={outputStale}
      />
      <RunNotes refused={runner.refused} inputsFailed={runner.inputsFailed} />
      {runner.activity === "checking" && <p role="status">{t("check.running")}</p>}
      {progress?.checks && runner.activity !== "checking" && (
        <CheckResults results={progress.checks.results} at={progress.checks.at} freshness={checksFreshness} onCheckAgain={() => void check()} busy={busy} />
      )}
    </section>
  );
}

/** The code as text until the editor is there; focusing it asks for the editor, which then
 * takes the focus unless the learner has moved on to another control. */
function CodePreview({ code, label, onFocusChange }: { code: string; label: string; onFocusChange: (focused: boolean) => void }) {
  return (
    <pre
      className="editor-fallback"
      aria-label={label}
      tabIndex={0}
      onFocus={() => onFocusChange(true)}
      // Replacing the preview also blurs it, with nothing focused next: that is not moving on.
      onBlur={(event) => event.relatedTarget && onFocusChange(false)}
    >
      {code}
    </pre>
  );
}
