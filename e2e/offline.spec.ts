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
  // Offline too, Python starts from the snapshot the service worker precached.
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();

  // Another lesson and the dataset, never visited online, come from the cache too.
  await page.getByRole("link", { name: "MLOps Hands-on" }).click();
  // The home page first: until it replaces the lesson, the lesson's own links to Analyze are there too.
  await expect(page.getByRole("heading", { level: 1, name: "Develop an ML model that creates business value" })).toBeVisible();
  await page.getByRole("link", { name: /Analyze/ }).click();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("2930 rows x 74 columns");
  await context.setOffline(false);
});
