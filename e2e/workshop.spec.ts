// The facilitator page: board of shared files, time box, presenter view, workshop link.
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const passed = { at: "2025-05-01T09:30:00.000Z", passed: true, results: [] };
const at = "2025-05-01T09:00:00.000Z";
const draft = (id: string, role: string, kind: string, request: string, unblocks = "") => ({ id, role, kind, request, unblocks });

/** An export file in the real format, as the course's export button writes it. */
function exportFile(name: string, learner: string | undefined, lessons: Record<string, unknown>, learnerId?: string) {
  const file = {
    format: "mlops-hands-on-progress",
    exportedAt: "2025-05-01T10:00:00.000Z",
    progress: { version: 2, ...(learner ? { learner } : {}), ...(learnerId ? { learnerId } : {}), lessons },
  };
  return { name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file, null, 2)) };
}

async function dropFile(page: Page, name: string, text: string) {
  const data = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: "application/json" }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: data });
}

test("the board groups drafts from several files, shows learner text as text, explains a bad file and is kept across a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "For facilitators" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facilitator tools" })).toBeVisible();
  await page.getByRole("link", { name: "Board of files" }).click();
  await expect(page.getByText("The board is kept in this browser only")).toBeVisible();

  await page.getByLabel("Or choose progress files:").setInputFiles([
    exportFile("alpha.json", "Team Alpha", {
      analyze: {
        updatedAt: at,
        checks: passed,
        drafts: [
          draft("1", "domain-expert", "share", "Ken, which sales count as normal market sales?", "The scope rules"),
          draft("2", "data-architect", "work", "<b>bold</b>"),
        ],
      },
    }),
    exportFile("beta.json", "Team Beta", {
      analyze: { updatedAt: at, code: "print('changed')", drafts: [draft("1", "domain-expert", "review", "Please review my outlier list by Friday.")] },
    }),
    exportFile("gamma.json", undefined, {
      prepare: { updatedAt: at, drafts: [draft("1", "data-engineer", "work", "Please build the time split.")] },
    }),
  ]);
  await expect(page.getByRole("status").filter({ hasText: "3 files loaded." })).toBeVisible();
  await dropFile(page, "broken.json", "{ this is not JSON");

  const problems = page.getByRole("alert");
  await expect(problems).toContainText("broken.json");
  await expect(problems).toContainText("this is not a JSON file");
  await expect(page.getByRole("heading", { name: "People and teams on the board (3)" })).toBeVisible();

  // Per lesson how many finished, are on it, are stuck, have not started; then a row per learner.
  const analyzeRow = page.getByRole("row", { name: /Analyze the data/ });
  await expect(analyzeRow.getByRole("cell")).toHaveText(["1", "1", "0", "1"]);
  const grid = page.getByRole("list", { name: "3 learners" });
  await expect(grid.getByRole("listitem").filter({ hasText: "Team Alpha" })).toContainText("02 Analyze the data: done");
  await expect(grid.getByRole("listitem").filter({ hasText: "Team Beta" })).toContainText("02 Analyze the data: working");
  await expect(grid.getByRole("listitem").filter({ hasText: "gamma.json" })).toContainText("03 Prepare the data: working");

  // Drafts grouped by role, then kind, each with who wrote it.
  const domainExpert = page.getByRole("region", { name: "Domain Expert" });
  await expect(domainExpert.getByRole("heading", { level: 5 })).toHaveText(["Share information (1)", "Review (1)"]);
  await expect(domainExpert.getByRole("listitem").first()).toContainText("Ken, which sales count as normal market sales?");
  await expect(domainExpert.getByRole("listitem").first()).toContainText("Unblocks: The scope rules");
  await expect(domainExpert.getByRole("listitem").first()).toContainText(/Team Alpha\u2069, Analyze the data/);
  await expect(page.getByRole("region", { name: "Data Engineer" })).toContainText(/gamma\.json\u2069, Prepare the data/);
  const architect = page.getByRole("region", { name: "Data Architect" });
  await expect(architect.getByText("<b>bold</b>", { exact: true })).toBeVisible();
  await expect(architect.locator("b")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A reload keeps the board (IndexedDB).
  await page.reload();
  await expect(page.getByRole("heading", { name: "People and teams on the board (3)" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("broken.json");

  // The same team sends a newer file: it replaces the earlier one.
  await page.getByLabel("Or choose progress files:").setInputFiles([exportFile("alpha-2.json", "Team Alpha", {})]);
  await expect(page.getByRole("heading", { name: "People and teams on the board (3)" })).toBeVisible();
  // File names come from learners too, so they are isolated for bidirectional text (FSI … PDI).
  await expect(page.getByText("from \u2068alpha-2.json\u2069")).toBeVisible();
  await expect(page.getByText("<b>bold</b>")).toHaveCount(0);

  await page.getByRole("button", { name: "Clear board" }).click();
  await expect(page.getByText("No files loaded yet.")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the time box counts down from the clock and shows the end", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.install();
  await page.goto("/workshop");
  await page.getByRole("button", { name: "10 minutes" }).click();
  const digits = page.getByRole("timer", { name: "Time left" });
  await expect(digits).toHaveText("10:00");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Time box started: 10 minutes." })).toBeAttached();
  await page.clock.fastForward("04:00");
  await expect(digits).toHaveText("06:00");
  await expect(page.getByRole("status").filter({ hasText: "10 minutes left." })).toHaveCount(0);

  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.fastForward("03:00");
  await expect(digits).toHaveText("06:00");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.fastForward("01:00");
  await expect(digits).toHaveText("05:00");
  await expect(page.getByRole("status").filter({ hasText: "5 minutes left." })).toBeAttached();

  await page.clock.fastForward("05:01");
  await expect(digits).toHaveText("00:00");
  await expect(page.getByText("Time is up", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Time is up" })).toBeAttached();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(digits).toHaveText("10:00");
  expect(errors).toEqual([]);
});

test("the presenter view moves through What, Why, How and the situation with the keyboard", async ({ page }) => {
  await page.goto("/workshop?view=presenter");
  const slide = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3 }) }).last();
  const heading = slide.getByRole("heading", { level: 3 });
  await expect(heading).toHaveText("What you do");
  await expect(slide).toContainText("Getting started");
  await expect(page.getByText("1 / 64")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A section may take several slides; the keys step through them, then on to the next section.
  const pressUntil = async (key: string, name: string) => {
    for (let i = 0; i < 12 && (await heading.textContent()) !== name; i++) await page.keyboard.press(key);
    await expect(heading).toHaveText(name);
  };
  await pressUntil("ArrowRight", "Why it matters");
  await pressUntil("PageDown", "How you do it");
  await pressUntil("PageDown", "Communication exercise");
  await pressUntil("PageDown", "What you do");
  await expect(slide).toContainText("Business Understanding");
  await pressUntil("PageUp", "Communication exercise");
  await expect(slide).toContainText("Getting started");
  await pressUntil("ArrowLeft", "What you do");
  await expect(page.getByText("1 / 64")).toBeVisible();

  await page.getByLabel("Lesson").selectOption({ label: "03 Prepare the data" });
  await expect(slide).toContainText("Prepare the data");
  await expect(page.getByText(/^25 \/ 64/)).toBeVisible();
  for (let i = 0; i < 12 && (await heading.textContent()) !== "Why it matters"; i++) await page.getByRole("button", { name: "Next →" }).click();
  await expect(heading).toHaveText("Why it matters");
});

test("the presenter view shows a lesson's review questions with the answer out of the page until revealed", async ({ page }) => {
  await page.goto("/workshop?view=presenter");
  await page.getByLabel("Lesson").selectOption({ label: "06 Test the model against the business goal" });
  await page.getByRole("button", { name: "Go to the review questions" }).click();
  const slide = page.getByTestId("slide-body");
  const heading = page.getByTestId("slide-frame").getByRole("heading", { level: 3 });
  await expect(heading).toHaveText("Review exercise");
  await expect(slide).toContainText("You are Maya");
  await expect(page.getByTestId("slide-frame")).toContainText("Decide whether the model goes live");
  // What arrived never offers an answer to reveal.
  await expect(page.getByRole("button", { name: "Reveal answer" })).toHaveCount(0);

  await page.screenshot({ path: "/tmp/page-presenter-review-intro.png" });
  for (let i = 0; i < 4 && (await heading.textContent()) !== "Review question 1 of 5"; i++) await page.keyboard.press("ArrowRight");
  await expect(heading).toHaveText("Review question 1 of 5");
  await expect(slide).toContainText("what share of its suggestions");
  const reveal = page.getByRole("button", { name: "Reveal answer" });
  await expect(reveal).toHaveAttribute("aria-pressed", "false");
  // Not merely hidden: the answer and its explanation are nowhere in the page.
  expect(await page.content()).not.toContain("Answer:");
  expect(await page.content()).not.toContain("This is why the goal was written per part of town");
  await expectNoSeriousA11yViolations(page);

  await reveal.focus();
  await page.keyboard.press("Enter");
  const hide = page.getByRole("button", { name: "Hide answer" });
  await expect(hide).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("slide-frame")).toContainText(/Answer: \d+ %/);
  await expect(page.getByTestId("slide-frame")).toContainText("This is why the goal was written per part of town");
  await expect(page.getByRole("status").filter({ hasText: "The answer is shown." })).toHaveCount(1);
  await page.screenshot({ path: "/tmp/page-presenter-review.png" });

  // The findings question: options lettered, the right ones marked only once revealed.
  for (let i = 0; i < 4 && (await heading.textContent()) !== "Review question 2 of 5"; i++) await page.getByRole("button", { name: "Next →" }).click();
  await expect(heading).toHaveText("Review question 2 of 5");
  await expect(slide).toContainText("What is wrong with the report?");
  await expect(page.getByTestId("slide-frame").locator(".review-slide-right")).toHaveCount(0);
  expect(await page.content()).not.toContain("Answer:");
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await expect(page.getByTestId("slide-frame").locator(".review-slide-right").first()).toContainText("The decision says go although a slice");
  await page.getByRole("button", { name: "Hide answer" }).click();
  await expect(page.getByTestId("slide-frame")).not.toContainText("Answer:");

  // An answer revealed and left revealed is hidden again when the room comes back to its question.
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await expect(page.getByTestId("slide-frame")).toContainText("Answer:");
  for (let i = 0; i < 6 && (await heading.textContent()) !== "Review question 3 of 5"; i++) await page.keyboard.press("ArrowRight");
  await expect(heading).toHaveText("Review question 3 of 5");
  for (let i = 0; i < 6 && (await heading.textContent()) !== "Review question 2 of 5"; i++) await page.keyboard.press("ArrowLeft");
  await expect(heading).toHaveText("Review question 2 of 5");
  await expect(page.getByRole("button", { name: "Reveal answer" })).toBeVisible();
  expect(await page.content()).not.toContain("Answer:");
});

test("a workshop link opens the course in Japanese with only the chosen lessons", async ({ page }) => {
  await page.goto("/workshop?view=link");
  await expect(page.getByRole("heading", { name: "Workshop link" })).toBeVisible();
  await page.getByRole("radio", { name: "日本語" }).check();
  await page.getByRole("button", { name: "Select none" }).click();
  await expect(page.getByText("Choose at least one lesson to make a link.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Prepare the data" }).check();
  await page.getByRole("checkbox", { name: "Analyze the data" }).check();
  await expectNoSeriousA11yViolations(page);
  const link = await page.getByLabel("Link to share").inputValue();
  expect(link).toMatch(/\/\?lang=ja&lessons=analyze,prepare$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ビジネス価値を生む機械学習モデルを開発する");
  await expect(page.getByText("このワークショップで扱うレッスンです。")).toBeVisible();
  const lessons = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(lessons).toHaveCount(2);
  await expect(lessons.nth(0)).toContainText("データを分析する");
  await expect(lessons.nth(1)).toContainText("データを準備する");
  await expectNoSeriousA11yViolations(page);

  // The choice holds while navigating: previous / next follow the workshop's lessons.
  await lessons.nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "データを分析する" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "レッスン" });
  await expect(nav.getByRole("link", { name: "← レッスン一覧" })).toBeVisible();
  await nav.getByRole("link", { name: "データを準備する →" }).click();
  await expect(nav.getByRole("link", { name: "レッスン一覧 →" })).toBeVisible();
  await page.reload();
  await nav.getByRole("link", { name: "レッスン一覧 →" }).click();
  await expect(lessons).toHaveCount(2);

  await page.getByRole("button", { name: "すべてのレッスンを表示" }).click();
  await expect(lessons).toHaveCount(7);
  await page.getByRole("button", { name: "ワークショップのレッスンだけを表示" }).click();
  await expect(lessons).toHaveCount(2);
});

test("unknown lessons in a workshop link are left out with a visible note", async ({ page }) => {
  await page.goto("/?lessons=analyze,no-such-lesson");
  await expect(page.getByText("left out: no-such-lesson.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(1);
  await expect(page).toHaveURL(/\/$/);
});

test("the board keeps learners with the same name apart by id, and isolates a right-to-left name", async ({ page }) => {
  await page.goto("/workshop?view=board");
  await page.getByLabel("Or choose progress files:").setInputFiles([
    exportFile("maya-1.json", "Maya", { analyze: { updatedAt: at, checks: passed, drafts: [draft("1", "domain-expert", "share", "Done!")] } }, "aaaa1111bbbb2222"),
    exportFile("maya-2.json", "Ｍａｙａ\u200b", {}, "cccc3333dddd4444"),
    exportFile("eve.json", "\u202eevE", { analyze: { updatedAt: at, code: "x = 1", drafts: [] } }, "eeee5555ffff6666"),
  ]);
  await expect(page.getByRole("heading", { name: "People and teams on the board (3)" })).toBeVisible();
  const grid = page.getByRole("list", { name: "3 learners" });
  await expect(grid.getByRole("listitem").filter({ hasText: "Maya #aaaa" })).toContainText("02 Analyze the data: done");
  await expect(grid.getByRole("listitem").filter({ hasText: "Ｍａｙａ #cccc" })).toContainText("02 Analyze the data: not started");
  // The override is gone and the name sits in its own <bdi>: the rest of the line keeps its order.
  const eve = grid.getByRole("listitem").filter({ hasText: "evE" });
  await expect(eve.locator("bdi")).toHaveText("evE");
  expect(await eve.locator("bdi").evaluate((el) => el.textContent?.includes("\u202e"))).toBe(false);
  await expect(eve).toContainText("02 Analyze the data: working");
  await page.getByRole("button", { name: "Clear board" }).click();
});

/** Lesson 06's review questions as this build ships them: ids and versions from the app's own lesson index. */
async function reviewQuestionsOf(page: Page, slug: string): Promise<{ id: string; version: string }[]> {
  return page.evaluate(async (wanted) => {
    // The index is a module the page has loaded already; importing it again returns the same one.
    const scripts = performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => /\/assets\/[^/]+\.js$/.test(name));
    for (const url of scripts) {
      const module = (await import(/* @vite-ignore */ url).catch(() => ({}))) as Record<string, unknown>;
      // The index is exported as it is or inside the course object (`course.lessons`).
      for (const value of Object.values(module).flatMap((v) => [v, (v as { lessons?: unknown } | null)?.lessons])) {
        const lesson = Array.isArray(value) ? (value as { slug?: string; review?: { questions: { id: string; version: string }[] } }[]).find((l) => l?.slug === wanted) : undefined;
        if (lesson?.review) return lesson.review.questions;
      }
    }
    throw new Error(`no lesson index with ${wanted}'s review found`);
  }, slug);
}

test("the board shows each learner on their own track: a review-track learner's tag, cell label, the Track filter and the counts", async ({ page }) => {
  await page.goto("/workshop?view=board");
  await expect(page.getByText("No files loaded yet.")).toBeVisible();
  const questions = await reviewQuestionsOf(page, "test");
  expect(questions.length).toBeGreaterThanOrEqual(3);
  const [first, second, third] = questions as [(typeof questions)[0], (typeof questions)[0], (typeof questions)[0]];
  const answer = (question: { version: string }, correct: boolean) => ({ given: { option: "x" }, correct, version: question.version, at });
  const file = (name: string, learner: string, track: "code" | "review", lessons: Record<string, unknown>) => ({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "mlops-hands-on-progress", exportedAt: at, progress: { version: 3, learner, track: { value: track, at }, lessons } })),
  });
  const checks = { at, passed: false, results: [{ name: "a", title: "A", passed: true, message: "" }, { name: "b", title: "B", passed: false, message: "Not yet." }] };
  await page.getByLabel("Or choose progress files:").setInputFiles([
    // Maya reviews: two of lesson 06's questions right, one wrong (and one answer to an old version, which does not count).
    file("maya.json", "Maya", "review", {
      test: { updatedAt: at, drafts: [], review: { answers: { [first.id]: answer(first, true), [second.id]: answer(second, false), [third.id]: { ...answer(third, true), version: "old" } } } },
    }),
    // Ken writes the code: one of two checks passing, and one review answer, wrong.
    file("ken.json", "Ken", "code", { test: { updatedAt: at, code: "x = 1", checks, drafts: [], review: { answers: { [second.id]: answer(second, false) } } } }),
  ]);
  await expect(page.getByRole("heading", { name: "People and teams on the board (2)" })).toBeVisible();

  const grid = page.getByRole("list", { name: "2 learners" });
  const maya = grid.getByRole("listitem").filter({ hasText: "Maya" });
  const ken = grid.getByRole("listitem").filter({ hasText: "Ken" });
  await expect(maya.getByText("Review", { exact: true })).toBeVisible();
  await expect(ken.getByText("Code", { exact: true })).toBeVisible();
  const total = questions.length;
  await expect(maya).toContainText(`06 Test the model against the business goal: working · Review track: 1 of ${total} answered right · Code: not started`);
  await expect(ken).toContainText(`06 Test the model against the business goal: working · Code track: 1 of 2 checks pass · Review: working, 0 of ${total} answered right`);
  await expect(page.getByText("1 learner on the code track, 1 on the review track.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The Track filter keeps one track's rows, and the summary counts follow it.
  const testRow = page.getByRole("row", { name: /06 Test the model against/ });
  await expect(testRow.getByRole("cell")).toHaveText(["0", "2", "0", "0"]);
  await page.getByLabel("Track").selectOption({ label: "Review track" });
  await expect(page.getByRole("list", { name: "1 learner" }).getByRole("listitem")).toHaveText([/Maya/]);
  await expect(testRow.getByRole("cell")).toHaveText(["0", "1", "0", "0"]);
  await expect(page.getByRole("row", { name: /Analyze the data/ }).getByRole("cell")).toHaveText(["0", "0", "0", "1"]);
  await page.getByLabel("Track").selectOption({ label: "Code track" });
  await expect(page.getByRole("list", { name: "1 learner" }).getByRole("listitem")).toHaveText([/Ken/]);
  await page.getByLabel("Track").selectOption({ label: "Both tracks" });
  await expect(page.getByRole("list", { name: "2 learners" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing is cut on a phone-sized screen: the tags stay whole beside the names.
  await page.setViewportSize({ width: 390, height: 800 });
  const tag = maya.locator(".track-tag");
  const box = (await tag.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await tag.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole("button", { name: "Clear board" }).click();
});
