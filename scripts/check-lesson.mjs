// Usage: npm run check-lesson -- <lesson-folder> [file.py]
// Runs the lessons before it (their solutions, to produce their artifacts), then the given file
// (default solution.py) against the lesson's check.py, and prints each result and the time taken.
import { startCourseRuntime, lessonFolders, readLessonFile } from "./lib/course-runtime.mjs";

const [folder, file = "solution.py"] = process.argv.slice(2);
const folders = lessonFolders();
if (!folder || !folders.includes(folder)) {
  console.error(`Usage: npm run check-lesson -- <folder> [file.py]\nFolders: ${folders.join(", ")}`);
  process.exit(2);
}
const runtime = await startCourseRuntime();
for (const earlier of folders.slice(0, folders.indexOf(folder))) {
  const { results } = runtime.check(earlier, readLessonFile(earlier, "solution.py"));
  if (!results.every((r) => r.passed)) console.warn(`warning: ${earlier}/solution.py does not pass its checks`);
}
const { stdout, error, results, ms } = runtime.check(folder, readLessonFile(folder, file));
if (stdout) console.log(`--- printed output ---\n${stdout}`);
if (error) console.log(`--- error (line ${error.line}) ---\n${error.message}`);
for (const r of results) console.log(`${r.passed ? "PASS" : "FAIL"} ${r.title}${r.message ? `\n     ${r.message}` : ""}`);
console.log(`\n${folder}/${file}: ${results.filter((r) => r.passed).length}/${results.length} passed in ${ms.toFixed(0)} ms`);
