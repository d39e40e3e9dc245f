// What a run could not do beside the learner's code: output files too large to keep, or inputs
// that could not be prepared. Said next to the output, never as a crash of Python.
import { useTranslation } from "react-i18next";
import { MAX_OUTPUT_FILE_BYTES, type RefusedFiles } from "../runtime";

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function RunNotes({ refused, inputsFailed }: { refused: RefusedFiles; inputsFailed: string | null }) {
  const { t } = useTranslation();
  const files = Object.entries(refused);
  if (files.length === 0 && !inputsFailed) return null;
  return (
    <div className="notice" role="alert">
      {inputsFailed && <p>{t("run.inputsFailed", { message: inputsFailed })}</p>}
      {files.map(([file, size]) => (
        <p key={file}>{t("run.fileTooLarge", { file, size: megabytes(size), limit: megabytes(MAX_OUTPUT_FILE_BYTES).replace(/\.0$/, "") })}</p>
      ))}
    </div>
  );
}
