// Nothing lost, always told: whatever the browser's storage does (blocked, full, cleared under an
// open tab, IndexedDB unavailable) and whatever an imported file holds, the course starts, says
// what failed and what to do, and never claims to have kept what it has not.
import { readFileSync, statSync } from "node:fs";
import type { Page } from "@playwright/test";
import { editorText, expect, expectNoSeriousA11yViolations, runCode, setCode, test, waitForPython } from "./fixtures";
import { serveStatic } from "../scripts/lib/static-server.mjs";

const FORMAT = "mlops-hands-on-progress";
const PROGRESS_KEY = "mlops-course:progress";
const inputs = (page: Page) => page.getByRole("complementary", { name: "Files this lesson reads" });

/** Lesson 03's outputs, small, and marked as the learner's. */
const smallPrepare = `open("dataset.csv", "w").write("made,by\\nlearner,e2e\\n")
open("datasheet.json", "w").write('{"made_by": "learner-e2e"}')
print("wrote both")
`;

/** The names in the course's artifact store, read as the page's own IndexedDB sees them. */
function storedArtifacts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("mlops-course");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction("artifacts").objectStore("artifacts").getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            resolve((keys.result as string[]).sort());
          };
        };
      }),
  );
}

async function importFile(page: Page, name: string, progress: string) {
  const text = `{"format":"${FORMAT}","exportedAt":"2026-11-22T12:00:00.000Z","progress":${progress}}`;
  await page.getByLabel("Choose a progress file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

const lessonJson = (extra: Record<string, unknown> = {}) => JSON.stringify({ updatedAt: "2026-11-22T10:00:00.000Z", drafts: [], ...extra });
const draft = (id: string, request: string) => ({ id, role: "", kind: "", request, unblocks: "" });

test.describe("lesson outputs", () => {
  test("an output too large to keep is refused at Run time with its size and the limit, and the next lesson does not take the older file for it", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/lessons/prepare");
    await waitForPython(page);
    await expect(await runCode(page, smallPrepare)).toContainText("wrote both");
    await expect.poll(() => storedArtifacts(page)).toEqual(["dataset.csv", "datasheet.json"]);

    const big = `open("dataset.csv", "w").write("x" * (50 * 1024 * 1024))\nopen("datasheet.json", "w").write('{"made_by": "learner-e2e"}')\nprint("wrote a big file")\n`;
    await expect(await runCode(page, big)).toContainText("wrote a big file", { timeout: 60_000 });
    await expect(page.getByRole("alert").filter({ hasText: "dataset.csv was not kept" })).toContainText(
      "dataset.csv was not kept: it is 50.0 MB, and the course keeps at most 48 MB of output files from one run.",
    );
    await expectNoSeriousA11yViolations(page);
    await expect.poll(() => storedArtifacts(page)).toEqual(["datasheet.json"]);

    await page.getByRole("link", { name: /Preprocess the data/ }).first().click();
    await expect(inputs(page)).toContainText("From your own work in earlier lessons: datasheet.json.");
    await expect(inputs(page)).toContainText("From the course's reference solutions, because you have not produced them yet: dataset.csv.");
  });

  test("IndexedDB cleared while the tab is open: the next Run saves again and the next lesson reads the learner's files", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/lessons/prepare");
    await waitForPython(page);
    await expect(await runCode(page, smallPrepare)).toContainText("wrote both");
    await expect.poll(() => storedArtifacts(page)).toEqual(["dataset.csv", "datasheet.json"]);

    // As clearing the site's data in the browser's settings does, under the open tab.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("mlops-course");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("artifacts", "readwrite");
            tx.objectStore("artifacts").clear();
            tx.oncomplete = () => resolve(open.result.close());
          };
        }),
    );
    expect(await storedArtifacts(page)).toEqual([]);

    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect(page.getByTestId("output")).toContainText("wrote both");
    await expect.poll(() => storedArtifacts(page)).toEqual(["dataset.csv", "datasheet.json"]);
    await page.getByRole("link", { name: /Preprocess the data/ }).first().click();
    await expect(inputs(page)).toContainText("From your own work in earlier lessons: dataset.csv, datasheet.json.");
  });

  test("IndexedDB unavailable: a Run shows its result and the saving problem, never a Python crash, and the next lesson still reads the learner's files", async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("IndexedDB is turned off in this browser.", "InvalidStateError");
      };
    });
    await page.goto("/lessons/prepare");
    await waitForPython(page);
    const output = await runCode(page, smallPrepare);
    await expect(output).toContainText("wrote both");
    const notice = page.getByRole("alert").filter({ hasText: "could not be saved" });
    await expect(notice).toContainText("The files your code wrote (dataset.csv, datasheet.json) could not be saved (IndexedDB is turned off in this browser.).");
    await expect(notice).toContainText("press “Try again”");
    await expect(output).not.toContainText("Python stopped unexpectedly");
    await expectNoSeriousA11yViolations(page);
    await notice.getByRole("button", { name: "Try again" }).click();
    await expect(notice).toContainText("could not be saved");

    await page.getByRole("link", { name: /Preprocess the data/ }).first().click();
    await expect(inputs(page)).toContainText("From your own work in earlier lessons: dataset.csv, datasheet.json.");
    await waitForPython(page);
    await expect(await runCode(page, 'print(open("datasheet.json").read())\n')).toContainText('{"made_by": "learner-e2e"}');
  });
});

test.describe("starting whatever storage does", () => {
  test("3 million characters of unreadable progress with no room for a copy: the app starts, says so, and keeps them where they are", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.evaluate((key) => localStorage.setItem(key, `{garbage${"x".repeat(3_000_000)}`), PROGRESS_KEY);
    await page.reload();
    const notice = page.getByRole("alert").filter({ hasText: "could not be read" });
    await expect(notice).toContainText("Your saved progress could not be read (not valid JSON)");
    await expect(notice).toContainText("nothing you do now is saved over it");
    await expect(page.getByRole("listitem").filter({ hasText: "Business Understanding" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download the unreadable progress" }).click();
    expect(statSync((await (await download).path())!).size).toBe(3_000_008);
    // Work in the meantime does not overwrite it.
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
    await setCode(page, "print('new work')\n");
    await page.waitForTimeout(1000);
    expect(await page.evaluate((key) => localStorage.getItem(key)?.length, PROGRESS_KEY)).toBe(3_000_008);
  });

  test("localStorage that throws on every access: a page that explains, and a course that works without saving", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError");
        },
      });
    });
    await page.goto("/lessons/getting-started");
    await expect(page.getByRole("alert").filter({ hasText: "does not let the course store anything" })).toContainText(
      "Everything works, but nothing you do is kept once you reload or close this page.",
    );
    await expectNoSeriousA11yViolations(page);
    await waitForPython(page);
    await expect(await runCode(page, "print(6 * 7)\n")).toContainText("42");
  });
});

test.describe("imports", () => {
  test("75,000 drafts are refused at once with a clear message, and the page stays usable", async ({ page }) => {
    await page.goto("/my-data");
    const drafts = Array.from({ length: 75_000 }, (_, i) => draft(`d${i}`, ""));
    const started = Date.now();
    await importFile(page, "huge.json", `{"version":2,"lessons":{"analyze":${lessonJson({ drafts })}}}`);
    await expect(page.getByRole("alert")).toContainText("“huge.json” holds 75,000 drafts for the lesson “analyze”; the course keeps at most 200 per lesson.");
    await expect(page.getByRole("alert")).toContainText("Your progress was not changed.");
    expect(Date.now() - started).toBeLessThan(10_000);
    await page.goto("/");
    await expect(page.getByRole("listitem").filter({ hasText: "Analyze the data" })).toContainText("Not started");
  });

  test("lessons named constructor, toString, hasOwnProperty import like any other; a __proto__ lesson is reported; valid lessons in the same file import", async ({ page }) => {
    await page.goto("/my-data");
    const code = "# imported next to hostile names\n";
    await importFile(
      page,
      "names.json",
      `{"version":2,"lessons":{"constructor":${lessonJson()},"toString":${lessonJson()},"hasOwnProperty":${lessonJson()},"__proto__":${lessonJson()},"getting-started":${lessonJson({ code })}}}`,
    );
    const status = page.getByRole("status").filter({ hasText: "Imported" });
    await expect(status).toContainText("Imported: 4 lessons merged into your progress.");
    await expect(status).toContainText("Left out: a lesson named “__proto__” in the file, a name the course cannot keep.");
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
    await expect.poll(() => editorText(page)).toContain("# imported next to hostile names");
  });

  test("two drafts with one id stay two when one is edited, also after a reload", async ({ page }) => {
    await page.goto("/my-data");
    await importFile(page, "twins.json", `{"version":2,"lessons":{"business-understanding":${lessonJson({ drafts: [draft("twin", "first"), draft("twin", "second")] })}}}`);
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("Imported: 1 lesson");
    await page.goto("/lessons/business-understanding");
    const requests = page.getByLabel("Your request");
    await expect(requests).toHaveCount(2);
    await requests.nth(1).fill("second, edited");
    await page.waitForTimeout(600);
    await page.reload();
    await expect(requests).toHaveCount(2);
    await expect(requests.nth(0)).toHaveValue("first");
    await expect(requests.nth(1)).toHaveValue("second, edited");
  });

  test("an import that does not fit in storage never says Imported, and nothing of it is there after a reload", async ({ page }) => {
    await page.goto("/my-data");
    // Fill this origin's localStorage to the brim, as years of other work might.
    await page.evaluate(() => {
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler-${i++}`, "x".repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await importFile(page, "work.json", `{"version":2,"lessons":{"getting-started":${lessonJson({ code: `# ${"imported ".repeat(2000)}\n` })}}}`);
    await expect(page.getByRole("alert")).toContainText("Nothing was imported: your progress with the file merged in could not be saved in this browser");
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveCount(0);
    await page.reload();
    await page.goto("/");
    await expect(page.getByRole("listitem").filter({ hasText: "Getting started" })).toContainText("Not started");
  });
});

test("two tabs editing one lesson's code at nearly the same moment: neither edit is lost, and both tabs say so", async ({ context }) => {
  test.setTimeout(120_000);
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
  }
  // The second tab is still typing (a save waits until 400 ms after the last key) when the first
  // tab's pasted code is saved.
  await second.locator(".monaco-editor .view-lines").click();
  await second.keyboard.press("ControlOrMeta+A");
  const typing = second.keyboard.type("# typed in the second tab", { delay: 100 });
  await first.waitForTimeout(500);
  await setCode(first, "# typed in the first tab\n");
  await typing;

  // The second tab met the first's code with its own not saved yet: it keeps its own and says so.
  const secondNotice = second.getByRole("alert").filter({ hasText: "also changed in another tab" });
  await expect(secondNotice).toBeVisible();
  expect(await editorText(second)).toContain("# typed in the second tab");
  await expectNoSeriousA11yViolations(second);
  // The first tab's code, saved already, gave way to the second's when that was saved: said, with the way back.
  await expect(first.getByRole("alert").filter({ hasText: "now shows the code from another tab" })).toBeVisible();
  await expect.poll(() => editorText(first)).toContain("# typed in the second tab");

  await second.getByRole("button", { name: "Use the other tab's code" }).click();
  await expect.poll(() => editorText(second)).toContain("# typed in the first tab");
  await second.getByRole("button", { name: "Back to my code" }).click();
  await expect.poll(() => editorText(second)).toContain("# typed in the second tab");
  await expect(secondNotice).toHaveCount(0);

  await first.getByRole("button", { name: "Back to my code" }).click();
  await expect.poll(() => editorText(first)).toContain("# typed in the first tab");
  await first.reload();
  await waitForPython(first);
  await expect.poll(() => editorText(first)).toContain("# typed in the first tab");
});

test.describe("charts", () => {
  const remoteColour = `display({
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {"values": [{"a": 1, "b": 2}]},
    "mark": {"type": "bar", "color": "url(http://remote.example/paint.svg#x)"},
    "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative"}},
})
print("chart sent")
`;

  test("a colour url(http://remote/...) is refused in words, and nothing is requested", async ({ page }) => {
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
    const output = await runCode(page, remoteColour);
    await expect(output).toContainText("chart sent");
    await expect(output).toContainText("The chart could not be drawn: a value points elsewhere (mark.color: a web address or a CSS url(…)).");
    await expect(output.locator("svg")).toHaveCount(0);
  });

  test.describe("in Japanese", () => {
    test.use({ locale: "ja-JP" });
    test("the refusal is in Japanese", async ({ page }) => {
      await page.goto("/lessons/getting-started");
      await waitForPython(page);
      await setCode(page, remoteColour);
      await page.getByRole("button", { name: "実行", exact: true }).click();
      await expect(page.getByTestId("output")).toContainText("ほかの場所を指す値があります（mark.color：Web アドレス、または CSS の url(…)）。");
    });
  });
});

/** Waits until this page's service worker is active and has precached the app. */
async function serviceWorkerActive(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== "activated") {
      await new Promise<void>((resolve) => registration.active?.addEventListener("statechange", () => resolve()));
    }
  });
}

const courseCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("workbox-") || name === "python-snapshot").sort());

test("Clear all data also deletes the course's Cache Storage and unregisters its service worker", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await serviceWorkerActive(page);
  await expect.poll(() => courseCaches(page)).toEqual(["python-snapshot", expect.stringMatching(/^workbox-precache-/)]);
  const keptNote = () => page.evaluate(() => localStorage.getItem("course:python-snapshot-kept"));
  await expect.poll(keptNote).not.toBeNull();

  await page.getByRole("link", { name: "Your data" }).click();
  await page.getByRole("button", { name: "Clear all data…" }).click();
  await page.getByRole("button", { name: "Yes, clear everything" }).click();
  await expect(page.getByText(/^All your data in this browser was cleared, also the copy of the course kept for working offline/)).toBeVisible();
  expect(await courseCaches(page)).toEqual([]);
  expect(await keptNote()).toBeNull();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test.describe("a new release", () => {
  const dir = process.env.OUT_DIR ?? "dist";
  let server: Awaited<ReturnType<typeof serveStatic>>;
  /** The next release changes only its service worker: index.html, and so its precache revision, stay the same. */
  let nextRelease = false;

  test.beforeAll(async () => {
    const sw = readFileSync(`${dir}/sw.js`, "utf8");
    server = await serveStatic({
      root: dir,
      resolve: (path: string) => (nextRelease && path === "/sw.js" ? { body: `${sw}\n// the next release\n`, type: "text/javascript" } : undefined),
    });
  });
  test.afterAll(async () => server?.close());

  test("replaces a cached index.html that does not match its own", async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto(`${server.url}/lessons/getting-started`);
    await waitForPython(page);
    await serviceWorkerActive(page);

    // What code of an earlier release could do: rewrite the precached page.
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith("workbox-precache-"));
      const cache = await caches.open(name!);
      const request = (await cache.keys()).find((key) => new URL(key.url).pathname.endsWith("/index.html"));
      const html = await (await cache.match(request!))!.text();
      await cache.put(request!, new Response(html.replace('<div id="root">', '<p id="tampered">tampered</p><div id="root">'), { headers: { "Content-Type": "text/html" } }));
    });
    await page.reload();
    await expect(page.locator("#tampered")).toHaveCount(1);

    nextRelease = true;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
      const worker = registration!.installing ?? registration!.waiting;
      if (!worker) throw new Error("update() found no new service worker");
      if (worker.state === "installing") await new Promise<void>((resolve) => worker.addEventListener("statechange", () => resolve(), { once: true }));
    });
    // The next visit, every tab of the old release closed.
    for (const open of context.pages()) await open.close();
    const next = await context.newPage();
    await next.goto(`${server.url}/lessons/getting-started`);
    await waitForPython(next);
    expect(await next.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await expect(next.locator("#tampered")).toHaveCount(0);
    await next.reload();
    await expect(next.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(next.locator("#tampered")).toHaveCount(0);
  });
});
