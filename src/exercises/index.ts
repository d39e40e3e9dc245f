// The lesson page's exercises: the code exercise with its runner, the review exercise, and the
// communication exercise.
export { CodeExercise } from "./CodeExercise";
export { CommunicationExercise } from "./CommunicationExercise";
export { ReviewExercise } from "./review/ReviewExercise";
export { useRuntimeStatus } from "./useCodeRunner";
export { DoneChecklist } from "./DoneChecklist";
export { LessonHints } from "./LessonHints";
export { CourseNotebook, LessonNotebook } from "./NotebookDownload";
export { lessonInputs } from "./lessonInputs";
