// A learner who reads Japanese meets Japanese from Python too: the starter's comments, check
// titles and feedback, the runtime's messages and the time limit; their own code never changes
// with the language, while an untouched starter follows it.
import { editorText, expect, expectNoSeriousA11yViolations, setCode, test, waitForPython } from "./fixtures";

test.use({ locale: "ja-JP" });

test("in Japanese the starter, the check feedback and the runtime's messages are Japanese", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect.poll(() => editorText(page)).toContain("# TODO: 売買の件数を返す");
  expect(await editorText(page)).not.toContain("return how many sales");

  // The starter as it is: its checks fail with Japanese titles and feedback.
  await page.getByRole("button", { name: "チェック", exact: true }).click();
  const checks = page.getByRole("region", { name: "チェック" });
  await expect(checks.getByText(/件中 0 件に合格しました/)).toBeVisible();
  // Inline code in titles and feedback is shown as code, not as backticks.
  await expect(checks).toContainText("count_sales() が売買の件数を返す");
  await expect(checks).toContainText("count_sales() が None を返しました。TODO の部分を");
  await expect(checks.locator("code").filter({ hasText: "count_sales()" }).first()).toBeVisible();
  await expect(checks).not.toContainText("`");
  await expect(checks).not.toContainText("returned");
  await expectNoSeriousA11yViolations(page);

  // The runtime's own message for a refused import.
  await setCode(page, "import js\n");
  await page.getByRole("button", { name: "実行", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("モジュール 'js' はこのコースでは使えません");
});

test("in Japanese a check that runs past its time limit says so in Japanese", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await setCode(page, "def count_sales():\n    while True:\n        pass\n\ncount_sales()\n");
  await page.getByRole("button", { name: "チェック", exact: true }).click();
  const checks = page.getByRole("region", { name: "チェック" });
  await expect(checks).toContainText("コードが時間内に終わる", { timeout: 60_000 });
  await expect(checks).toContainText(/\d+ 秒たっても実行が終わらなかったため停止しました/);
  await waitForPython(page);
});

test("switching the language keeps the learner's code; an untouched starter follows the language", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect.poll(() => editorText(page)).toContain("# TODO: 売買の件数を返す");

  // Untouched: the starter is the one of the language shown.
  await page.getByLabel("言語").selectOption({ label: "English" });
  await expect.poll(() => editorText(page)).toContain("# TODO: return how many sales there are");
  await page.getByLabel("Language").selectOption({ label: "日本語" });
  await expect.poll(() => editorText(page)).toContain("# TODO: 売買の件数を返す");

  // Edited: the learner's code stays as written, in either language and after a reload.
  const mine = "# 自分のコード\nprint('mine')\n";
  await setCode(page, mine);
  await page.getByLabel("言語").selectOption({ label: "English" });
  await expect(page.getByRole("heading", { name: "What you do" })).toBeVisible();
  await expect.poll(() => editorText(page)).toContain("# 自分のコード");
  await page.reload();
  await waitForPython(page);
  await expect.poll(() => editorText(page)).toContain("print('mine')");

  // Reset gives the starter back, which then follows the language again.
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  await expect.poll(() => editorText(page)).toContain("# TODO: return how many sales there are");
  await page.getByLabel("Language").selectOption({ label: "日本語" });
  await expect.poll(() => editorText(page)).toContain("# TODO: 売買の件数を返す");
});
