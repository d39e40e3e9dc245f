// The glossary page, and the terms and further reading at the end of a lesson.
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("a lesson lists its terms with their definitions and its further reading; the glossary lists them all", async ({ page }) => {
  await page.goto("/lessons/analyze");
  const terms = page.getByRole("region", { name: "Terms in this lesson" });
  await expect(terms).toBeVisible();
  const iqr = terms.getByRole("group").filter({ hasText: "IQR and outlier fence" });
  await expect(iqr.getByText(/interquartile range/)).toBeHidden();
  await iqr.getByText("IQR and outlier fence").click();
  await expect(iqr.getByText(/interquartile range/)).toBeVisible();
  const reading = page.getByRole("region", { name: "Further reading" });
  await expect(reading).toContainText("Ames, Iowa: Alternative to the Boston Housing Data");
  await expect(reading).toContainText("Dean De Cock");
  await expectNoSeriousA11yViolations(page);

  // In the text, a term's first use links to its definition, which its title shows on hover.
  const inText = page.getByRole("region", { name: "What you do" }).locator("a.term-link").first();
  await expect(inText).toHaveAttribute("title", /\w+/);
  await expect(inText).toHaveAttribute("href", /\/glossary#term-/);
  const id = (await inText.getAttribute("href"))!.split("#")[1]!;
  await inText.click();
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await page.goBack();

  await terms.getByRole("link", { name: "All terms in the glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await expect(page.getByRole("term")).toHaveCount(20);
  await expect(page.getByRole("definition").filter({ hasText: "Root mean squared error" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("in Japanese the glossary and the reading notes are Japanese", async ({ page }) => {
  await page.goto("/glossary?lang=ja");
  await expect(page.getByRole("heading", { level: 1, name: "用語集" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "前処理器" })).toBeVisible();
  await page.goto("/lessons/prepare");
  await expect(page.getByRole("region", { name: "さらに学ぶ" })).toContainText("データシートに何を書き");
});
