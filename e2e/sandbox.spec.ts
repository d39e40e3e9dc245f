// Pasted code cannot take over the course: learner Python, whatever JavaScript it reaches, runs
// in an opaque-origin sandbox with no storage of the course's, no page and no network, and
// cannot make a check pass. Written as an attacker would; runs with and without isolation.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, runCode, setCode, test, waitForPython } from "./fixtures";

const LESSON = "/lessons/business-understanding";
const lessonFile = (name: string) => readFileSync(`lessons/01-business-understanding/${name}`, "utf8");

/** Everything the course keeps in this browser, with file contents as digests. */
function storageState(page: Page) {
  return page.evaluate(async () => {
    const hex = async (data: ArrayBuffer) =>
      Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", data)), (b) => b.toString(16).padStart(2, "0")).join("");
    const local = Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
    const cached: Record<string, string[]> = {};
    for (const name of (await caches.keys()).sort()) {
      const cache = await caches.open(name);
      const entries: string[] = [];
      for (const request of await cache.keys()) entries.push(`${request.url} ${await hex(await (await cache.match(request))!.arrayBuffer())}`);
      cached[name] = entries.sort();
    }
    const databases: Record<string, string> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        databases[`${name}/${store}`] = JSON.stringify(all);
      }
      db.close();
    }
    const workers = (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL ?? "");
    return { local, cached, databases, workers };
  });
}

async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== "activated") {
      await new Promise<void>((resolve) => registration.active?.addEventListener("statechange", () => resolve()));
    }
  });
}

/** Reaches the worker's JavaScript by every route the issue names and tries each door. */
const attack = (origin: string) => `
import importlib, sys, time
js = importlib.import_module("js")
sys.modules["js"]
pyodide_js = importlib.import_module("pyodide_js")
ffi = importlib.import_module("pyodide.ffi")
ORIGIN = ${JSON.stringify(origin)}
results = {}
def attempt(name, fn):
    try:
        results[name] = "REACHED " + str(fn())[:40]
    except BaseException as e:
        results[name] = "blocked"
def xhr(url):
    x = js.XMLHttpRequest.new()
    x.open("GET", url, False)
    x.send()
    return x.status
attempt("globalThis", lambda: pyodide_js.constructor.constructor("return globalThis")())
attempt("ffi", lambda: ffi.run_js("globalThis"))
attempt("localStorage", lambda: js.localStorage.setItem("pwned", "1"))
attempt("indexedDB", lambda: js.indexedDB.open("pwned"))
attempt("caches", lambda: js.caches.open("pwned"))
attempt("serviceWorker", lambda: js.navigator.serviceWorker.register("/sw.js"))
attempt("document", lambda: js.document.body)
attempt("parent", lambda: js.parent.document)
attempt("same-origin request", lambda: xhr(ORIGIN + "/pwned-xhr"))
attempt("remote request", lambda: xhr("http://example.com/pwned-remote"))
attempt("same-origin script", lambda: js.importScripts(ORIGIN + "/pwned-script.js"))
js.fetch(ORIGIN + "/pwned-fetch")
js.fetch("http://example.com/pwned-fetch")
time.sleep(1)
print(sorted(results.items()))
print("reached:", [name for name, r in results.items() if r.startswith("REACHED")])
`;

test("learner code reaches no storage, no service worker, no page and no network", async ({ page, policyBlocked, externalRequests }, testInfo) => {
  test.setTimeout(120_000);
  const origin = testInfo.project.use.baseURL!;
  const hits: string[] = [];
  await page.route("**/pwned*", (route) => {
    hits.push(route.request().url());
    return route.fulfill({ body: "pwned" });
  });
  await page.goto(LESSON);
  await waitForPython(page);
  await offlineReady(page);
  // Something of the learner's in every store: code in progress, an artifact, the precache.
  await expect(await runCode(page, lessonFile("solution.py"))).toContainText("Payback month: 5");
  await setCode(page, attack(origin));
  await page.waitForTimeout(1000); // the edit is saved (debounced)
  const before = await storageState(page);
  expect(Object.keys(before.databases).length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Run", exact: true }).click();
  const output = page.getByTestId("output");
  await expect(output).toContainText("reached: []", { timeout: 30_000 });
  // The Run, and the Check made ahead of a click once it ended (a fresh worker of the same
  // sandbox), each tried both requests; so may a check made ahead of the rested edit, ended by the Run.
  await expect.poll(() => policyBlocked.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(1500);

  expect(await storageState(page)).toEqual(before);
  expect(hits).toEqual([]);
  expect(externalRequests).toEqual([]);
  // The requests were stopped by the policy before they left the browser (a script import is
  // refused before it is even a request).
  expect([...new Set(policyBlocked)].sort()).toEqual([`${origin}/pwned-xhr`, "http://example.com/pwned-remote"].sort());
  policyBlocked.length = 0;
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Business Understanding");
});

test("a patched harness, a replaced builtin or a forged result never makes the starter pass", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LESSON);
  await waitForPython(page);
  const starter = lessonFile("starter.py");
  // When the stored result's time changes, the new results are the ones on the page.
  const checkedAt = () => page.evaluate(() => JSON.parse(localStorage.getItem("mlops-course:progress") ?? "{}").lessons?.["business-understanding"]?.checks?.at ?? null);
  const checkTheStarter = async (code: string) => {
    await setCode(page, code);
    const previous = await checkedAt();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect.poll(checkedAt, { timeout: 30_000 }).not.toBe(previous);
    const summary = page.getByText(/of \d+ checks passed|All \d+ checks passed/);
    await expect(summary).toBeVisible();
    return { summary: await summary.textContent(), details: await page.locator(".check-list").textContent() };
  };
  const honest = await checkTheStarter(starter);
  expect(honest.summary).toMatch(/of \d+ checks passed/);

  const tamper = `
import importlib, sys, builtins, types
js = importlib.import_module("js")
harness = sys.modules["harness"]
passed = [{"name": "test_all", "title": "all", "passed": True, "message": ""}]
harness.check_tests = lambda *a, **k: passed
harness._test_functions = lambda *a: []
harness._failure_message = lambda *a: ""
builtins.abs = lambda x: 0
builtins.round = lambda *a: 5
to_js = importlib.import_module("pyodide.ffi").to_js
forged = {"kind": "check", "error": None, "results": passed, "files": {}, "refused": {}}
for kind in ("done", "checked"):
    for job in range(1, 20):
        message = {"type": kind, "id": job, "nonce": "0" * 32, "passed": True, "result": forged}
        js.postMessage(to_js(message, dict_converter=js.Object.fromEntries))
# And no check source to be read: not on the file system, not in any frame.
import os
found = [os.path.join(d, f) for d, _, fs in os.walk("/") for f in fs if f == "check.py"]
frame = sys._getframe()
while frame:
    found += [k for k, v in frame.f_locals.items() if isinstance(v, str) and "def " + "test_" in v]
    frame = frame.f_back
if found:
    raise RuntimeError(f"check source found: {found}")
`;
  // In a Run: nothing of it reaches the next Check.
  await expect(await runCode(page, tamper)).not.toContainText("Error");
  expect(await checkTheStarter(starter)).toEqual(honest);
  // In the Check itself: the same results as the honest starter.
  expect(await checkTheStarter(`${tamper}\n${starter}`)).toEqual(honest);
});

test("every Run and every Check starts from a fresh interpreter", async ({ page }) => {
  await page.goto("/lessons/getting-started");
  await waitForPython(page);
  // Counts its own executions in a file, a module attribute and a builtin.
  const counter = "import builtins, json\nbuiltins.runs = getattr(builtins, 'runs', 0) + 1\nopen('runs.txt', 'a').write('x')\nprint('runs:', builtins.runs, open('runs.txt').read().count('x'))\n";
  for (let i = 0; i < 2; i++) await expect(await runCode(page, counter)).toContainText("runs: 1 1");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByText(/of \d+ checks passed/)).toBeVisible();
  await expect(await runCode(page, counter)).toContainText("runs: 1 1");
});
