// Usage: npm run check-lesson -- <lesson-folder> [file.py] [--lang ja]
// Runs the lessons before it (their solutions, to produce their artifacts), then the given file
// (default solution.py; or alternatives/x.py, mistakes/x.py) against the lesson's check.py in the
// given language (default en), and prints each result and the time taken.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const language = langAt >= 0 ? args.splice(langAt, 2)[1] : "en";
const [folder, file = "solution.py"] = args;

// The course runtime imports the TypeScript course loader, which Vite compiles on the fly.
const { module: courseRuntime } = await runnerImport(fileURLToPath(new URL("./lib/course-runtime.mjs", import.meta.url)), {
  configFile: false,
  logLevel: "error",
});
const { startCourseRuntime, lessonFolders, program, LANGUAGES } = courseRuntime;

const folders = lessonFolders();
if (!folder || !folders.includes(folder) || !LANGUAGES.includes(language)) {
  console.error(`Usage: npm run check-lesson -- <folder> [file.py] [--lang ${LANGUAGES.join("|")}]\nFolders: ${folders.join(", ")}`);
  process.exit(2);
}
const runtime = await startCourseRuntime();
for (const earlier of folders.slice(0, folders.indexOf(folder))) {
  const { results } = runtime.check(earlier, program(earlier, "solution.py", "en"));
  if (!results.every((r) => r.passed)) console.warn(`warning: ${earlier}/solution.py does not pass its checks`);
}
const { stdout, error, results, ms } = runtime.check(folder, program(folder, file, language), language);
if (stdout) console.log(`--- printed output ---\n${stdout}`);
if (error) console.log(`--- error (line ${error.line}) ---\n${error.message}`);
for (const r of results) console.log(`${r.passed ? "PASS" : "FAIL"} ${r.title}${r.message ? `\n     ${r.message}` : ""}`);
console.log(`\n${folder}/${file} (${language}): ${results.filter((r) => r.passed).length}/${results.length} passed in ${ms.toFixed(0)} ms`);
