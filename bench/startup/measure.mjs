// One visit of each kind, measured in the page itself: milestones are taken by a
// MutationObserver the moment the DOM changes, clicks are timed every animation frame.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LESSON = "/lessons/business-understanding";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records when each milestone first shows in the page. `clickRunAtReady`: the page itself
 * clicks Run the moment Python ready shows, so ready to result is the app's own time, without
 * the round trips of a driver's click (30-150 ms here, more than the run itself). */
function recordMilestones({ clickRunAtReady = false } = {}) {
  const marks = (window.milestones = {});
  let clicked = false;
  const statusShows = (pattern) => [...document.querySelectorAll('[role="status"]')].some((e) => pattern.test(e.textContent ?? ""));
  const shown = {
    text: () => document.querySelector("h1") && location.pathname.startsWith("/lessons/"),
    ready: () => statusShows(/Python ready/),
    editor: () => document.querySelector(".monaco-editor .view-lines"),
    result: () => /Wrote business_goal|ready 42/.test(document.querySelector('[data-testid="output"]')?.textContent ?? ""),
  };
  new MutationObserver(() => {
    for (const [name, test] of Object.entries(shown)) if (!(name in marks) && test()) marks[name] = performance.now();
    if (clickRunAtReady && "ready" in marks && !clicked) {
      clicked = true;
      [...document.querySelectorAll("button")].find((b) => b.textContent === "Run").click();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const waitFor = (page, mark, timeout = 120_000) => page.waitForFunction((name) => window.milestones[name], mark, { timeout });

/** Pastes code into Monaco the way a learner does (typing would auto-indent it). */
export async function paste(page, code) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

/**
 * What the page fetched, from its own Resource Timing: the body bytes of each response, and the
 * scripts requested before `textAt`. Read in the page after the fact, so that no driver listens
 * to every request while the page loads (which slowed the very loading it measures).
 */
function fetched(textAt) {
  const [navigation] = performance.getEntriesByType("navigation");
  const bytes = { total: navigation.encodedBodySize, byPath: { [location.pathname]: navigation.encodedBodySize } };
  const scripts = [];
  for (const entry of performance.getEntriesByType("resource")) {
    const path = new URL(entry.name).pathname;
    bytes.total += entry.encodedBodySize;
    bytes.byPath[path] = (bytes.byPath[path] ?? 0) + entry.encodedBodySize;
    if (/\.m?js$/.test(path) && entry.startTime < textAt) scripts.push(path);
  }
  return { bytes, scripts };
}

/** A visit to a lesson: its text, Python ready, the first Run's result. `setUp`: before
 * leaving, wait until offline use is set up, as a returning learner's first visit did. */
export async function measureApp(context, base, { setUp = true } = {}) {
  const page = await context.newPage();
  await page.addInitScript(recordMilestones, { clickRunAtReady: true });
  await page.goto(base + LESSON);
  await waitFor(page, "result", 120_000);
  const milestones = await page.evaluate(() => window.milestones);
  const figures = { ...milestones, ...(await page.evaluate(fetched, milestones.text)) };
  if (setUp) {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      while (registration.active?.state !== "activated") await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }
  await page.close();
  return figures;
}

/** A learner's real path: the home page, a click on the lesson, the editor, paste, Run, result. */
export async function measurePath(context, base) {
  const page = await context.newPage();
  await page.addInitScript(recordMilestones);
  await page.goto(`${base}/`);
  await page.getByRole("link", { name: /Business Understanding/ }).first().click();
  await waitFor(page, "editor");
  await waitFor(page, "ready");
  await paste(page, "print('ready', 6 * 7)\n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitFor(page, "result", 60_000);
  const figures = await page.evaluate(() => window.milestones);
  await page.close();
  return figures;
}

export async function measureBare(context, base, path) {
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction(() => window.firstResultAt, null, { polling: 10, timeout: 120_000 });
  const figures = await page.evaluate(() => ({ ready: window.readyAt, result: window.firstResultAt }));
  await page.close();
  return figures;
}

/** Clicks a toolbar button in the page; resolves with the ms until `done()` holds. */
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
const pause = (page) => page.waitForTimeout(1000);

/**
 * Per lesson, with its solution, each lesson in a fresh page, 5 times: a Run, a Check of the same
 * code, a Check after an edit and a pause, a Check at once after an edit; click to result. The
 * pauses are a learner reading between two clicks, while the next job's interpreter (and any
 * check made ahead) is prepared. Every job has an interpreter of its own.
 */
export async function measureJobs(context, base, root) {
  const page = await context.newPage();
  const figures = [];
  for (const folder of readdirSync(join(root, "lessons")).filter((f) => /^\d\d-/.test(f)).sort()) {
    await page.goto(`${base}/lessons/${folder.slice(3)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => /Python ready/.test(e.textContent ?? "")), null, { timeout: 120_000 });
    const solution = readFileSync(join(root, "lessons", folder, "solution.py"), "utf8");
    await paste(page, solution);
    // A first Check makes any reference inputs.
    await timeClick(page, "Check", checkDone);
    const runsMs = [];
    const checksMs = [];
    const editedMs = [];
    const atOnceMs = [];
    for (let i = 0; i < 5; i++) {
      await pause(page);
      runsMs.push(await timeClick(page, "Run", runDone));
      await pause(page);
      checksMs.push(await timeClick(page, "Check", checkDone));
      // A learner who edits, pauses and clicks Check without a Run.
      await paste(page, `${solution}\n# edit ${i}\n`);
      await pause(page);
      editedMs.push(await timeClick(page, "Check", checkDone));
      // The same without the pause (and with no pointer on Check first): nothing is made ahead.
      await paste(page, `${solution}\n# edit ${i}, then at once\n`);
      atOnceMs.push(await timeClick(page, "Check", checkDone));
    }
    figures.push({
      folder,
      run: median(runsMs),
      check: median(checksMs),
      slowest: Math.max(...checksMs),
      edited: median(editedMs),
      slowestEdited: Math.max(...editedMs),
      atOnce: median(atOnceMs),
      slowestAtOnce: Math.max(...atOnceMs),
    });
  }
  await page.close();
  return figures;
}
