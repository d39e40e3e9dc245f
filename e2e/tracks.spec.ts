// The two tracks: chosen on the home page with the keyboard alone, kept after a reload, the same in
// lesson 00, and switched back without losing the code or the review answers of either track.
import type { Page } from "@playwright/test";
import { editorText, expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const KEY = "mlops-course:progress";
const CODE = "# my own lesson 00 code\nprint('kept')\n";
const AT = "2026-12-01T10:00:00.000Z";
/** Work on both tracks, as a learner who wrote code and answered a review question would have it. */
const seeded = {
  version: 3,
  lessons: {
    "getting-started": { code: CODE, drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: AT },
    "business-understanding": {
      drafts: [],
      hintsShown: 0,
      solutionShown: false,
      examplesShown: false,
      updatedAt: AT,
      review: { answers: { "monthly-value": { given: { value: 12000 }, correct: true, version: "v1", at: AT } } },
    },
  },
};

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);

/** Tabs from the top of the page until the focus is on a radio button of the track choice. */
async function tabToTrackChoice(page: Page) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === "radio")) return;
  }
  throw new Error("the track choice was not reached with Tab");
}

test("the track is chosen with the keyboard, kept, shown in lesson 00, and switched back with nothing lost", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(seeded)] as const);
  await page.reload();

  const choice = page.getByRole("group", { name: "How do you take part?" });
  const code = choice.getByRole("radio", { name: /I write the code/ });
  const review = choice.getByRole("radio", { name: /I review and decide/ });
  await expect(choice).toContainText("Choose how you take part.");
  await expect(code).not.toBeChecked();
  await expect(review).not.toBeChecked();
  // Each option says what done means on it.
  await expect(review).toHaveAccessibleDescription(/answered every review question right/);
  const lesson01 = page.getByRole("listitem").filter({ hasText: "Business Understanding" });
  // Until a track is chosen the code track leads; the review track is shown beside it.
  await expect(lesson01.locator(".status-badge")).toHaveText("Code: Not started");
  await expect(lesson01).toContainText(/Review: (In progress|\d+ of \d+ answered right)/);
  await expectNoSeriousA11yViolations(page);

  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await tabToTrackChoice(page);
  await expect(code).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(review).toBeChecked();
  await expect(choice).not.toContainText("Choose how you take part.");
  await expect(lesson01.locator(".status-badge")).toHaveText("Review: In progress");
  await expect(lesson01).toContainText("Code: Not started");
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByRole("radio", { name: /I review and decide/ })).toBeChecked();
  expect((await stored(page)).track).toMatchObject({ value: "review" });

  await page.getByRole("link", { name: "Getting started" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Getting started" })).toBeVisible();
  await expect(page.getByRole("group", { name: "How do you take part?" }).getByRole("radio", { name: /I review and decide/ })).toBeChecked();
  const done = page.getByRole("region", { name: "Done when" });
  await expect(done).toContainText("Your track: “I review and decide”.");
  await expect(done.getByRole("listitem").filter({ hasText: "You have chosen how you take part" })).toContainText("Done");

  // Back to the code track from the checklist, with the keyboard: the code and the answer are still there.
  const back = done.getByRole("button", { name: "Switch to “I write the code”" });
  await back.focus();
  await page.keyboard.press("Enter");
  await expect(done).toContainText("Your track: “I write the code”.");
  await expect(done.getByRole("listitem").filter({ hasText: "Every check passes" })).toBeVisible();
  await expect(page.getByRole("group", { name: "How do you take part?" }).getByRole("radio", { name: /I write the code/ })).toBeChecked();
  await expect.poll(() => editorText(page), { timeout: 60_000 }).toContain("# my own lesson 00 code");
  await expect.poll(async () => (await stored(page)).track?.value).toBe("code");
  const after = await stored(page);
  expect(after.lessons["getting-started"].code).toBe(CODE);
  expect(after.lessons["business-understanding"].review.answers["monthly-value"]).toMatchObject({ correct: true, version: "v1" });
});

test("in Japanese the choice and the statuses are in Japanese", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("mlops-course:language", "ja"));
  await page.reload();
  const choice = page.getByRole("group", { name: "どのように参加しますか？" });
  await choice.getByRole("radio", { name: /レビューして判断する/ }).check();
  await expect(page.getByRole("listitem").filter({ hasText: "ビジネス理解" }).locator(".status-badge")).toHaveText("レビュー：未着手");
});

test("the progress file carries the track and the review answers; Your data shows both tracks", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ ...seeded, track: { value: "review", at: AT } })] as const);
  await page.goto("/my-data");
  const table = page.getByRole("table");
  const row = table.getByRole("row").filter({ hasText: "Business Understanding" });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Not started");
  await expect(row.getByRole("cell").nth(1)).toContainText("In progress");
  await expect(row.getByRole("cell").nth(1)).toContainText("monthly-value");

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download progress file" }).click()]);
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(await file.path(), "utf8");
  const exported = JSON.parse(text);
  expect(exported.progress.version).toBe(3);
  expect(exported.progress.track).toEqual({ value: "review", at: AT });
  expect(exported.progress.lessons["business-understanding"].review.answers["monthly-value"]).toMatchObject({ correct: true });

  await page.getByRole("button", { name: "Clear all data…" }).click();
  await page.getByRole("button", { name: "Yes, clear everything" }).click();
  await expect(row.getByRole("cell").nth(1)).toHaveText(/^Not started( · Review: 0 of \d answered right)?$/);
  await page.getByLabel("Choose a progress file").setInputFiles({ name: file.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.getByText("Imported: 2 lessons merged into your progress.")).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toContainText("monthly-value");
  await page.goto("/");
  await expect(page.getByRole("radio", { name: /I review and decide/ })).toBeChecked();
});
