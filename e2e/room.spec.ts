// A live workshop room end to end: the room server started here on a temporary database, a
// facilitator and three learners in their own browser contexts, a restart in the middle.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, setCode, test, waitForPython } from "./fixtures";

const PORT = Number(process.env.ROOM_E2E_PORT ?? 4422);
const BASE = `http://localhost:${PORT}`;
const DIST = process.env.OUT_DIR ?? "dist";
const SOLUTION = readFileSync("lessons/00-getting-started/solution.py", "utf8");
const LOCAL = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/;

async function startRoomServer(db: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--port", String(PORT), "--host", "127.0.0.1", "--db", db, "--dist", DIST], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`room server exited: ${output}`);
    if (output.includes("Facilitator page:")) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`room server did not start: ${output}`);
}

async function stopRoomServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** A learner's own browser: the fixture's guards (no non-local host, nothing the policy must block), and a log of room API calls. */
async function learnerContext(newContext: () => Promise<BrowserContext>, external: string[]) {
  const context = await newContext();
  const api: string[] = [];
  context.on("requestfailed", (request) => {
    if (/csp/i.test(request.failure()?.errorText ?? "")) external.push(`blocked by the policy: ${request.url()}`);
  });
  context.on("request", (request) => {
    if (/^https?:/.test(request.url()) && !LOCAL.test(request.url())) external.push(request.url());
    if (new URL(request.url()).pathname.startsWith("/api/")) api.push(`${request.method()} ${request.url()}`);
  });
  await context.route((url) => /^https?:$/.test(url.protocol) && !LOCAL.test(url.href), (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  return { context, page: await context.newPage(), api };
}

async function joinRoom(page: Page, link: string, name: string, team: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Join the workshop room" })).toBeVisible();
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Team (optional)").fill(team);
  await page.getByRole("button", { name: "Join and share" }).click();
  await expect(page.getByRole("complementary", { name: "Workshop room" })).toContainText(`sharing as ${name}`);
}

test("a facilitator sees a live room: stuck learners, a finished lesson, a restart, the time box; a learner who declines shares nothing", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const db = join(mkdtempSync(join(tmpdir(), "room-e2e-")), "rooms.sqlite");
  let server = await startRoomServer(db);
  const external: string[] = [];
  const contexts: BrowserContext[] = [];
  try {
    // The facilitator creates a room and gets its code, link and QR code.
    await page.goto(`${BASE}/workshop?view=room`);
    await page.getByLabel("Room name (optional)").fill("Friday workshop");
    await page.getByRole("button", { name: "Create a room" }).click();
    const board = page.getByRole("region", { name: "Live room" });
    await expect(board.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await expect(board.getByRole("img", { name: "QR code of the join link" })).toBeVisible();
    const link = await page.getByRole("textbox", { name: "Join link" }).inputValue();
    expect(link).toMatch(new RegExp(`^${BASE}/join/[2-9A-HJKMNP-Z]{8}\\?lang=en$`));
    await expectNoSeriousA11yViolations(page);

    const newContext = () => browser.newContext({ baseURL: BASE });
    const aiko = await learnerContext(newContext, external);
    const ben = await learnerContext(newContext, external);
    const chen = await learnerContext(newContext, external);
    contexts.push(aiko.context, ben.context, chen.context);

    // Chen reads what would be shared and declines: not one request reaches the room API.
    await chen.page.goto(link);
    await expect(chen.page.getByRole("heading", { name: "What the facilitator will see" })).toBeVisible();
    await expect(chen.page.getByText("Your code is not shared.")).toBeVisible();
    await expectNoSeriousA11yViolations(chen.page);
    await chen.page.getByRole("button", { name: "Not now" }).click();
    await expect(chen.page.getByRole("status").filter({ hasText: "Nothing was shared." })).toBeVisible();
    await chen.page.getByRole("link", { name: "Go to the course" }).click();
    await chen.page.goto(`${BASE}/lessons/getting-started`);
    await waitForPython(chen.page);
    await expect(chen.page.getByRole("complementary", { name: "Workshop room" })).toHaveCount(0);

    // Aiko joins, fails a check and raises her hand.
    await joinRoom(aiko.page, link, "Aiko", "Blue");
    await aiko.page.goto(`${BASE}/lessons/getting-started`);
    await waitForPython(aiko.page);
    await aiko.page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(aiko.page.getByText(/of \d+ checks passed/)).toBeVisible();
    await aiko.page.getByRole("button", { name: "I'm stuck" }).click();
    await expect(aiko.page.getByText("Your hand is raised: the facilitator will come to you.")).toBeVisible();
    await expectNoSeriousA11yViolations(aiko.page);

    // Ben joins and finishes the lesson: checks pass and a request drafted.
    await joinRoom(ben.page, link, "Ben", "Green");
    await ben.page.goto(`${BASE}/lessons/getting-started`);
    await waitForPython(ben.page);
    await setCode(ben.page, SOLUTION);
    await ben.page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(ben.page.getByText(/All \d+ checks passed/)).toBeVisible();
    await ben.page.getByRole("button", { name: "Add a request" }).click();
    await ben.page.getByLabel("Your request").fill("Ken, which sales count as normal sales?");

    // The board shows both within seconds.
    const hands = board.getByRole("region", { name: /Raised hands/ });
    await expect(hands.getByRole("listitem")).toContainText(["Aiko"], { timeout: 10_000 });
    await expect(hands).toContainText("00 Getting started");
    const grid = board.getByRole("list", { name: "2 learners" });
    await expect(grid.getByRole("listitem").filter({ hasText: "Ben" })).toContainText("00 Getting started: done", { timeout: 10_000 });
    await expect(grid.getByRole("listitem").filter({ hasText: "Aiko" })).toContainText("00 Getting started: working");
    await expect(board.getByRole("region", { name: "Role not chosen" })).toContainText("Ken, which sales count as normal sales?", { timeout: 10_000 });
    await expectNoSeriousA11yViolations(page);

    // The facilitator answers Aiko's hand; her page says so.
    await hands.getByRole("button", { name: /Mark .*Aiko.* hand answered/ }).click();
    await expect(aiko.page.getByText("The facilitator has seen your hand.")).toBeVisible({ timeout: 10_000 });
    await expect(hands).toContainText("No raised hands.");

    // The server restarts: board and learners come back by themselves, nothing lost.
    await stopRoomServer(server);
    await expect(aiko.page.getByText(/Reconnecting/)).toBeVisible({ timeout: 15_000 });
    server = await startRoomServer(db);
    await expect(board.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 30_000 });
    await expect(aiko.page.getByText("Connected", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(grid.getByRole("listitem").filter({ hasText: "Ben" })).toContainText("00 Getting started: done");
    await aiko.page.getByRole("button", { name: "I'm stuck" }).click();
    await expect(hands.getByRole("listitem")).toContainText(["Aiko"], { timeout: 10_000 });

    // The facilitator's time box appears on the learners' pages.
    await page.getByRole("link", { name: "Time box" }).click();
    await page.getByRole("button", { name: "10 minutes" }).click();
    await page.getByLabel(/Show this time box on learners' pages/).check();
    await page.getByRole("button", { name: "Start" }).click();
    for (const learner of [aiko, ben]) {
      await expect(learner.page.getByRole("timer", { name: "Time box" })).toHaveText(/Time box: (10|9) minutes left/, { timeout: 10_000 });
    }
    await page.getByLabel(/Show this time box on learners' pages/).uncheck();
    await expect(ben.page.getByRole("timer", { name: "Time box" })).toHaveCount(0, { timeout: 10_000 });

    // Leaving stops the sharing; the board lets go of the learner.
    await ben.page.getByRole("button", { name: "Leave the room" }).click();
    await ben.page.getByRole("button", { name: "Leave", exact: true }).click();
    await expect(ben.page.getByText("You left the room. Nothing more is shared.")).toBeVisible();
    await page.getByRole("link", { name: "Live room" }).click();
    await expect(board.getByRole("list", { name: "1 learner" })).toBeVisible({ timeout: 10_000 });

    expect(chen.api).toEqual([]);
    expect(aiko.api.length).toBeGreaterThan(0);
  } finally {
    for (const context of contexts) await context.close();
    await stopRoomServer(server);
  }
  expect(external, "the app must not request any non-local host, nor need the policy to block a request").toEqual([]);
});

test("the live room shows reviewers on their track: review progress in the grid, the question most answered wrong, each answer in a learner's details", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const db = join(mkdtempSync(join(tmpdir(), "room-e2e-")), "rooms.sqlite");
  const server = await startRoomServer(db);
  const external: string[] = [];
  const contexts: BrowserContext[] = [];
  try {
    await page.goto(`${BASE}/workshop?view=room`);
    await page.getByRole("button", { name: "Create a room" }).click();
    const board = page.getByRole("region", { name: "Live room" });
    await expect(board.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    const link = await page.getByRole("textbox", { name: "Join link" }).inputValue();

    // Two product managers take the review track and both read the worst slice's share wrong in lesson 06.
    const newContext = () => browser.newContext({ baseURL: BASE });
    const firstQuestion: Record<string, Locator> = {};
    for (const name of ["Dana", "Eli"]) {
      const learner = await learnerContext(newContext, external);
      contexts.push(learner.context);
      await joinRoom(learner.page, link, name, "Product");
      await learner.page.goto(`${BASE}/`);
      await learner.page.getByRole("group", { name: "How do you take part?" }).getByRole("radio", { name: /I review and decide/ }).check();
      await learner.page.goto(`${BASE}/lessons/test`);
      const first = learner.page.getByRole("group", { name: /^Question 1 of 5/ });
      await first.getByLabel(/Your answer/).fill("67.4");
      await first.getByRole("button", { name: "Check answer" }).click();
      await expect(first).toContainText("Not right yet.");
      firstQuestion[name] = first;
    }

    const grid = board.getByRole("list", { name: "2 learners" });
    const dana = grid.getByRole("listitem").filter({ hasText: "Dana" });
    await expect(dana).toContainText("Review track");
    await expect(dana).toContainText("06 Test the model against the business goal: working · Review track: 0 of 5 answered right", { timeout: 10_000 });
    await expect(board.getByText("0 learners on the code track, 2 on the review track.")).toBeVisible();
    // A question the room gets wrong, worth discussing on the presenter's screen.
    const wrong = board.getByRole("region", { name: "Review questions most of the room answers wrong now" });
    await expect(wrong.getByRole("listitem")).toHaveText(["06 Test the model against the business goal, review question 1 · 2 of 2 who answered it got it wrong"], { timeout: 10_000 });

    // Eli then gets it right: one wrong answer left is not yet a question for the room.
    await firstQuestion.Eli!.getByLabel(/Your answer/).fill("30");
    await firstQuestion.Eli!.getByRole("button", { name: "Check answer" }).click();
    await expect(firstQuestion.Eli!).toContainText("Right.");
    await expect(grid.getByRole("listitem").filter({ hasText: "Eli" })).toContainText("Review track: 1 of 5 answered right", { timeout: 10_000 });
    await expect(wrong).toContainText("No review question is answered wrong by more than one learner.");

    await dana.getByRole("button", { name: "Dana" }).click();
    const detail = page.getByRole("dialog");
    await expect(detail).toContainText("Track: “I review and decide”");
    await expect(detail).toContainText("Review: In progress · Code: Not started");
    const answers = detail.getByRole("list", { name: /Test the model against the business goal/ });
    await expect(answers.getByRole("listitem").first()).toContainText("Question 1: wrong");
    await expect(answers.getByRole("listitem").first()).toContainText("what share of its suggestions");
    await expect(answers.getByRole("listitem").nth(1)).toContainText("Question 2: not answered");
    await expectNoSeriousA11yViolations(page);
    await detail.getByRole("button", { name: "Close" }).click();
  } finally {
    for (const context of contexts) await context.close();
    await stopRoomServer(server);
  }
  expect(external, "the app must not request any non-local host, nor need the policy to block a request").toEqual([]);
});
