// Runaway code is stopped and Python is ready again, with and without cross-origin isolation.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, runCode, setCode, test, waitForPython } from "./fixtures";

test("Stop ends an infinite loop, keeps the code, and the next run works", async ({ page }, testInfo) => {
  await page.goto("/lessons/business-understanding");
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  expect(isolated).toBe(testInfo.project.name === "isolated");
  await waitForPython(page);

  await expect(await runCode(page, "print('looping')\nwhile True:\n    pass\n")).toContainText("looping");
  await expect(page.getByRole("status").filter({ hasText: "Python running" })).toBeVisible();
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("output")).toContainText("Stopped. Your code is unchanged");
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("while True:");

  await waitForPython(page);
  await expect(await runCode(page, "print('again', 6 * 7)\n")).toContainText("again 42");
});

test("a check that never finishes is reported as a failed check when the time limit passes", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await setCode(page, "while True:\n    pass\n");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText("Your code finishes in time")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/still running after \d+ seconds/).first()).toBeVisible();
  await waitForPython(page);
  await expect(await runCode(page, "print('fine')\n")).toContainText("fine");
});

test("a Python error shows the learner's line and message, not the runtime's frames", async ({ page }) => {
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await setCode(page, "def f(x):\n    return x / 0\n\nprint('before')\nf(1)\n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const output = page.getByTestId("output");
  await expect(output).toContainText("before");
  await expect(output).toContainText("error on line 2");
  await expect(output).toContainText("ZeroDivisionError: division by zero");
  await expect(output).toContainText('File "main.py", line 5');
  await expect(output).not.toContainText("harness");
  await expect(output).not.toContainText("_pyodide");
});

const solution = readFileSync("lessons/01-business-understanding/solution.py", "utf8");
const starter = readFileSync("lessons/01-business-understanding/starter.py", "utf8");

/** Lesson 01 with Python ready; clicks Check and waits for its verdict, `passed` or not. */
async function openLesson01(page: Page) {
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  return async (passed: boolean) => {
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.getByText(passed ? /All \d+ checks passed/ : /\d+ of \d+ checks passed/)).toBeVisible({ timeout: 60_000 });
  };
}

test("a Check after a Run judges the code as it is when Check is clicked, not the code that was run", async ({ page }) => {
  test.setTimeout(120_000);
  const checkSays = await openLesson01(page);
  // The solution's check is made while its output is read; a Check of other code must not take it.
  await runCode(page, solution);
  await waitForPython(page);
  await page.waitForTimeout(1500);
  await setCode(page, starter);
  await checkSays(false);
  await runCode(page, solution);
  await waitForPython(page);
  await checkSays(true);
});

test("a Check after an edit judges the code as it is when Check is clicked, not the code checked ahead", async ({ page }) => {
  test.setTimeout(120_000);
  const checkSays = await openLesson01(page);
  // The rested solution is checked ahead; the starter, clicked at once after the edit, must not take it.
  await setCode(page, solution);
  await page.waitForTimeout(1500);
  await setCode(page, starter);
  await checkSays(false);
  await setCode(page, solution);
  await page.waitForTimeout(1500);
  await checkSays(true);
});
