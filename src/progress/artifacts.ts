// Artifact files a lesson's code wrote (business_goal.json, dataset.csv, ...), kept in IndexedDB.
import { createStore, entries, getMany, keys, setMany, delMany, type UseStore } from "idb-keyval";
/** Text files by name in the learner's folder. */
export type FileMap = Record<string, string>;

export type ArtifactSource = "learner" | "reference";

export interface Artifact {
  content: string;
  source: ArtifactSource;
  /** Slug of the lesson whose code wrote it. */
  lesson: string;
  savedAt: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore("mlops-course", "artifacts"));

export async function readArtifacts(): Promise<Record<string, Artifact>> {
  return Object.fromEntries((await entries<string, Artifact>(db())).map(([name, artifact]) => [name, artifact]));
}

/** Only the named files: a run reads its few inputs, not every CSV the course has stored. */
export async function readArtifactsNamed(names: string[]): Promise<Record<string, Artifact | undefined>> {
  const found = await getMany<Artifact | undefined>(names, db());
  return Object.fromEntries(names.map((name, i) => [name, found[i]]));
}

/** The names stored now (cheap: no content is read), to notice a store cleared under an open tab. */
export async function storedArtifactNames(): Promise<Set<string>> {
  return new Set(await keys<string>(db()));
}

/** Saves the files with one timestamp (the one the page already told of, when given), and returns it. */
export async function saveArtifacts(files: FileMap, lesson: string, source: ArtifactSource, savedAt = new Date().toISOString()): Promise<string> {
  await setMany(Object.entries(files).map(([name, content]) => [name, { content, source, lesson, savedAt } satisfies Artifact]), db());
  return savedAt;
}

export async function removeArtifacts(names: string[]) {
  await delMany(names, db());
}
