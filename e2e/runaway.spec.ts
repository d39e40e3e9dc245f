// Runaway and broken code never breaks the page: a clear message, the code kept, Python ready again.
// Runs with and without cross-origin isolation (the fallback restarts the worker).
import { editorText, expect, runCode, setCode, test, waitForPython } from "./fixtures";

const cases: { name: string; code: string; stop?: boolean; expected: RegExp }[] = [
  { name: "time.sleep(60)", code: "import time\nprint('sleeping')\ntime.sleep(60)\n", stop: true, expected: /Stopped\. Your code is unchanged/ },
  { name: "a huge allocation", code: "x = [0] * (10 ** 10)\n", expected: /MemoryError|OverflowError|restarted/ },
  { name: "a growing list past the browser's memory", code: "chunks = []\nwhile True:\n    chunks.append(bytearray(100 * 1024 * 1024))\n", expected: /MemoryError|restarted/ },
  { name: "infinite recursion", code: "def f(n):\n    return f(n + 1)\n\nf(0)\n", expected: /RecursionError/ },
  {
    name: "recursion past the interpreter's own stack",
    code: "import sys\nsys.setrecursionlimit(10 ** 6)\nx = []\nfor _ in range(200_000):\n    x = [x]\nprint(len(repr(x)))\n",
    expected: /ran out of stack/,
  },
  { name: "sys.exit()", code: "import sys\nprint('before exit')\nsys.exit(2)\nprint('after exit')\n", expected: /Your code called sys\.exit\(2\)/ },
  { name: "a million printed lines", code: "for i in range(1_000_000):\n    print(i)\n", expected: /output truncated/ },
  { name: "reaching for the page through js", code: "import js\njs.document.body.innerHTML = 'gone'\n", expected: /sandbox without access to the browser page/ },
];

for (const { name, code, stop, expected } of cases) {
  test(`survives ${name}`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto("/lessons/getting-started");
    await waitForPython(page);
    await setCode(page, code);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    if (stop) {
      await expect(page.getByTestId("output")).toContainText("sleeping");
      await page.getByRole("button", { name: "Stop" }).click();
    }
    await expect(page.getByTestId("output")).toContainText(expected, { timeout: 90_000 });
    // Never the runtime's own frames or files.
    await expect(page.getByTestId("output")).not.toContainText(/harness|_pyodide|pyodide\.asm|\/lib\/python/);
    // The page is intact and responsive, the learner's code is still there, Python runs again.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await editorText(page)).toContain(code.split("\n")[0]!.slice(0, 20));
    await waitForPython(page);
    await expect(await runCode(page, "print('still here', 1 + 1)\n")).toContainText("still here 2");
  });
}

test("the editor marks the line of a Python error", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  await expect(await runCode(page, "x = 1\ny = x +\n")).toContainText("error on line 2");
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(1);
});
