// Artifacts flow: a lesson reads the files the learner's own code wrote in an earlier lesson.
import { readFileSync } from "node:fs";
import { expect, runCode, setCode, test, waitForPython } from "./fixtures";

const preprocess = readFileSync("lessons/04-preprocess/solution.py", "utf8");
const train = readFileSync("lessons/05-train/solution.py", "utf8");

// The learner's 04 code leaves a mark in its preprocessor so lesson 05 can tell whose file it reads.
const markedPreprocess = `${preprocess}
import json as _json
_p = _json.load(open("preprocessor.json"))
_p["made_by"] = "learner-e2e"
_json.dump(_p, open("preprocessor.json", "w"))
`;

test("lesson 05 reads the files the learner's lesson 04 code wrote, also after a reload", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/preprocess");
  const inputs = page.getByRole("complementary", { name: "Files this lesson reads" });
  await expect(inputs).toContainText("reference solutions");
  await expect(inputs).toContainText("dataset.csv");
  await waitForPython(page);

  await setCode(page, markedPreprocess);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole("link", { name: /Train and choose a model/ }).click();
  await expect(inputs).toContainText("From your own work in earlier lessons: preprocessor.json, train.csv");
  await page.reload();
  await expect(inputs).toContainText("From your own work in earlier lessons: preprocessor.json, train.csv");
  await waitForPython(page);

  await expect(await runCode(page, 'import json\nprint("made by", json.load(open("preprocessor.json")).get("made_by"))\n')).toContainText("made by learner-e2e");

  await setCode(page, train);
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible({ timeout: 60_000 });

  // Back to the course's files on request.
  await page.getByRole("button", { name: "Use the reference files instead of mine" }).click();
  await expect(inputs).toContainText("reference solutions");
  await expect(await runCode(page, 'import json\nprint("made by", json.load(open("preprocessor.json")).get("made_by"))\n')).toContainText("made by None");
});

test("a later lesson started first runs on reference files and says so", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/lessons/test");
  await expect(page.getByRole("complementary", { name: "Files this lesson reads" })).toContainText(
    "From the course's reference solutions, because you have not produced them yet: business_goal.json, preprocessor.json, model.json, test.csv",
  );
  await waitForPython(page);
  await setCode(page, readFileSync("lessons/06-test/solution.py", "utf8"));
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/All \d+ checks passed/)).toBeVisible({ timeout: 90_000 });
});

// After a lesson's first check the sandbox keeps what the check derives from the input files,
// made in an interpreter of its own; later checks on the same files start from it, and checks on
// other files must not.
test("checks after the first are as right as the first, and follow input files that changed", async ({ page }) => {
  test.setTimeout(240_000);
  const testSolution = readFileSync("lessons/06-test/solution.py", "utf8");
  const allPassed = page.getByText(/All \d+ checks passed/);
  const check = () => page.getByRole("button", { name: "Check", exact: true }).click();
  await page.goto("/lessons/test");
  await waitForPython(page);
  await setCode(page, testSolution);
  await check();
  await expect(allPassed).toBeVisible({ timeout: 90_000 });
  // Time for the reference to be made; then a mistake still gets its own message.
  await page.waitForTimeout(3000);
  await setCode(page, readFileSync("lessons/06-test/mistakes/go_on_overall_only.py", "utf8"));
  await check();
  await expect(page.getByText(/but the slice .* of its predictions within/)).toBeVisible({ timeout: 60_000 });
  await expect(allPassed).toHaveCount(0);
  await setCode(page, testSolution);
  await check();
  await expect(allPassed).toBeVisible({ timeout: 60_000 });

  // The learner's own lesson 05 writes a model whose predictions are 5 % higher: lesson 06 then
  // reads other files, and its check must judge the report against them, not the reference's.
  // Moving between lessons by their links keeps the page, and with it the sandbox's references.
  await page.getByRole("link", { name: /Train and choose a model/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Train and choose a model");
  const nudged = `${train}\n_m = json.load(open("model.json"))\n_m["intercept"] += 0.05\njson.dump(_m, open("model.json", "w"))\n`;
  await expect(await runCode(page, nudged)).toContainText("chosen: ridge-alpha", { timeout: 60_000 });
  await page.getByRole("link", { name: /Test the model against the business goal/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Test the model against the business goal");
  await expect(page.getByRole("complementary", { name: "Files this lesson reads" })).toContainText("From your own work in earlier lessons");
  await setCode(page, testSolution);
  await check();
  await expect(allPassed).toBeVisible({ timeout: 60_000 });
  // A report made as if from the course's model (undoing the nudge in memory) no longer matches.
  const asIfCourseModel = testSolution.replace('    model = json.load(f)\n', '    model = json.load(f)\nmodel = {**model, "intercept": model["intercept"] - 0.05}\n');
  expect(asIfCourseModel).not.toBe(testSolution);
  await page.waitForTimeout(3000);
  await setCode(page, asIfCourseModel);
  await check();
  await expect(page.getByText(/of \d+ checks passed/)).toBeVisible({ timeout: 60_000 });
  await expect(allPassed).toHaveCount(0);
});
