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
