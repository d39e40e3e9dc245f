// The review track end to end, as a product manager who reads Japanese: choose "I review and
// decide", complete lesson 06's review with the keyboard (a wrong answer shows its feedback, then
// the right one its explanation), draft the suggested request, and find the lesson done on the
// home page without writing any code. axe checks the review page.
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^質問 ${number} / 5`) });

/** Submits a question's form from the keyboard, the way a learner without a mouse does. */
async function submitWithKeyboard(form: Locator) {
  await form.getByRole("button", { name: "答えを確かめる" }).focus();
  await form.page().keyboard.press("Enter");
}

/** Picks a radio button or checkbox with the keyboard. */
async function pick(control: Locator) {
  await control.focus();
  await control.page().keyboard.press("Space");
}

test("a reviewer in Japanese completes lesson 06's review and finds the lesson done without writing code", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption({ label: "日本語" });
  const choice = page.getByRole("group", { name: "どのように参加しますか？" });
  await pick(choice.getByRole("radio", { name: /レビューして判断する/ }));
  await expect(choice.getByRole("radio", { name: /レビューして判断する/ })).toBeChecked();

  await page.goto("/lessons/test");
  const review = page.getByRole("region", { name: "レビュー演習" });
  await expect(review).toContainText("あなたの役：マヤさん（プロダクトマネージャー）");
  // The artifact as Maya reads it: the stated decision highlighted, the weakest slice first.
  await expect(review.getByText("レポートの判断")).toBeVisible();
  await expect(review.getByRole("table").first()).toContainText("South and West of Iowa State University");
  await expectNoSeriousA11yViolations(page);

  // 1. A figure: the overall share is the typical wrong reading; its feedback says why.
  const q1 = question(page, 1);
  const share = q1.getByLabel("あなたの答え（単位：%）");
  await share.focus();
  await page.keyboard.type("67.4");
  await submitWithKeyboard(q1);
  await expect(q1).toContainText("まだ正解ではありません。");
  await expect(q1).toContainText("67.4% は、テストの 301 件すべてで見た全体の割合です");
  await expect(q1).not.toContainText("解説");
  await share.fill("");
  await share.focus();
  await page.keyboard.type("30");
  await submitWithKeyboard(q1);
  await expect(q1).toContainText("正解です。");
  await expect(q1).toContainText("目標を地域ごとに書いたのはこのためです");

  // 2. Findings: a distractor picked is explained, then the real problem alone is right.
  const q2 = question(page, 2);
  await pick(q2.getByRole("checkbox", { name: /条件が書かれていない/ }));
  await submitWithKeyboard(q2);
  await expect(q2).toContainText("まだ正解ではありません。");
  await expect(q2).toContainText("条件はあるのに、判断がそれを無視しています");
  await pick(q2.getByRole("checkbox", { name: /条件が書かれていない/ }));
  await pick(q2.getByRole("checkbox", { name: /判断が `?go`? になっている/ }));
  await submitWithKeyboard(q2);
  await expect(q2).toContainText("正解です。");

  // 3. What the condition means for the appraisers there.
  const q3 = question(page, 3);
  await pick(q3.getByRole("radio", { name: /提案価格が表示されず/ }));
  await submitWithKeyboard(q3);
  await expect(q3).toContainText("正解です。");

  // 4. The decision and the evidence that supports it.
  const q4 = question(page, 4);
  await pick(q4.getByRole("radio", { name: "条件付きで Go" }));
  await pick(q4.getByRole("checkbox", { name: "全体の ±10 % 以内の割合が目標を満たしている" }));
  await pick(q4.getByRole("checkbox", { name: "目標に届かないスライスがある" }));
  await submitWithKeyboard(q4);
  await expect(q4).toContainText("正解です。");

  // 5. What to ask next, and of whom; the request goes into the communication exercise's drafts.
  const q5 = question(page, 5);
  await pick(q5.getByRole("radio", { name: /テストレポートをありがとうございます/ }));
  await submitWithKeyboard(q5);
  await expect(q5).toContainText("正解です。");
  await q5.getByRole("button", { name: "この依頼を下書きする" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveValue(/テストレポートをありがとうございます/);

  await expect(review).toContainText("5 問中 5 問正解");
  await expectNoSeriousA11yViolations(page);

  // Done on the review track, with no code written; still so after a reload.
  await page.goto("/");
  await page.reload();
  const lesson06 = page.getByRole("listitem").filter({ hasText: "テスト" }).last();
  await expect(lesson06.locator(".status-badge")).toHaveText("レビュー：完了");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("mlops-course:progress") ?? "null"));
  expect(stored.lessons.test.code).toBeUndefined();
});
