// Start-up benchmark: headless Chromium against the production build (dist/), and bare pages
// that only load Pyodide from the same server (on the page, and in a worker) as the reference.
// Prints figures; asserts nothing.
// Usage: npm run bench:startup [-- --runs 5]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { serveStatic } from "../scripts/lib/static-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const pyodideDir = join(root, "node_modules", "pyodide");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const LESSON = "/lessons/business-understanding";


const BARE_PAGE = `<!doctype html><html lang="en"><title>bare</title><body><script type="module">
import { loadPyodide } from "/bare-pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: "/bare-pyodide/" });
window.readyAt = performance.now();
py.runPython("print('hi')");
window.firstResultAt = performance.now();
</script></body></html>`;

// The same in a module worker, where the course must run Python so that Stop and runaway code
// never freeze the page: it shows what the worker itself costs.
const BARE_WORKER_PAGE = `<!doctype html><html lang="en"><title>bare worker</title><body><script type="module">
const worker = new Worker("/bare-worker.js", { type: "module" });
worker.onmessage = ({ data }) => (window[data] = performance.now());
</script></body></html>`;
const BARE_WORKER = `import { loadPyodide } from "/bare-pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: "/bare-pyodide/" });
postMessage("readyAt");
py.runPython("print('hi')");
postMessage("firstResultAt");`;

/** The build as a host serves it, plus the bare reference pages and Pyodide's own files. */
function serve() {
  const pages = {
    "/bare.html": { body: BARE_PAGE, type: "text/html" },
    "/bare-worker.html": { body: BARE_WORKER_PAGE, type: "text/html" },
    "/bare-worker.js": { body: BARE_WORKER, type: "text/javascript" },
  };
  return serveStatic({
    root: dist,
    cacheControl: "max-age=3600",
    resolve: (path) => pages[path] ?? (path.startsWith("/bare-pyodide/") ? join(pyodideDir, normalize(path.slice(14))) : undefined),
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x).toLocaleString("en")} ms`;

/**
 * Records when each milestone first shows in the page, from a MutationObserver (it runs right
 * after the DOM changes), as exactly as the bare pages record theirs.
 */
function recordMilestones() {
  const marks = (window.milestones = {});
  const shown = {
    text: () => document.querySelector("h1"),
    ready: () => [...document.querySelectorAll('[role="status"]')].some((e) => /Python ready/.test(e.textContent ?? "")),
    result: () => /Wrote business_goal/.test(document.querySelector('[data-testid="output"]')?.textContent ?? ""),
  };
  new MutationObserver(() => {
    for (const [name, test] of Object.entries(shown)) if (!(name in marks) && test()) marks[name] = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** `setUp`: before leaving, wait until offline use and the memory snapshot are set up. */
async function measureApp(context, base, { setUp = true } = {}) {
  const page = await context.newPage();
  const scripts = [];
  let textShown = false;
  page.on("request", (r) => {
    if (r.resourceType() === "script" && !textShown && r.frame() === page.mainFrame()) scripts.push(new URL(r.url()).pathname);
  });
  await page.addInitScript(recordMilestones);
  await page.goto(base + LESSON);
  await page.waitForFunction(() => window.milestones.text, null, { timeout: 60_000 });
  textShown = true;
  await page.waitForFunction(() => window.milestones.ready, null, { timeout: 120_000 });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction(() => window.milestones.result, null, { timeout: 60_000 });
  const figures = { ...(await page.evaluate(() => window.milestones)), scripts };
  // A returning learner comes back after the first visit has finished setting up: the service
  // worker has precached the course and the memory snapshot is saved.
  if (setUp) await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    while (registration.active?.state !== "activated") await new Promise((resolve) => setTimeout(resolve, 50));
    while ((await (await caches.open("python-snapshot")).keys()).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  await page.close();
  return figures;
}

async function measureBare(context, base, path) {
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction(() => window.firstResultAt, null, { polling: 10, timeout: 120_000 });
  const figures = await page.evaluate(() => ({ ready: window.readyAt, result: window.firstResultAt }));
  await page.close();
  return figures;
}

function gzipSize(pathname) {
  const file = join(dist, pathname);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** Pastes code into Monaco the way a learner does (typing would auto-indent it). */
async function paste(page, code) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

/**
 * Clicks a toolbar button in the page and resolves with the ms until `done()` holds, checked every
 * animation frame (Playwright's own waits poll at up to 500 ms, too coarse for these figures).
 */
function timeClick(page, name, done) {
  return page.evaluate(
    ([name, done]) =>
      new Promise((resolve) => {
        const finished = new Function(`return (${done})()`);
        const start = performance.now();
        [...document.querySelectorAll("button")].find((b) => b.textContent === name).click();
        const tick = () => (finished() ? resolve(performance.now() - start) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    [name, done.toString()],
  );
}

// A check has ended when its results are shown and the "Checking…" status is gone.
const checkDone = () =>
  /All \d+ checks passed|of \d+ checks passed/.test(document.body.textContent) &&
  ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === "Checking…");
// A run has ended when Stop, enabled while it runs, is disabled again.
const runDone = () => [...document.querySelectorAll("button")].some((b) => b.textContent === "Stop" && b.disabled);

/**
 * Check latency per lesson once warm, click to results, with the solution, each lesson in a fresh
 * page (the interpreter's wasm is compiled afresh and speeds up as it runs, so this is the
 * slower case; moving between lessons in one page keeps it warm): a Check right after a Run of
 * the same code (it tests that run), and a Check that runs the program again, the case after
 * every edit. Medians of 3 and 5, and the slowest of those 5.
 */
async function measureChecks(context, base) {
  const page = await context.newPage();
  const figures = [];
  for (const folder of readdirSync(join(root, "lessons")).filter((f) => /^\d\d-/.test(f)).sort()) {
    await page.goto(`${base}/lessons/${folder.slice(3)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => /Python ready/.test(e.textContent ?? "")), null, { timeout: 120_000 });
    await paste(page, readFileSync(join(root, "lessons", folder, "solution.py"), "utf8"));
    // A first Check makes any reference inputs and warms the lesson's modules.
    await timeClick(page, "Check", checkDone);
    const afterRun = [];
    for (let i = 0; i < 3; i++) {
      await timeClick(page, "Run", runDone);
      afterRun.push(await timeClick(page, "Check", checkDone));
    }
    const again = [];
    for (let i = 0; i < 5; i++) again.push(await timeClick(page, "Check", checkDone));
    figures.push([folder, median(afterRun), median(again), Math.max(...again)]);
  }
  await page.close();
  return figures;
}

if (!existsSync(join(dist, "index.html"))) {
  console.error("No build in dist/: run `npm run bench:startup` (it builds first).");
  process.exit(2);
}
const server = await serve();
const base = server.url;
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const measures = {
  app: measureApp,
  bare: (context, base) => measureBare(context, base, "/bare.html"),
  bareWorker: (context, base) => measureBare(context, base, "/bare-worker.html"),
};
const rows = Object.fromEntries(Object.keys(measures).map((kind) => [kind, { cold: [], warm: [] }]));
let scripts = [];
// Each visit starts on a quiet machine: the browser has finished with the last closed context.
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
// Alternate the order so no page always runs on a warmer or busier machine.
const order = (i) => (i % 2 ? ["bareWorker", "bare", "app"] : ["app", "bare", "bareWorker"]);
// Cold visits first, each in a fresh browser context, left as soon as it is measured: a visit
// that came after a first visit would share the machine with that visit's background work
// (precaching, writing the snapshot).
for (let i = 0; i < runs; i++) {
  for (const kind of order(i)) {
    const context = await browser.newContext();
    const cold = await measures[kind](context, base, { setUp: false });
    rows[kind].cold.push(cold);
    if (kind === "app") scripts = cold.scripts;
    await context.close();
    await settle();
  }
}
// Warm: a returning visit, in a context whose first visit filled the caches and set up offline use.
for (let i = 0; i < runs; i++) {
  for (const kind of order(i)) {
    const context = await browser.newContext();
    await measures[kind](context, base);
    await settle();
    rows[kind].warm.push(await measures[kind](context, base));
    await context.close();
    await settle();
  }
}
const checkContext = await browser.newContext();
const checks = await measureChecks(checkContext, base);
await checkContext.close();
await browser.close();
await server.close();

const pick = (list, key) => median(list.map((r) => r[key]));
console.log(`Start-up, median of ${runs} runs, ms from navigation (headless Chromium, ${base}):`);
console.log("                         lesson text    runtime ready   first Run result");
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
  console.log(`${label.padEnd(24)} ${text.padStart(11)} ${ms(pick(list, "ready")).padStart(16)} ${ms(pick(list, "result")).padStart(18)}`);
}
console.log(`cold runtime ready per run (ms): ${Object.entries(rows).map(([kind, { cold }]) => `${kind} ${cold.map((r) => Math.round(r.ready)).join(" ")}`).join("; ")}`);
const ratio = (kind) => (pick(rows.app.cold, "ready") / pick(rows[kind].cold, "ready")).toFixed(2);
console.log(`runtime ready, app / bare (cold): ${ratio("bare")}x; app / bare in a worker (cold): ${ratio("bareWorker")}x`);
// The editor, the workers and Pyodide load in parallel and do not hold up the lesson text.
const deferred = /CodeEditor|editor\.worker|python\.worker|\/pyodide\//;
const sizes = scripts.map((s) => [s, gzipSize(s), deferred.test(s)]);
const total = sizes.filter(([, , late]) => !late).reduce((sum, [, size]) => sum + size, 0);
console.log(`JavaScript before the editor and Pyodide (gzipped): ${(total / 1024).toFixed(1)} KB`);
for (const [name, size, late] of sizes) console.log(`  ${late ? "(deferred) " : ""}${name}: ${(size / 1024).toFixed(1)} KB`);
console.log("Check latency per lesson once warm (click to results, solution):");
console.log("                             after a Run   program runs   slowest of 5");
for (const [folder, afterRun, again, slowest] of checks) {
  console.log(`  ${folder.padEnd(26)} ${ms(afterRun).padStart(11)} ${ms(again).padStart(14)} ${ms(slowest).padStart(14)}`);
}
