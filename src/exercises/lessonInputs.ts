// The files a lesson reads: the learner's own artifacts, or reference ones made by earlier solutions.
import type { Course, LessonSummary } from "../course/types";
import { readSavedArtifacts, storeArtifacts } from "../progress";
import { runtime, type FileMap } from "../runtime";

function producerOf(course: Course, before: LessonSummary, name: string) {
  return course.lessons.filter((l) => l.order < before.order && l.writes.includes(name)).at(-1);
}

async function makeReference(course: Course, producer: LessonSummary): Promise<FileMap> {
  const [files, full] = await Promise.all([lessonInputs(course, producer), course.load(producer.slug)]);
  // The English solution: reference artifacts are the same whatever the learner's language.
  const outcome = full && (await runtime.run(full.solution.en, { files, collect: producer.writes }));
  if (!outcome || outcome.status !== "done" || outcome.error) {
    throw new Error(`The reference solution of lesson ${producer.folder} could not run.`);
  }
  await storeArtifacts(outcome.files, producer.slug, "reference");
  return outcome.files;
}

/** The lesson's input files when all of them are stored already, else null; makes none. */
export async function storedLessonInputs(lesson: LessonSummary): Promise<FileMap | null> {
  const stored = await readSavedArtifacts(lesson.reads);
  if (lesson.reads.some((name) => !stored[name])) return null;
  return Object.fromEntries(lesson.reads.map((name) => [name, stored[name]!.content]));
}

export async function lessonInputs(course: Course, lesson: LessonSummary): Promise<FileMap> {
  const stored = await readSavedArtifacts(lesson.reads);
  const files: FileMap = {};
  for (const name of lesson.reads) {
    const artifact = stored[name];
    if (artifact) {
      files[name] = artifact.content;
      continue;
    }
    const producer = producerOf(course, lesson, name);
    if (!producer) throw new Error(`No lesson before ${lesson.folder} writes ${name}.`);
    Object.assign(files, await makeReference(course, producer));
    if (files[name] === undefined) throw new Error(`The reference solution of ${producer.folder} did not write ${name}.`);
  }
  return Object.fromEntries(lesson.reads.map((name) => [name, files[name]!]));
}
