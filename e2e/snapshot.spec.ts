// The memory snapshot made at build time, restored in Chromium, behaves like a fresh
// interpreter: its own random state in every restore, nothing of the build machine in its
// environment, the standard library the lessons use, and every lesson's solution passing.
import { readdirSync, readFileSync } from "node:fs";
import { expect, runCode, test, waitForPython } from "./fixtures";

const probe = `import json, os, random, sys
print("PROBE " + json.dumps({"random": random.random(), "env": dict(os.environ), "cwd": os.getcwd(), "executable": sys.executable, "argv": sys.orig_argv, "path": sys.path}))
`;

test("each restore has its own random state and the browser's environment, nothing of the build", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect(page.getByRole("status").filter({ hasText: "Python ready" })).toHaveAttribute("data-started-from", "snapshot");
  type Probe = { random: number; env: Record<string, string>; cwd: string; executable: string; argv: string[]; path: string[] };
  const restore = async () => {
    const output = await runCode(page, probe);
    await expect(output).toContainText("PROBE");
    return JSON.parse(/PROBE (.+)/.exec(await output.innerText())![1]!) as Probe;
  };
  const first = await restore();
  const second = await restore();
  expect(first.random).not.toBe(second.random);
  const lang = await page.evaluate(() => `${navigator.language.replace("-", "_")}.UTF-8`);
  expect(first.env).toEqual({
    USER: "web_user",
    LOGNAME: "web_user",
    PATH: "/",
    PWD: "/",
    HOME: "/home/pyodide",
    LANG: lang,
    _: "./this.program",
    PYTHONINSPECT: "1",
    LD_LIBRARY_PATH: "/usr/lib:/lib/python3.14/site-packages",
  });
  // As a plain start in the browser has them.
  expect(first.cwd).toBe("/home/learner");
  expect(first.executable).toBe("/home/pyodide/this.program");
  expect(first.argv).toEqual(["./this.program"]);
  expect(first.path).toEqual(["", "/lib/python314.zip", "/lib/python3.14/lib-dynload", "/lib/python3.14/site-packages", "/course"]);
  expect(JSON.stringify(first)).not.toMatch(/\/work\/|node_modules|vite/);

  const modules = ["csv", "json", "statistics", "hashlib", "math", "random", "io", "os", "sys", "traceback", "types", "contextlib", "collections", "datetime", "functools", "itertools", "operator", "numbers", "time", "sqlite3", "decimal", "fractions", "bisect", "heapq", "string", "re", "textwrap"];
  await expect(await runCode(page, `import ${modules.join(", ")}\nprint("imported", ${modules.length})\n`)).toContainText(`imported ${modules.length}`);
});

test("every lesson's solution passes its checks, each check in an interpreter restored for it", async ({ page }) => {
  test.setTimeout(240_000);
  const folders = readdirSync("lessons").filter((name) => /^\d\d-/.test(name)).sort();
  await page.goto("/");
  for (const folder of folders) {
    const title = readFileSync(`lessons/${folder}/lesson.en.md`, "utf8").match(/^title: (.+)$/m)![1]!;
    await page.getByRole("link", { name: "MLOps Hands-on" }).click();
    await page.getByRole("link", { name: new RegExp(title) }).first().click();
    await waitForPython(page);
    await runCode(page, readFileSync(`lessons/${folder}/solution.py`, "utf8"));
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.getByText(/All \d+ checks passed/), folder).toBeVisible({ timeout: 60_000 });
  }
});
