// Validates lessons/ when the build or dev server starts, and serves the compiled course to the
// app as virtual modules: `virtual:course` (the lesson index, shipped with the app) and one
// module per lesson with its full text and code, which the app imports when the lesson opens.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { loadCourse, type LessonFiles } from "../src/course/loader";
import { compileCourse, compileGlossary } from "./lib/compile-course";
import { buildReviews } from "./lib/review-build";
import { loadGlossary } from "../src/course/glossaryLoader";

const LESSON_FILE = /\.(md|yaml|py)$/;
const INDEX_ID = "virtual:course";
const LESSON_ID = "virtual:course/lesson/";
const GLOSSARY_ID = "virtual:course/glossary";

export function readLessonFiles(lessonsDir: string): LessonFiles {
  const files: LessonFiles = {};
  for (const folder of readdirSync(lessonsDir)) {
    const dir = join(lessonsDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (LESSON_FILE.test(name) && statSync(path).isFile()) files[`${folder}/${name}`] = readFileSync(path, "utf8");
    }
  }
  return files;
}

// JSON.parse of a string literal is faster for engines than the same data as an object literal.
const jsonModule = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function lessonsPlugin(lessonsDir: string, root: string): Plugin {
  let compiled: (ReturnType<typeof compileCourse> & { glossary: ReturnType<typeof compileGlossary> }) | undefined;
  // Reviews need Python (review-build.ts), so they are made before compiling, asynchronously.
  const compileAll = async () => {
    compiled = undefined;
    const files = readLessonFiles(lessonsDir);
    const source = loadCourse(files);
    const { reviews } = await buildReviews(source, root, lessonsDir);
    const glossary = compileGlossary(loadGlossary(files, source.lessons.map((lesson) => lesson.slug)));
    return (compiled = { ...compileCourse(source, reviews, glossary), glossary });
  };
  const compile = () => {
    if (!compiled) throw new Error("The course is not compiled yet.");
    return compiled;
  };

  return {
    name: "course-lessons",
    async buildStart() {
      await compileAll();
    },
    resolveId(id) {
      return id === INDEX_ID || id === GLOSSARY_ID || id.startsWith(LESSON_ID) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const { index } = compile();
        const loaders = index.map(({ slug, folder }) => `${JSON.stringify(slug)}: () => import(${JSON.stringify(LESSON_ID + folder)})`);
        return `export const lessons = ${jsonModule(index)};\nexport const lessonModules = {\n${loaders.join(",\n")}\n};\n`;
      }
      if (id === `\0${GLOSSARY_ID}`) return `export default ${jsonModule(compile().glossary)};\n`;
      if (id.startsWith(`\0${LESSON_ID}`)) {
        const folder = id.slice(LESSON_ID.length + 1);
        const lesson = compile().lessons.find((l) => l.folder === folder);
        if (!lesson) throw new Error(`No lesson folder ${folder}`);
        return `export default ${jsonModule(lesson)};\n`;
      }
      return undefined;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(lessonsDir);
      server.watcher.on("all", (_event, path) => {
        if (!path.startsWith(lessonsDir)) return;
        const graph = server.environments.client.moduleGraph;
        compileAll().then(
          () => {
            for (const module of graph.idToModuleMap.values()) {
              if (module.id?.startsWith(`\0${INDEX_ID}`)) graph.invalidateModule(module);
            }
            server.ws.send({ type: "full-reload" });
          },
          (error: unknown) => {
            const err = error instanceof Error ? error : new Error(String(error));
            server.config.logger.error(err.message);
            server.ws.send({ type: "error", err: { message: err.message, stack: "" } });
          },
        );
      });
    },
  };
}
