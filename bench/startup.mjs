// Start-up benchmark: headless Chromium against the production build (dist/), with bare pages
// that load Pyodide the usual way from the same server as the reference. Prints figures;
// asserts nothing. Usage: npm run bench:startup [-- --runs 5]
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { measureApp, measureBare, measureJobs, measurePath } from "./startup/measure.mjs";
import { peakDuring } from "./startup/memory.mjs";
import { serve } from "./startup/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x).toLocaleString("en")} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (!existsSync(join(dist, "index.html"))) {
  console.error("No build in dist/: run `npm run bench:startup` (it builds first).");
  process.exit(2);
}
console.log(`Machine load before: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min)`);
const server = await serve(root, dist);
const base = server.url;
const launched = await chromium.launchServer({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const browser = await chromium.connect(launched.wsEndpoint());

const measures = {
  app: measureApp,
  bare: (context, base) => measureBare(context, base, "/bare.html"),
  bareWorker: (context, base) => measureBare(context, base, "/bare-worker.html"),
  path: measurePath,
};
const rows = Object.fromEntries(Object.keys(measures).map((kind) => [kind, { cold: [], warm: [] }]));
// Each visit starts on a quiet machine: the browser has finished with the last closed context.
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
// Alternate the order so no page always runs on a warmer or busier machine.
const order = (i) => (i % 2 ? ["bareWorker", "bare", "path", "app"] : ["app", "path", "bare", "bareWorker"]);
// Cold visits first, each in a fresh browser context, left as soon as it is measured.
for (let i = 0; i < runs; i++) {
  for (const kind of order(i)) {
    const context = await browser.newContext();
    rows[kind].cold.push(await measures[kind](context, base, { setUp: false }));
    await context.close();
    await settle();
  }
}
// Warm: a returning visit, in a context whose first visit filled the caches and set up offline use.
for (let i = 0; i < runs; i++) {
  for (const kind of order(i).filter((k) => k !== "path")) {
    const context = await browser.newContext();
    await measures[kind](context, base);
    await settle();
    rows[kind].warm.push(await measures[kind](context, base));
    await context.close();
    await settle();
  }
}
// Runs and checks timed on their own: sampling memory spawns `ps` ten times a second, which
// would slow the jobs it measures.
const jobsContext = await browser.newContext();
const jobs = await measureJobs(jobsContext, base, root);
await jobsContext.close();
await settle();
// Peak memory of a lesson tab while a learner does the same again in a fresh context.
const memoryContext = await browser.newContext();
const peak = await peakDuring(launched.process().pid, () => measureJobs(memoryContext, base, root));
await memoryContext.close();
await browser.close();
await launched.close();
await server.close();

const pick = (list, key) => median(list.map((r) => r[key]));
console.log(`\nStart-up, median of ${runs} runs, ms from navigation (headless Chromium, ${base}):`);
console.log("(the app's page clicks Run itself the moment Python ready shows; a bare page runs at once)");
console.log("                         lesson text    runtime ready   first Run result   result - ready");
const labels = [
  ["app, cold", "app", "cold"],
  ["app, warm cache", "app", "warm"],
  ["bare Pyodide, cold", "bare", "cold"],
  ["bare Pyodide, warm", "bare", "warm"],
  ["bare, in a worker, cold", "bareWorker", "cold"],
  ["bare, in a worker, warm", "bareWorker", "warm"],
];
for (const [label, kind, mode] of labels) {
  const list = rows[kind][mode];
  const text = kind === "app" ? ms(pick(list, "text")) : "-";
  const gap = median(list.map((r) => r.result - r.ready));
  console.log(`${label.padEnd(24)} ${text.padStart(11)} ${ms(pick(list, "ready")).padStart(16)} ${ms(pick(list, "result")).padStart(18)} ${ms(gap).padStart(16)}`);
}
const per = (kind, key) => rows[kind].cold.map((r) => Math.round(r[key])).join(" ");
console.log(`cold runtime ready per run (ms): app ${per("app", "ready")}; bare ${per("bare", "ready")}; bare in a worker ${per("bareWorker", "ready")}`);
const ratio = (a, b) => (a / b).toFixed(2);
console.log(`runtime ready, app / bare (cold): ${ratio(pick(rows.app.cold, "ready"), pick(rows.bare.cold, "ready"))}x; app / bare in a worker (cold): ${ratio(pick(rows.app.cold, "ready"), pick(rows.bareWorker.cold, "ready"))}x`);

const path = rows.path.cold;
console.log(`\nA learner's path, cold (home page, click the lesson, editor, paste, Run, result), median of ${runs}:`);
console.log(`  editor ready ${ms(pick(path, "editor"))}, Python ready ${ms(pick(path, "ready"))}, result ${ms(pick(path, "result"))} (per run: ${per("path", "result")})`);
console.log(`  result / bare Pyodide page's first result: ${ratio(pick(path, "result"), pick(rows.bare.cold, "result"))}x; editor ready - Python ready: ${ms(pick(path, "editor") - pick(path, "ready"))}`);

// JavaScript the main page loads before the lesson text shows; Pyodide and the editor come later.
const scripts = rows.app.cold.at(-1).scripts;
const deferred = /CodeEditor|editor\.worker|python-worker|\/pyodide\//;
const gz = (pathname) => (existsSync(join(dist, pathname)) ? gzipSync(readFileSync(join(dist, pathname))).length : 0);
const early = scripts.filter((s) => !deferred.test(s));
console.log(`\nJavaScript before the editor and Pyodide (gzipped): ${(early.reduce((sum, s) => sum + gz(s), 0) / 1024).toFixed(1)} KB`);
for (const name of scripts) console.log(`  ${deferred.test(name) ? "(deferred) " : ""}${name}: ${(gz(name) / 1024).toFixed(1)} KB`);

// What a first visit downloads, as this server sends it (uncompressed) and as a host that
// compresses text and wasm would (the snapshot is compressed already).
const { byPath, total } = rows.app.cold.at(-1).bytes;
const compressed = Object.entries(byPath).reduce((sum, [path, bytes]) => sum + (path.endsWith(".gz") || !existsSync(join(dist, path)) ? bytes : gz(path)), 0);
const snapshot = Object.entries(byPath).filter(([path]) => path.endsWith(".snapshot.gz")).reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`\nFirst visit downloads ${mb(total)} as served here, about ${mb(compressed)} from a host that compresses; the snapshot is ${mb(snapshot)} of it.`);
console.log(`A room of 30 on one Wi-Fi: ${mb(30 * compressed)} for everyone's first visit, ${mb(30 * snapshot)} of it the snapshot.`);

console.log(`\nPeak memory of a lesson tab (all renderer processes: page, sandbox frame, Python workers): ${peak.toFixed(0)} MB`);
console.log("Runs and checks per lesson once warm (click to result, solution, median of 5, each job in its own interpreter):");
console.log("Check, median / slowest: after a Run of the same code; after an edit and a 1 s pause; at once after an edit:");
console.log("                               Run     after the Run      after a pause          at once");
for (const { folder, run, check, slowest, edited, slowestEdited, atOnce, slowestAtOnce } of jobs) {
  const pair = (a, b) => `${Math.round(a)} / ${ms(b)}`.padStart(17);
  const cells = [ms(run).padStart(9), pair(check, slowest), pair(edited, slowestEdited), pair(atOnce, slowestAtOnce)];
  console.log(`  ${folder.padEnd(26)} ${cells.join(" ")}`);
}
console.log(`Machine load after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
