// How Python starts: in an opaque-origin sandbox frame under the page's policy, started by
// index.html before the app's code, from the memory snapshot shipped with the build, and the
// plain way when that snapshot is missing or broken.
import type { Page } from "@playwright/test";
import { expect, runCode, test, waitForPython } from "./fixtures";

/** Where the page notes that it kept the decompressed snapshot (sandbox/snapshotCache.ts). */
const KEPT_KEY = "course:python-snapshot-kept";
// The frame's own srcdoc, inside the script, has its "</script" escaped: the first real end tag
// closes the early start.
const EARLY_START = /<script>\(function\(\)\{[\s\S]*?coursePython[\s\S]*?<\/script>/;

test("index.html sets up the one sandbox before the app's code, starts Python once the lesson shows, and the runtime adopts it", async ({ page }) => {
  // When the lesson's heading and the sandbox frame first appear.
  await page.addInitScript(() => {
    const seen: Record<string, number> = ((window as unknown as { seen: Record<string, number> }).seen = {});
    new MutationObserver(() => {
      if (!seen.heading && document.querySelector("h1")) seen.heading = performance.now();
      if (!seen.frame && document.querySelector("iframe[title='Python']")) seen.frame = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const response = await page.goto("/lessons/business-understanding");
  expect(await response?.text()).toMatch(EARLY_START);
  // Python's downloads, the frame's process and its compile would compete with the text's first paint.
  await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { seen: object }).seen).sort())).toEqual(["frame", "heading"]);
  const seen = await page.evaluate(() => (window as unknown as { seen: { heading: number; frame: number } }).seen);
  expect(seen.frame).toBeGreaterThan(seen.heading);
  // So are Python's downloads: the app's own files and the lesson's text come first.
  // (A download's timing entry appears once it has finished.)
  const wasmRequested = () => page.evaluate(() => performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"))?.startTime ?? null);
  await expect.poll(wasmRequested).not.toBeNull();
  expect(await wasmRequested()).toBeGreaterThan(seen.heading);
  await waitForPython(page);
  // The editor loads once Python's files have all arrived, so it never competes with their downloads.
  const loaded = () =>
    page.evaluate(() => {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const editor = entries.find((entry) => /\/CodeEditor-[^/]*\.js$/.test(entry.name));
      const python = entries.filter((entry) => /\.wasm$|\.snapshot\.gz$|python_stdlib\.zip$|\.csv$|python-worker/.test(entry.name));
      return editor ? { editorAt: editor.startTime, files: python.length, pythonEnd: Math.max(...python.map((entry) => entry.responseEnd)) } : null;
    });
  await expect.poll(loaded).not.toBeNull();
  const order = (await loaded())!;
  expect(order.files).toBe(5);
  expect(order.editorAt).toBeGreaterThan(order.pythonEnd);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
  await expect(page.locator("iframe[title='Python']")).toHaveCount(1);
  // Handed over once, so a restart makes a fresh sandbox.
  expect(await page.evaluate(() => window.coursePython)).toBeUndefined();
});

test("without the early start in index.html, the runtime starts the sandbox itself", async ({ page }) => {
  let stripped = false;
  await page.route("**/lessons/business-understanding", async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    stripped = EARLY_START.test(html);
    await route.fulfill({ response, body: html.replace(EARLY_START, "") });
  });
  await page.goto("/lessons/business-understanding");
  expect(stripped).toBe(true);
  await waitForPython(page);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
  await expect(page.locator("iframe[title='Python']")).toHaveCount(1);
});

test("Python runs in an opaque-origin frame, and the page and the frame carry their policies", async ({ page }) => {
  const response = await page.goto("/lessons/business-understanding");
  expect(await response?.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;;[^"]*connect-src &#39;self&#39;/);
  await waitForPython(page);
  const frame = page.locator("iframe[title='Python']");
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts");
  expect(await frame.getAttribute("srcdoc")).toMatch(/Content-Security-Policy" content="default-src 'none';/);
  const sandbox = page.frames().find((f) => f !== page.mainFrame());
  const storage = () => {
    try {
      return localStorage.length >= 0 ? "has storage" : "none";
    } catch {
      return "none";
    }
  };
  expect(await sandbox?.evaluate(storage)).toBe("none");
  expect(await sandbox?.evaluate(() => self.origin)).toBe("null");
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
});

for (const broken of ["missing", "corrupt"] as const) {
  test(`with the snapshot ${broken}, Python starts the plain way and every job still works`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.route("**/*.snapshot.gz", (route) =>
      broken === "missing" ? route.fulfill({ status: 404, body: "" }) : route.fulfill({ body: Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]) }),
    );
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
    await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "plain");
    // The next jobs start from the snapshot the plain start made before any learner code.
    for (const n of [1, 2, 3]) await expect(await runCode(page, `import random, statistics\nprint('run', ${n}, len(str(random.random())) > 3)\n`)).toContainText(`run ${n} True`);
  });
}

/** Reloads, and waits for Python to start from a snapshot; resolves with the snapshot URLs fetched meanwhile. */
async function reloadFromSnapshot(page: Page) {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(".snapshot")) fetched.push(request.url());
  });
  await page.reload();
  await waitForPython(page);
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  return fetched;
}

test("a first visit keeps the snapshot decompressed, and the next visit starts from that copy without fetching it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  // Written by a worker a little after Python is ready: the whole decompressed snapshot.
  const kept = () =>
    page.evaluate(async () => {
      const cache = await caches.open("python-snapshot");
      const [request] = await cache.keys();
      const bytes = request ? new Uint8Array(await (await cache.match(request))!.arrayBuffer()) : new Uint8Array();
      return { entries: (await cache.keys()).length, gzipped: bytes[0] === 0x1f && bytes[1] === 0x8b, megabytes: Math.round(bytes.length / 1e6) };
    });
  await expect.poll(kept, { timeout: 30_000 }).toEqual({ entries: 1, gzipped: false, megabytes: expect.any(Number) });
  expect((await kept()).megabytes).toBeGreaterThan(20);
  // Noted, so the next visit does not fetch the shipped file while it opens Cache Storage.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toMatch(/\.snapshot\.gz$/);

  const fetched = await reloadFromSnapshot(page);
  expect(fetched).toEqual([]);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
});

test("a note that the snapshot was kept, with the copy itself gone, only costs the fetch of the shipped one", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEPT_KEY), { timeout: 30_000 }).not.toBeNull();
  // What a browser that evicts Cache Storage but keeps localStorage leaves behind.
  await page.evaluate(async () => caches.delete("python-snapshot"));
  const fetched = await reloadFromSnapshot(page);
  expect(fetched).toHaveLength(1);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
});

test("a kept snapshot that went bad is not used: Python starts the plain way, and the next visit fetches the shipped one", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("python-snapshot")).keys()).length), { timeout: 30_000 }).toBe(1);
  await page.evaluate(async () => {
    const cache = await caches.open("python-snapshot");
    const [request] = await cache.keys();
    await cache.put(request!, new Response(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])));
  });
  await page.reload();
  await waitForPython(page);
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "plain");
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
  // Forgotten, so the visit after that starts from the shipped snapshot again, and keeps it.
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).includes("python-snapshot"))).toBe(false);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toBeNull();
  await page.reload();
  await waitForPython(page);
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("python-snapshot")).keys()).length), { timeout: 30_000 }).toBe(1);
});
