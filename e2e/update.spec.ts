// A new deployment is picked up on the next visit, never in the middle of a session: the new
// service worker waits until every tab of the old version is closed (skipWaiting/clientsClaim off).
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { editorText, expect, runCode, test, waitForPython } from "./fixtures";
import { serveStatic } from "../scripts/lib/static-server.mjs";

// Version 1 is the build the rest of the suite runs against; version 2 is built here, labelled apart.
const v1Dir = process.env.OUT_DIR ?? "dist";
const v2Dir = `dist-update-${process.env.E2E_PORT ?? 4173}`;
const V2_LABEL = "next-deployment";
const code = `# my notes: written before the update\n${readFileSync("lessons/01-business-understanding/solution.py", "utf8")}`;

let server: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!existsSync(`${v1Dir}/index.html`)) throw new Error(`No build in ${v1Dir}/: run \`npx vite build\` first.`);
  await promisify(execFile)("npx", ["vite", "build"], { env: { ...process.env, OUT_DIR: v2Dir, APP_BUILD_LABEL: V2_LABEL } });
  server = await serveStatic({ root: v1Dir });
});

test.afterAll(async () => {
  await server?.close();
  rmSync(v2Dir, { recursive: true, force: true });
});

const buildLabel = (page: Page) => page.locator(".site-footer .build-label");

/** The editor's first lines (Monaco renders only what is in view; pasting scrolls to the end). */
async function editorTop(page: Page) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+Home");
  return editorText(page);
}

test("a new version waits for the next visit and never breaks the running session", async ({ page, context }) => {
  test.setTimeout(180_000);
  const lesson = `${server.url}/lessons/business-understanding`;

  // First visit: version 1's service worker registers once Python is ready and precaches the app.
  await page.goto(lesson);
  await waitForPython(page);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== "activated") {
      await new Promise<void>((resolve) => registration.active?.addEventListener("statechange", () => resolve()));
    }
  });
  // The session: a later visit, served by version 1's service worker.
  await page.reload();
  await waitForPython(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe("activated");
  const v1Label = await buildLabel(page).innerText();
  expect(v1Label).toMatch(/^Version \S+ · built \d{4}-\d\d-\d\d$/);
  expect(v1Label).not.toContain(V2_LABEL);
  await expect(await runCode(page, code)).toContainText("Payback month: 5");

  // Deploy version 2 while the tab stays open; the browser finds it (made deterministic here).
  server.switchTo(v2Dir);
  const waiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error("no service worker registration");
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    if (!worker) throw new Error("update() found no new service worker");
    if (worker.state === "installing") {
      await new Promise<void>((resolve) => worker.addEventListener("statechange", () => resolve(), { once: true }));
    }
    return { state: worker.state, isWaiting: registration.waiting === worker, controllerUnchanged: navigator.serviceWorker.controller === registration.active };
  });
  expect(waiting).toEqual({ state: "installed", isWaiting: true, controllerUnchanged: true });

  // Same tab: still version 1, the code intact, Run and Check work, and a page first opened now
  // (its code split into a chunk the new deployment no longer has) still comes from version 1.
  await expect(buildLabel(page)).toHaveText(v1Label);
  await expect.poll(() => editorTop(page)).toContain("# my notes: written before the update");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("Payback month: 5");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();
  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await page.goBack();
  await expect.poll(() => editorTop(page)).toContain("# my notes: written before the update");
  await expect(buildLabel(page)).toHaveText(v1Label);

  // Next visit: every tab of version 1 closed, then a new one opened in the same browser.
  for (const open of context.pages()) await open.close();
  // The waiting worker takes over once the browser has let go of the last client, which can take a
  // moment on a loaded machine; a learner coming back later never sees that moment.
  await expect
    .poll(async () => {
      const states = await Promise.all(context.serviceWorkers().map((worker) => worker.evaluate(() => (self as unknown as ServiceWorkerGlobalScope).registration.waiting === null).catch(() => false)));
      return states.includes(true);
    })
    .toBe(true);
  const next = await context.newPage();
  await next.goto(lesson);
  await expect(buildLabel(next)).toHaveText(new RegExp(`^Version ${V2_LABEL} · built `));
  await waitForPython(next);
  await expect.poll(() => editorTop(next)).toContain("# my notes: written before the update");
  await expect(next.getByText(/All \d+ checks passed/)).toBeVisible();
  await next.getByRole("button", { name: "Run", exact: true }).click();
  await expect(next.getByTestId("output")).toContainText("Payback month: 5");
  // Every file either version asked for was there: nothing fell through to the SPA fallback.
  expect(server.missing).toEqual([]);
});
