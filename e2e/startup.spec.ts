// Python's worker starts from index.html before the app's scripts arrive, and the app adopts it;
// a page without that early start (a host that strips inline scripts) starts its own.
import type { Page } from "@playwright/test";
import { expect, runCode, test, waitForPython } from "./fixtures";

const EARLY_START = /<script>try\{var w=new Worker\([^<]*python\.worker-[^<]*<\/script>/;

function countPythonWorkers(page: Page) {
  const workers: string[] = [];
  page.on("worker", (worker) => {
    if (/python\.worker/.test(worker.url())) workers.push(worker.url());
  });
  return workers;
}

test("index.html starts the one Python worker and the app adopts it", async ({ page }) => {
  const workers = countPythonWorkers(page);
  const response = await page.goto("/lessons/business-understanding");
  expect(await response?.text()).toMatch(EARLY_START);
  await waitForPython(page);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
  expect(workers).toHaveLength(1);
  // Handed over once, so a restart after Stop creates a fresh worker.
  expect(await page.evaluate(() => window.pythonWorker)).toBeUndefined();
});

test("without the early start in index.html, the app starts its own worker", async ({ page }) => {
  let stripped = false;
  await page.route("**/lessons/business-understanding", async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    stripped = EARLY_START.test(html);
    await route.fulfill({ response, body: html.replace(EARLY_START, "") });
  });
  const workers = countPythonWorkers(page);
  await page.goto("/lessons/business-understanding");
  expect(stripped).toBe(true);
  await waitForPython(page);
  await expect(await runCode(page, "print('up', 6 * 7)\n")).toContainText("up 42");
  expect(workers).toHaveLength(1);
});
