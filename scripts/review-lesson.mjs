// Usage: npm run review-lesson -- <lesson-folder> [--lang ja]
// Builds the course's reviews as the build does (scripts/lib/review-build.ts, cached) and prints
// the lesson's: who reviews what, each question with its right answer and the answer review.py
// gives for the reference solution's files, the filled texts, and the view's blocks.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const language = langAt >= 0 ? args.splice(langAt, 2)[1] : "en";
const [folder] = args;
const root = fileURLToPath(new URL("..", import.meta.url));

const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: "error" })).module;
const [{ loadCourse }, { readLessonFiles }, { buildReviews }] = await Promise.all([
  load("../src/course/loader.ts"),
  load("./vite-plugin-lessons.ts"),
  load("./lib/review-build.ts"),
]);

const course = loadCourse(readLessonFiles(`${root}lessons`));
const withReview = course.lessons.filter((lesson) => lesson.review).map((lesson) => lesson.folder);
if (!folder || !withReview.includes(folder)) {
  console.error(`Usage: npm run review-lesson -- <folder> [--lang en|ja]\nLessons with a review: ${withReview.join(", ") || "none"}`);
  process.exit(2);
}
const started = performance.now();
const { reviews, referenceAnswers } = await buildReviews(course, root);
const review = reviews[folder];
const text = review.text[language];

// Rich text trees back to plain text, enough to read what a learner will see.
const plain = (node) => (node.type === "text" ? node.value : (node.children ?? []).map(plain).join(node.tagName === "p" ? "\n" : ""));
console.log(`${folder}: ${text.name} (${review.reviewer}) reviews ${Object.keys(review.files).join(", ")} made by ${review.program}`);
console.log(`\n${text.title}\n${plain(text.intro)}\n`);
for (const question of text.questions) {
  console.log(`--- ${question.id} (${question.kind})\n${plain(question.prompt)}`);
  for (const option of question.options ?? []) console.log(`  [${option.id}]${option.role ? ` ${option.role}/${option.kind}` : ""} ${plain(option.text)}\n      -> ${plain(option.feedback)}`);
  for (const option of question.evidence ?? []) console.log(`  evidence [${option.id}] ${plain(option.text)}\n      -> ${plain(option.feedback)}`);
  if (question.wrong) console.log(`  wrong -> ${plain(question.wrong)}`);
  for (const [id, tree] of Object.entries(question.typical ?? {})) console.log(`  typical ${id} -> ${plain(tree)}`);
  console.log(`  ANSWER ${JSON.stringify(review.answers[question.id])}`);
  console.log(`  for the reference solution: ${JSON.stringify(referenceAnswers[folder]?.[question.id])}`);
  console.log(`  explanation: ${plain(question.explanation)}\n`);
}
console.log("--- view");
for (const block of text.view) {
  if (block.type === "table") console.log(`table ${block.columns.join(" | ")} (${block.total} rows)\n  ${block.rows.slice(0, 5).map((r) => r.join(" | ")).join("\n  ")}`);
  else if (block.type === "figures") console.log(`figures ${block.items.map((i) => `${i.highlight ? "*" : ""}${i.label}: ${i.value}`).join("; ")}`);
  else if (block.type === "vega-lite") console.log(`chart ${JSON.stringify(block.spec.title ?? "")} (${JSON.stringify(block.spec).length} chars)`);
  else console.log(`${block.type} ${block.text}`);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
