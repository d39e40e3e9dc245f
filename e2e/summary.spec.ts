// The course's ending: the learner's project from their own files, reference ones marked.
import { readFileSync } from "node:fs";
import { expect, expectNoSeriousA11yViolations, runCode, test, waitForPython } from "./fixtures";

test("the summary shows the learner's own goal, fills the gaps with marked reference files, and passes axe", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  const output = await runCode(page, readFileSync("lessons/01-business-understanding/solution.py", "utf8"));
  await expect(output).toContainText("Wrote business_goal.json");

  await page.getByRole("link", { name: "Your project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your project, from business goal to test report");
  const goal = page.getByRole("region", { name: "Business goal" });
  await expect(goal).toContainText("From your own work.");
  await expect(goal.getByRole("definition").nth(1)).toHaveText("12,000 USD");
  const test06 = page.getByRole("region", { name: "Test report and decision" });
  await expect(test06).toContainText("Not produced yet. Complete lesson 06");
  await expect(page.getByRole("region", { name: "What the next four processes would need" }).getByRole("listitem")).toHaveCount(4);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Fill the gaps with the course's reference files" }).click();
  await expect(test06).toContainText("From the course's reference files", { timeout: 120_000 });
  await expect(test06.getByRole("term").first()).toHaveText("Decision");
  await expect(test06.getByRole("definition").first()).toHaveText(/^go/);
  // The learner's own goal stays theirs.
  await expect(goal).toContainText("From your own work.");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/page-390-summary.png", fullPage: false });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "/tmp/page-1440-summary.png", fullPage: false });
  await expectNoSeriousA11yViolations(page);
});
