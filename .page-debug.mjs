import { chromium } from "@playwright/test";
const [,, url, w, h, out, script] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForTimeout(1500);
if (script) console.log(await page.evaluate(script));
await page.screenshot({ path: out });
await browser.close();
