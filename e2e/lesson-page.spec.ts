// The lesson page as a learner works on it: results never stale, done visible, output that fits,
// task and code together, the solution usable.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, runCode, setCode, test, waitForPython } from "./fixtures";

/** The learner's editor only (the solution's viewer is a Monaco editor too). */
const editorText = async (page: Page) => (await page.locator(".editor-frame .monaco-editor .view-lines").innerText()).replace(/\u00a0/g, " ");

const lesson01 = (file: string) => readFileSync(`lessons/01-business-understanding/${file}`, "utf8");

test("a failed check turns grey once the code changes, a silent run says so, and done ticks itself", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  const done = page.getByRole("region", { name: "Done when" });
  await expect(done.getByRole("listitem")).toHaveText([/Not yet: Every check passes/, /Not yet: You have drafted/]);

  await page.getByRole("button", { name: "Check", exact: true }).click();
  const summary = page.getByTestId("check-results").getByRole("status");
  await expect(summary).toHaveText(/\d+ of \d+ checks passed/);
  await expect(page.getByRole("button", { name: "Check again" })).toHaveCount(0);

  // The learner pastes the solution and presses Run: the old red verdict does not stay as it was.
  await runCode(page, lesson01("solution.py"));
  await expect(page.getByTestId("output")).toContainText("Wrote business_goal.json");
  await expect(summary).toHaveText(/Last check: \d+ of \d+ passed, for an earlier version\./);
  await expect(page.getByText(/These results are for an earlier version of your code/)).toBeVisible();
  await expect(page.getByTestId("check-results")).toHaveClass(/stale/);
  await page.getByTestId("check-results").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/page-stale.png" });
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

const lesson02 = (file: string) => readFileSync(`lessons/02-analyze/${file}`, "utf8");

test("on a phone the histogram fits the output, nothing overflows, and an empty chart is a sentence", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/lessons/analyze");
  await waitForPython(page);
  const output = await runCode(page, lesson02("solution.py"));
  const chart = output.locator(".chart svg");
  await expect(chart).toBeVisible();
  const fits = await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>("[data-testid=output]")!;
    const svg = body.querySelector("svg")!.getBoundingClientRect();
    const box = body.getBoundingClientRect();
    return {
      svgInside: svg.left >= box.left - 1 && svg.right <= box.right + 1,
      outputScrolls: body.scrollWidth > body.clientWidth + 1 || getComputedStyle(body).overflowY !== "visible",
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  expect(fits).toEqual({ svgInside: true, outputScrolls: false, pageScrolls: false });
  await page.screenshot({ path: "/tmp/page-390-chart.png", fullPage: false });
  await output.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/page-390-output.png" });

  // Wider again: the chart is laid out anew for the wider output.
  const narrow = (await chart.boundingBox())!.width;
  await page.setViewportSize({ width: 900, height: 844 });
  await expect.poll(async () => (await chart.boundingBox())!.width).toBeGreaterThan(narrow + 100);

  // Lesson 01's starter plots an empty list: a sentence, not an empty chart with a lone tick.
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("output")).toContainText("The chart “Cumulative return (USD)” has nothing to draw yet");
  await expect(page.getByTestId("output").locator(".chart")).toHaveCount(0);
});

test("at 1440x900 the task and the code sit side by side and the editor stays in view while the task scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/lessons/analyze");
  await waitForPython(page);
  const how = page.getByRole("region", { name: "How you do it" });
  const editor = page.locator(".editor-frame");
  await how.scrollIntoViewIfNeeded();
  const [howBox, editorBox] = [(await how.boundingBox())!, (await editor.boundingBox())!];
  expect(editorBox.x).toBeGreaterThan(howBox.x + howBox.width - 1);
  // Read through the task, from its first line at the top to its last at the bottom of the
  // screen: the editor, Run and the output are on screen all the way.
  const steps = await how.locator("p, li, pre, table").all();
  const reading = [
    [steps[0]!, "start"],
    [steps[Math.floor(steps.length / 2)]!, "center"],
    [steps.at(-1)!, "end"],
  ] as const;
  for (const [step, block] of reading) {
    await step.evaluate((element, at) => element.scrollIntoView({ block: at }), block);
    await expect(editor).toBeInViewport();
    await expect(page.getByRole("button", { name: "Run", exact: true })).toBeInViewport();
    await expect(page.getByTestId("output")).toBeInViewport();
  }
  await page.screenshot({ path: "/tmp/page-1440-side-by-side.png" });
  // The jump links are for narrow screens only.
  await expect(page.getByRole("link", { name: "Go to the code editor" })).toBeHidden();
  await expectNoSeriousA11yViolations(page);
});

test("on a phone the task comes first with a link to the editor and back", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/lessons/analyze");
  await page.getByRole("link", { name: "Go to the code editor" }).click();
  await expect(page.getByRole("heading", { name: "Code exercise" })).toBeInViewport();
  await page.screenshot({ path: "/tmp/page-390-editor.png" });
  await page.getByRole("link", { name: "Back to the task" }).click();
  await expect(page.getByRole("heading", { name: "How you do it" })).toBeInViewport();
  await page.goto("/lessons/analyze");
  await page.screenshot({ path: "/tmp/page-390-top.png" });
  await expectNoSeriousA11yViolations(page);
});

test("the solution is highlighted, compares with my code, and Put it in the editor then Undo restores my code", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await setCode(page, "mine = 'my own attempt'\n");
  for (let i = 0; i < 10; i++) {
    const hint = page.getByRole("button", { name: /^Show hint/ });
    if ((await hint.count()) === 0) break;
    await hint.click();
  }
  await page.getByRole("button", { name: "Show the solution" }).click();
  const viewer = page.locator(".solution .monaco-editor");
  await expect(viewer).toBeVisible();
  // Highlighted: Monaco colours Python keywords with their own token class.
  await expect(viewer.locator(".view-lines span[class*=mtk]").filter({ hasText: "def" }).first()).toBeVisible();
  await expect(viewer.locator("textarea, .native-edit-context").first()).toHaveAttribute("aria-label", "Reference solution (read only)");

  await page.getByRole("button", { name: "Compare with my code" }).click();
  const diff = page.getByRole("group", { name: "Your code (left) and the reference solution (right)" });
  await expect(diff.locator(".monaco-diff-editor")).toBeVisible();
  await expect(diff).toContainText("my own attempt");
  await expect(diff.locator(".line-insert, .char-insert").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/page-1440-diff.png" });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Hide the comparison" }).click();

  // It asks first; Cancel changes nothing.
  await page.getByRole("button", { name: "Put it in the editor" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect.poll(() => editorText(page)).toContain("my own attempt");
  await page.getByRole("button", { name: "Put it in the editor" }).click();
  await page.getByRole("button", { name: "Yes, replace my code" }).click();
  await expect.poll(() => editorText(page)).toContain("def monthly_value");
  await expect(page.getByText("The reference solution is in your editor.")).toBeVisible();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => editorText(page)).toContain("my own attempt");
  await expect(page.getByText("Your own code is back in the editor.")).toBeVisible();
});

test("a lesson and the whole course download as notebooks with the learner's code", async ({ page }) => {
  await page.goto("/lessons/business-understanding");
  await waitForPython(page);
  await setCode(page, "mine = 'kept in the notebook'\n");
  const read = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), notebook: JSON.parse(readFileSync(path, "utf8")) as { nbformat: number; nbformat_minor: number; cells: { id: string; cell_type: string; source: string[] }[] } };
  };
  const { name, notebook } = await read("Download this lesson as a notebook (.ipynb)");
  expect(name).toBe("01-business-understanding.ipynb");
  expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
  expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(notebook.cells.length);
  const code = notebook.cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.source.join(""));
  expect(code).toContain("mine = 'kept in the notebook'\n");
  expect(notebook.cells.some((cell) => cell.cell_type === "markdown" && cell.source.join("").startsWith("## Why it matters"))).toBe(true);
  await expect(page.getByRole("link", { name: "Download the data (ames.csv)" })).toHaveAttribute("download", "ames.csv");

  await page.getByRole("link", { name: "MLOps Hands-on" }).click();
  const course = await read("Download the whole course as one notebook (.ipynb)");
  expect(course.name).toBe("mlops-hands-on.ipynb");
  const titles = course.notebook.cells.filter((cell) => cell.cell_type === "markdown" && cell.source[0]?.startsWith("# "));
  expect(titles.length).toBeGreaterThanOrEqual(7);
  expect(course.notebook.cells.map((cell) => cell.source.join(""))).toContain("mine = 'kept in the notebook'\n");
  await expectNoSeriousA11yViolations(page);
});
