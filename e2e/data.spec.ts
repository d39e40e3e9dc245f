// Own your work: export / clear / import, bad files, learner text as text, language switch, /my-data a11y.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { editorText, expect, expectNoSeriousA11yViolations, setCode, test, waitForPython } from "./fixtures";

const solution = readFileSync("lessons/01-business-understanding/solution.py", "utf8");
const REQUEST = "Maya, which comes first for the pilot: quality, cost or delivery?";
const HOSTILE = "<script>alert(1)</script> [x](http://evil.example)";

async function addDraft(page: Page, request: string) {
  await page.getByRole("button", { name: "Add a request" }).click();
  await page.getByLabel("To (role)").last().selectOption({ label: "Product Manager" });
  await page.getByLabel("Kind").last().selectOption({ label: "Share information" });
  await page.getByLabel("Your request").last().fill(request);
  await page.getByLabel("What it unblocks").last().fill("The business goal");
}

async function importFile(page: Page, name: string, content: string) {
  await page.getByLabel("Choose a progress file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("export, clear all, import: code, check results and drafts all come back", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await setCode(page, solution);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible({ timeout: 60_000 });
  await addDraft(page, REQUEST);

  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await page.getByLabel("Your name or team (optional)").fill("Team Kestrel");
  const exported = await download(page, "Download progress file");
  // Named after the learner and the time, so a facilitator's folder of thirty never collides; the id keeps namesakes apart.
  expect(exported.name).toMatch(/^mlops-progress-Team-Kestrel-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  expect(exported.text).toMatch(/"learnerId": "[0-9a-f]{32}"/);
  expect(exported.text).toContain(REQUEST);
  expect(exported.text).toContain("Team Kestrel");

  const portfolio = await download(page, "Download portfolio (Markdown)");
  expect(portfolio.name).toMatch(/^mlops-portfolio-\d{4}-\d{2}-\d{2}\.md$/);
  expect(portfolio.text).toContain("## 01 · Business Understanding");
  expect(portfolio.text).toContain("```python\n");
  expect(portfolio.text).toContain("saved = listings_per_month");
  expect(portfolio.text).toContain(`Product Manager · Share information\n\n${REQUEST}`);

  await page.getByRole("button", { name: "Clear all data…" }).click();
  await expect(page.getByRole("group")).toContainText("Download your progress file first");
  await page.getByRole("button", { name: "Yes, clear everything" }).click();
  await expect(page.getByText(/^All your data in this browser was cleared, also the copy of the course kept for working offline/)).toBeVisible();
  await expect(page.getByLabel("Your name or team (optional)")).toHaveValue("");
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: "Business Understanding" })).toContainText("Not started");

  await page.goto("/my-data");
  await importFile(page, exported.name, exported.text);
  await expect(page.getByText("Imported: 1 lesson merged into your progress.")).toBeVisible();
  await expect(page.getByLabel("Your name or team (optional)")).toHaveValue("Team Kestrel");

  // Importing over existing progress asks first and says what will happen.
  await importFile(page, exported.name, exported.text);
  await expect(page.getByRole("group")).toContainText("Newer here, your code and check results stay");
  await page.getByRole("button", { name: "Cancel" }).click();

  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await expect.poll(() => editorText(page)).toContain("saved = listings_per_month");
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();
  await expect(page.getByLabel("Your request")).toHaveValue(REQUEST);
  await expect(page.getByLabel("To (role)")).toHaveValue("product-manager");
});

test("a bad file says what is wrong and keeps progress; a lesson can be reset", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await addDraft(page, REQUEST);
  await page.goto("/my-data");
  await expectNoSeriousA11yViolations(page);

  await importFile(page, "notes.json", "this is not { json");
  await expect(page.getByRole("alert")).toContainText("“notes.json” is not a progress file: it does not contain JSON.");
  await expect(page.getByRole("alert")).toContainText("Your progress was not changed.");
  await importFile(page, "other.json", JSON.stringify({ hello: "world", lessons: [] }));
  await expect(page.getByRole("alert")).toContainText("“other.json” contains JSON, but not progress from this course.");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/lessons/getting-started");
  await expect(page.getByLabel("Your request")).toHaveValue(REQUEST);

  await page.goto("/my-data");
  await page.getByLabel("Lesson", { exact: true }).selectOption({ label: "Getting started" });
  await page.getByRole("button", { name: "Reset this lesson…" }).click();
  await expect(page.getByRole("group")).toContainText("Remove all your work on “Getting started”?");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Yes, reset the lesson" }).click();
  await expect(page.getByText("“Getting started” was reset.")).toBeVisible();
  await page.goto("/lessons/getting-started");
  await expect(page.getByLabel("Your request")).toHaveCount(0);
});

test("learner text is shown, printed and copied as text, never as HTML or a link", async ({ page, context }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/lessons/getting-started");
  await addDraft(page, HOSTILE);
  await page.getByRole("button", { name: "Compare with example requests" }).click();
  await page.getByRole("checkbox").first().check();
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByLabel("Your request")).toHaveValue(HOSTILE);
  await expect(page.getByRole("checkbox").first()).toBeChecked();

  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByText("Copied. Paste it into your message.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `### Request 1: Product Manager · Share information\n\n${HOSTILE}\n\nWhat it unblocks: The business goal`,
  );

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("paragraph").filter({ hasText: HOSTILE })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print worksheet" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Code exercise" })).toBeHidden();
  await expect(page.getByLabel("Your request")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
  expect(await page.locator("main script").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("a refused clipboard gets a clear message", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.goto("/lessons/getting-started");
  await addDraft(page, REQUEST);
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByText(/did not allow copying to the clipboard/)).toBeVisible();
});

test("the language switch changes lesson text and interface, persists, and follows the browser", async ({ page, browser, baseURL }) => {
  await page.goto("/lessons/business-understanding");
  await expect(page.getByRole("heading", { name: "What you do" })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "日本語" });
  await expect(page.getByRole("heading", { name: "なにをするのか" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ビジネス理解");
  await expect(page.getByRole("link", { name: "あなたのデータ" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ビジネス理解");
  await page.getByLabel("言語").selectOption({ label: "English" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Business Understanding");

  const japanese = await browser.newContext({ locale: "ja-JP", baseURL });
  const jaPage = await japanese.newPage();
  await jaPage.goto("/lessons/business-understanding");
  await expect(jaPage.getByRole("heading", { name: "なにをするのか" })).toBeVisible();
  await expect(jaPage.locator("html")).toHaveAttribute("lang", "ja");
  await japanese.close();
});

test("two tabs on the course take in each other's drafts instead of overwriting them", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("/lessons/getting-started");
  await second.goto("/lessons/getting-started");
  await addDraft(first, "From the first tab");
  await expect(second.getByLabel("Your request")).toHaveValue("From the first tab");
  await addDraft(second, "From the second tab");
  await expect(first.getByLabel("Your request")).toHaveCount(2);
  await first.getByRole("button", { name: "Remove request 1" }).click();
  await expect(second.getByLabel("Your request")).toHaveCount(1);
  await expect(second.getByLabel("Your request")).toHaveValue("From the second tab");
  await second.reload();
  await expect(second.getByLabel("Your request")).toHaveValue("From the second tab");
});
