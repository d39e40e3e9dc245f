// The foundation's journey: home, lesson 01, run, check, stop, draft, and everything after a reload.
import { readFileSync } from "node:fs";
import { editorText, expect, expectNoSeriousA11yViolations, setCode, test, waitForPython } from "./fixtures";

const solution = readFileSync("lessons/01-business-understanding/solution.py", "utf8");

test("home lists the lessons in order with status and time, and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const lessons = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(lessons.first()).toContainText("Getting started");
  await expect(lessons.nth(1)).toContainText("Business Understanding");
  await expect(lessons.nth(1)).toContainText("Not started");
  await expect(lessons.nth(1)).toContainText(/\d+ minutes/);
  await expectNoSeriousA11yViolations(page);
});

test("a learner works through lesson 01 and finds everything again after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Business Understanding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Business Understanding" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why it matters" })).toBeVisible();
  await waitForPython(page);
  await expectNoSeriousA11yViolations(page);

  // Run the starter as it is: its output streams into the panel.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("Wrote business_goal.json");

  // The starter fails checks with feedback.
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/of \d+ checks passed/)).toBeVisible();

  // A correct solution passes every check.
  await setCode(page, solution);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();

  // Draft a request to the product manager.
  await page.getByRole("button", { name: "Add a request" }).click();
  await page.getByLabel("To (role)").selectOption({ label: "Product Manager" });
  await page.getByLabel("Kind").selectOption({ label: "Share information" });
  await page.getByLabel("Your request").fill("Maya, which comes first for the pilot: quality, cost or delivery?");
  await page.getByLabel("What it unblocks").fill("The business goal");
  await page.getByRole("button", { name: "Compare with example requests" }).click();
  await expect(page.getByRole("heading", { name: "Example requests" })).toBeVisible();

  await page.reload();
  await waitForPython(page);
  // The learner's code, not the starter, is back in the editor.
  await expect.poll(() => editorText(page)).toContain("saved = listings_per_month");
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible();
  await expect(page.getByLabel("Your request")).toHaveValue("Maya, which comes first for the pilot: quality, cost or delivery?");
  await expect(page.getByLabel("To (role)")).toHaveValue("product-manager");
  await expect(page.getByLabel("What it unblocks")).toHaveValue("The business goal");

  await page.getByRole("link", { name: "MLOps Hands-on" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Business Understanding" })).toContainText("Done");
});

test("code focused before the editor arrives hands the focus to the editor", async ({ page }) => {
  await page.goto("/lessons/business-understanding");
  // Before Python is ready and with the editor off screen, the code shows as text.
  await page.getByLabel("Your code (the editor is loading)").focus();
  await expect(page.getByRole("textbox", { name: "Python code editor" })).toBeFocused();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("# mine\n");
  expect(await editorText(page)).toContain("# mine");
});

test("an unknown address shows a real not-found page", async ({ page }) => {
  await page.goto("/lessons/no-such-lesson");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/some/where");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the list of lessons" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("business value");
});

test.describe("when part of the course does not arrive", () => {
  // Without a service worker every file comes from the network, where the test can drop it.
  test.use({ serviceWorkers: "block" });

  test("a lesson whose text fails to load says so inside the app, and Try again loads it", async ({ page }) => {
    let drop = true;
    await page.route(/\/assets\/02-analyze-[^/]+\.js$/, (route) => (drop ? route.abort() : route.continue()));
    await page.goto("/");
    await page.getByRole("link", { name: /Analyze/ }).click();
    await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MLOps Hands-on" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    drop = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Analyze" })).toBeVisible();
  });

  // A visit that opens on a lesson loads it with the app and renders it in one go; these are the
  // two ways that can go otherwise.
  test("a lesson opened by its address whose text fails to load says so inside the app, and Try again loads it", async ({ page }) => {
    let drop = true;
    await page.route(/\/assets\/02-analyze-[^/]+\.js$/, (route) => (drop ? route.abort() : route.continue()));
    await page.goto("/lessons/analyze");
    await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MLOps Hands-on" })).toBeVisible();
    drop = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Analyze" })).toBeVisible();
  });

  test("a lesson opened by its address that is slow to arrive shows the layout first, then the lesson", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/02-analyze-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/lessons/analyze");
    await expect(page.getByRole("link", { name: "MLOps Hands-on" })).toBeVisible();
    await expect(page.locator(".page-loading")).toBeVisible();
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Analyze" })).toBeVisible();
    await expect(page.locator(".page-loading")).toHaveCount(0);
  });
});
