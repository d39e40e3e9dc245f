// A Check right after a Run of the same code tests that run instead of running the program again.
import { expect, setCode, test, waitForPython } from "./fixtures";

// Counts its own executions in a file that survives between runs.
const PROGRAM = "open('runs.txt', 'a').write('x')\nprint('executions:', open('runs.txt').read().count('x'))\n";

test("a Check right after a Run does not run the program again; a second Check does", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await setCode(page, PROGRAM);
  const output = page.getByTestId("output");
  const run = async (count: number) => {
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect(output).toContainText(`executions: ${count}`);
  };
  const check = async () => {
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByText(/of \d+ checks passed/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Check" })).toBeEnabled();
  };

  await run(1);
  await check(); // tests run 1
  await run(2);
  await check(); // tests run 2
  await check(); // runs the program: 3
  await run(4);
});
