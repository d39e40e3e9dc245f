// After one visit the course works with the network off: app, Pyodide, dataset and lessons.
import { readFileSync } from "node:fs";
import { expect, runCode, test, waitForPython } from "./fixtures";

test("after the first visit, a lesson loads, runs and checks offline", async ({ page, context }, testInfo) => {
  test.setTimeout(150_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  // The service worker registers once Python is ready and precaches everything.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== "activated") {
      await new Promise<void>((resolve) => registration.active?.addEventListener("statechange", () => resolve()));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Business Understanding" })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The service worker keeps the isolation headers of the responses it cached.
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(testInfo.project.name === "isolated");
  await waitForPython(page);

  await expect(await runCode(page, readFileSync("lessons/01-business-understanding/solution.py", "utf8"))).toContainText("Payback month: 5");
  await expect(page.getByRole("figure", { name: "Cumulative return (USD)" }).locator("svg")).toBeVisible();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();

  // Another lesson and the dataset, never visited online, come from the cache too.
  await page.getByRole("link", { name: "MLOps Hands-on" }).click();
  await page.getByRole("link", { name: /Analyze/ }).click();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("2930 rows x 74 columns");
  await context.setOffline(false);
});

test("the second visit starts Python from the memory snapshot the first one saved", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await waitForPython(page);
  const status = page.getByRole("status").filter({ hasText: "Python ready" });
  await expect(status).toHaveAttribute("data-started-from", "plain");
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("python-snapshot")).keys()).length)).toBe(1);
  await page.reload();
  await waitForPython(page);
  await expect(status).toHaveAttribute("data-started-from", "snapshot");
  await page.getByRole("link", { name: "Getting started" }).click();
  await expect(await runCode(page, "import csv, statistics\nrows = list(csv.DictReader(open('data/ames.csv')))\nprint(len(rows), statistics.median(float(r['Sale_Price']) for r in rows))\n")).toContainText("2930 160000");

  // The snapshot holds no stream or interrupt state of the visit that made it: Stop still works
  // (in place when isolated, by a restart otherwise), and so do printing and checks afterwards.
  await expect(await runCode(page, "print('looping')\nwhile True:\n    pass\n")).toContainText("looping");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("output")).toContainText("Stopped. Your code is unchanged");
  await waitForPython(page);
  await expect(await runCode(page, "print('again', 6 * 7)\n")).toContainText("again 42");
});
