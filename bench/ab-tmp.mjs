import { chromium } from "@playwright/test";
import { measureApp } from "./startup/measure.mjs";
import { serve } from "./startup/serve.mjs";
const a = await serve("/work/main", "/work/main/dist");
const b = await serve("/work/wt-before", "/work/wt-before/dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const rows = { new: [], old: [] };
const n = Number(process.argv[2] || 4);
for (let i = 0; i < n; i++) {
  for (const [name, s] of i % 2 ? [["old", b], ["new", a]] : [["new", a], ["old", b]]) {
    const ctx = await browser.newContext();
    const r = await measureApp(ctx, s.url, { setUp: false });
    rows[name].push(r);
    await ctx.close();
    await new Promise((res) => setTimeout(res, 1500));
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const [name, list] of Object.entries(rows)) console.log(name, "text", Math.round(med(list.map((r) => r.text))), "ready", Math.round(med(list.map((r) => r.ready))), "result", Math.round(med(list.map((r) => r.result))), "| texts", list.map((r) => Math.round(r.text)).join(" "));
await browser.close(); await a.close(); await b.close();
