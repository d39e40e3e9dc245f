// Shared e2e fixtures: fail on any request to a non-local host and on any request the page's
// Content-Security-Policy had to block; helpers to drive the editor.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type Request } from "@playwright/test";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const blockedByPolicy = (request: Request) => /csp/i.test(request.failure()?.errorText ?? "");

export const test = base.extend<{ externalRequests: string[]; policyBlocked: string[] }>({
  /** Requests the Content-Security-Policy stopped before they left the browser. A test that
   * provokes them on purpose asserts on them and empties the list. */
  policyBlocked: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      context.on("requestfailed", (request) => {
        if (blockedByPolicy(request)) blocked.push(request.url());
      });
      await use(blocked);
      expect(blocked, "no request may need the Content-Security-Policy to stop it").toEqual([]);
    },
    { auto: true },
  ],
  externalRequests: [
    async ({ context }, use) => {
      const external: string[] = [];
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) external.push(request.url());
      });
      // One the policy stopped never left the browser: it is counted as blocked instead.
      context.on("requestfailed", (request) => {
        const at = external.indexOf(request.url());
        if (blockedByPolicy(request) && at >= 0) external.splice(at, 1);
      });
      await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|\[::1\][:/])/, (route) => {
        external.push(route.request().url());
        return route.abort();
      });
      await use(external);
      expect(external, "the app must not request any non-local host").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForPython(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /Python ready|Python 準備完了/ })).toBeVisible({ timeout: 60_000 });
}

/** Replaces the editor's content the way a learner pastes code (typing would auto-indent it). */
export async function setCode(page: Page, code: string) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

/** Pastes code and clicks Run, as a learner does; returns the output panel to assert on. */
export async function runCode(page: Page, code: string) {
  await setCode(page, code);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  return page.getByTestId("output");
}

export async function editorText(page: Page) {
  // Monaco renders spaces as non-breaking spaces.
  const text = await page.locator(".monaco-editor .view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
