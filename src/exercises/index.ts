// The lesson page's exercises: the code exercise with its runner, and the communication exercise.
export { CodeExercise } from "./CodeExercise";
export { CommunicationExercise } from "./CommunicationExercise";
export { useRuntimeStatus } from "./useCodeRunner";
export { DoneChecklist } from "./DoneChecklist";
export { LessonHints } from "./LessonHints";
export { CourseNotebook, LessonNotebook } from "./NotebookDownload";
export { lessonInputs } from "./lessonInputs";
