// The room's screen: every slide fits 1280x720 and 1920x1080 in full screen without scrolling,
// and the time box's digits fit the screen whatever the font.
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** Whether the slide on screen shows all of its text inside the screen, nothing cut or scrolled. */
async function slideFits(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>("[data-testid=slide-frame]");
    if (!frame) return ["the slide is still loading"];
    const area = frame.querySelector<HTMLElement>(".presenter-area")!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    const blocks = Array.from(frame.querySelectorAll<HTMLElement>("[data-testid=slide-body] > *"), (el) => el.getBoundingClientRect());
    const problems: string[] = [];
    if (box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1) problems.push("frame outside the screen");
    if (document.scrollingElement!.scrollHeight > window.innerHeight + 1 && document.fullscreenElement === null) problems.push("page scrolls");
    blocks.forEach((rect, i) => {
      if (rect.bottom > area.bottom + 1) problems.push(`block ${i} cut at the bottom`);
      if (rect.right > area.right + 1) problems.push(`block ${i} cut at the right`);
    });
    if (blocks.length === 0) problems.push("empty slide");
    return problems;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`every slide of every lesson fits ${size.width}x${size.height} in full screen`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await page.goto("/workshop?view=presenter");
    await page.getByRole("button", { name: "Full screen" }).click();
    await expect(page.getByRole("button", { name: "Leave full screen" })).toBeVisible();
    const next = page.getByRole("button", { name: "Next →" });
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      const count = (await page.locator(".presenter-count").textContent()) ?? "";
      await expect.poll(() => slideFits(page), { message: `slide ${count}` }).toEqual([]);
      seen.push(count);
      // A review question fits with its answer shown too, on every slide the answer takes.
      const reveal = page.getByRole("button", { name: "Reveal answer" });
      if ((await reveal.count()) > 0 && !/part [2-9]/.test(count)) {
        await reveal.click();
        for (let part = 0; part < 6; part++) {
          const shown = (await page.locator(".presenter-count").textContent()) ?? "";
          await expect.poll(() => slideFits(page), { message: `slide ${shown} with its answer` }).toEqual([]);
          if (size.width === 1280 && count.startsWith("60 /")) await page.screenshot({ path: `/tmp/page-presenter-answer-${part}.png` });
          if (!/part [2-9]/.test(shown)) break;
          await page.getByRole("button", { name: "← Previous" }).click();
        }
        await page.getByRole("button", { name: "Hide answer" }).click();
      }
      if (await next.isDisabled()) break;
      await next.click();
    }
    // Every section was shown, and long ones were split rather than shrunk into one slide.
    expect(seen.at(-1)).toMatch(/^64 \/ 64/);
    expect(seen.some((count) => /part 2 of/.test(count))).toBe(true);
    if (size.width === 1280) {
      await page.screenshot({ path: "/tmp/page-presenter-1280.png" });
      await expectNoSeriousA11yViolations(page);
    }
  });
}

test("the time box digits fit a 1440x900 screen in full screen", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/workshop?view=timer");
  await page.getByRole("button", { name: "Full screen" }).click();
  const digits = page.getByRole("timer");
  await expect(page.getByRole("button", { name: "Leave full screen" })).toBeVisible();
  const fits = () =>
    digits.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return element.scrollWidth <= element.clientWidth + 1 && rect.left >= 0 && rect.right <= window.innerWidth + 1 && rect.bottom <= window.innerHeight + 1;
    });
  await expect.poll(fits).toBe(true);
  const size = await digits.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  // Still large: at least a fifth of the screen's height.
  expect(size).toBeGreaterThan(900 / 5);
  await page.screenshot({ path: "/tmp/page-timer-1440.png" });
});
