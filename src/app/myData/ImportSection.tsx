// Brings a progress file in (file input or drag and drop); a bad file is explained and changes nothing.
import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { progressStore } from "../../progress";
import { MAX_IMPORT_BYTES, type ExportedFile } from "../../progress";
import { applyImport, planImport } from "../../progress";
import type { ImportSummary } from "../../progress";
import { Confirm } from "./Confirm";

type State =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | { kind: "confirm"; name: string; file: ExportedFile; summary: ImportSummary }
  | { kind: "done"; count: number; skipped: string[] };

export function ImportSection({ titleOf }: { titleOf: (slug: string) => string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);

  const finish = (file: ExportedFile) => {
    if (applyImport(progressStore, file)) setState({ kind: "done", count: Object.keys(file.progress.lessons).length, skipped: file.skipped });
    else setState({ kind: "error", message: t("myData.importNotSaved", { message: progressStore.lastSaveFailure ?? "" }) });
  };

  const read = async (file: File) => {
    const fail = (code: string, values: Record<string, string> = {}) =>
      setState({ kind: "error", message: `${t(`myData.errors.${code}`, { name: file.name, ...values })} ${t("myData.notChanged")}` });
    // Checked before reading, so a huge file never has to be loaded into the page.
    if (file.size > MAX_IMPORT_BYTES) return fail("too-large", { size: (file.size / 1024 / 1024).toFixed(1) });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail("unreadable");
    }
    const local = progressStore.getSnapshot();
    const plan = planImport(local, text);
    if (!plan.ok) {
      const { error } = plan;
      if (error.code === "limit") {
        const { code, ...values } = error.problem;
        return fail(code, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === "number" ? value.toLocaleString() : value])));
      }
      return fail(error.code, error.code === "invalid" ? { detail: error.detail } : error.code === "too-large" ? { size: (error.bytes / 1024 / 1024).toFixed(1) } : {});
    }
    // With nothing here yet there is nothing to lose, so there is nothing to ask.
    if (Object.keys(local.lessons).length === 0 && !local.learner) return finish(plan.file);
    setState({ kind: "confirm", name: file.name, file: plan.file, summary: plan.summary });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void read(file);
  };

  const list = (key: "added" | "newer" | "kept", slugs: string[]) =>
    slugs.length > 0 && <li>{t(`myData.${key}`, { lessons: slugs.map(titleOf).join(", ") })}</li>;

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t("myData.importHeading")}</h2>
      <p>{t("myData.importHelp")}</p>
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="import-file">{t("myData.chooseFile")}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is noticed.
            e.target.value = "";
            if (file) void read(file);
          }}
        />
        <p className="muted">{t("myData.dropHere")}</p>
      </div>
      {state.kind === "error" && (
        <p role="alert" className="error-message">
          {state.message}
        </p>
      )}
      {state.kind === "confirm" && (
        <Confirm yes={t("myData.importYes")} onYes={() => finish(state.file)} onCancel={() => setState({ kind: "idle" })}>
          <p>
            <strong>{t("myData.confirmImport", { name: state.name, date: state.file.exportedAt.slice(0, 10) })}</strong>
          </p>
          {state.file.progress.learner && <p>{t("myData.fromLearner", { learner: state.file.progress.learner })}</p>}
          <ul>
            {list("added", state.summary.added)}
            {list("newer", state.summary.newer)}
            {list("kept", state.summary.kept)}
          </ul>
          {Object.keys(state.file.progress.lessons).length === 0 && <p>{t("myData.nothingInFile")}</p>}
          {state.file.skipped.length > 0 && <p>{t("myData.skipped", { lessons: state.file.skipped.join(", ") })}</p>}
        </Confirm>
      )}
      <div role="status">
        {state.kind === "done" && <p>{t("myData.imported", { count: state.count })}</p>}
        {state.kind === "done" && state.skipped.length > 0 && <p>{t("myData.skipped", { lessons: state.skipped.join(", ") })}</p>}
      </div>
    </section>
  );
}
