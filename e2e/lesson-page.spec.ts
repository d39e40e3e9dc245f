// The lesson page as a learner works on it: results never stale, done visible, output that fits,
// task and code together, the solution usable.
import { readFileSync } from "node:fs";
import { expect, expectNoSeriousA11yViolations, runCode, setCode, test, waitForPython } from "./fixtures";

const lesson01 = (file: string) => readFileSync(`lessons/01-business-understanding/${file}`, "utf8");

test("a failed check turns grey once the code changes, a silent run says so, and done ticks itself", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  const done = page.getByRole("region", { name: "Done when" });
  await expect(done.getByRole("listitem")).toHaveText([/Not yet: Every check passes/, /Not yet: You have drafted/]);

  await page.getByRole("button", { name: "Check" }).click();
  const summary = page.getByTestId("check-results").getByRole("status");
  await expect(summary).toHaveText(/\d+ of \d+ checks passed/);
  await expect(page.getByRole("button", { name: "Check again" })).toHaveCount(0);

  // The learner pastes the solution and presses Run: the old red verdict does not stay as it was.
  await runCode(page, lesson01("solution.py"));
  await expect(page.getByTestId("output")).toContainText("Wrote business_goal.json");
  await expect(summary).toHaveText(/Last check: \d+ of \d+ passed, for an earlier version\./);
  await expect(page.getByText(/These results are for an earlier version of your code/)).toBeVisible();
  await expect(page.getByTestId("check-results")).toHaveClass(/stale/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Check again" }).click();
  await expect(summary).toHaveText(/All \d+ checks passed/);
  await expect(done.getByRole("listitem").first()).toHaveText(/Done: Every check passes/);

  // Output from the code before an edit says it is old; a run that prints nothing says so.
  await setCode(page, "x = 1\n");
  await expect(page.getByText(/This output is from an earlier version of your code/)).toBeVisible();
  await expect(summary).toHaveText(/for an earlier version/);
  await expect(done.getByRole("listitem").first()).toHaveText(/Not yet: Every check passes/);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toHaveText(/Your code ran at .+ and printed nothing\./);

  // Back to the passing code, plus a draft: the lesson is done here and on the home page.
  await setCode(page, lesson01("solution.py"));
  await expect(summary).toHaveText(/All \d+ checks passed/);
  await page.getByRole("button", { name: "Add a request" }).click();
  await page.getByLabel("Your request").fill("Maya, which comes first: quality, cost or delivery?");
  await expect(done.getByText("This lesson is done.")).toBeVisible();
  await page.getByRole("link", { name: "MLOps Hands-on" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Business Understanding" })).toContainText("Done");
});
