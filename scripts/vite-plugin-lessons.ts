// Validates lessons/ when the build or dev server starts, and again on every change in dev.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { loadCourse, type LessonFiles } from "../src/course/loader";

const LESSON_FILE = /\.(md|yaml|py)$/;

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

export function lessonsPlugin(lessonsDir: string): Plugin {
  const validate = () => loadCourse(readLessonFiles(lessonsDir));
  return {
    name: "course-lessons",
    buildStart() {
      validate();
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(lessonsDir);
      server.watcher.on("all", (_event, path) => {
        if (!path.startsWith(lessonsDir)) return;
        try {
          validate();
        } catch (error) {
          const err = error instanceof Error ? error : new Error(String(error));
          server.config.logger.error(err.message);
          server.ws.send({ type: "error", err: { message: err.message, stack: "" } });
        }
      });
    },
  };
}
