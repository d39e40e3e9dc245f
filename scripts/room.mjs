// `npm run room`: builds the course when its build is missing or older than its sources, then
// starts the room server (server/main.ts) with the arguments given after `--`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const outDir = process.env.ROOM_DIST ?? process.env.OUT_DIR ?? "dist";
const SOURCES = ["src", "lessons", "public", "scripts", "index.html", "vite.config.ts", "package.json", "package-lock.json"];

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const built = join(outDir, "index.html");
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newest));
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? `No course build in ${outDir}/: building it first…` : `The course changed since ${outDir}/ was built: building it again…`);
  const build = spawnSync(process.execPath, [resolve("node_modules/vite/bin/vite.js"), "build"], { stdio: "inherit", env: { ...process.env, OUT_DIR: outDir } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--dist", outDir, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
