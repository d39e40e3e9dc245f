// What progress is, without the browser's store: schemas, status, export files and merging.
// Safe to import anywhere (Node tests, the room, the board); src/progress/index.ts adds the store.
export { emptyProgress, type Draft, type GivenAnswer, type LessonProgress, type Progress } from "./schema";
export { checksPassForCode, doneItems, hasDraft, lessonStatus, type DoneItem, type LessonStatus, type StatusLesson, type Track } from "./status";
export { reviewAnswered } from "./review";
export { checkedVersion, freshness, inputsSignature, type CheckedVersion, type Freshness } from "./checkedVersion";
export { MAX_IMPORT_BYTES, parseExport, serializeExport, type ExportedFile, type ImportError, type ParsedExport } from "./exportFile";
export type { ImportSummary } from "./merge";
export type { ArtifactSource, FileMap } from "./artifacts";
