// Before / after: cold visits to lesson 01 of two or more builds, interleaved so that no build
// always meets a busier machine. Prints medians and ranges; asserts nothing.
// Usage: node bench/startup-ab.mjs <dist> <dist> [...] [--runs 8]
// (build an older commit with `git worktree add /tmp/old <commit>` and `npx vite build` there).
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { measureApp } from "./startup/measure.mjs";
import { serve } from "./startup/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 8 : 8;
const dists = args.filter((_, i) => runsAt < 0 || (i !== runsAt && i !== runsAt + 1)).map((dist) => resolve(dist));
if (dists.length < 2 || dists.some((dist) => !existsSync(join(dist, "index.html")))) {
  console.error("Give two or more build folders, each with an index.html: node bench/startup-ab.mjs dist-a dist-b [--runs 8]");
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;
const settle = () => new Promise((done) => setTimeout(done, 1500));

console.log(`Machine load before: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (1, 5, 15 min)`);
const servers = await Promise.all(dists.map((dist) => serve(root, dist)));
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const results = dists.map(() => []);
for (let run = 0; run < runs; run++) {
  const order = dists.map((_, i) => i);
  if (run % 2) order.reverse();
  for (const i of order) {
    const context = await browser.newContext();
    results[i].push(await measureApp(context, servers[i].url, { setUp: false }));
    await context.close();
    await settle();
  }
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));

console.log(`\nCold visits to lesson 01, ${runs} per build, interleaved; ms from navigation, median (range):`);
console.log("build".padEnd(40) + "lesson text".padEnd(20) + "runtime ready".padEnd(20) + "first Run result");
dists.forEach((dist, i) => {
  const cell = (key) => {
    const xs = results[i].map((r) => r[key]);
    return `${Math.round(median(xs))} (${range(xs)})`.padEnd(20);
  };
  console.log(dist.slice(-39).padEnd(40) + cell("text") + cell("ready") + cell("result"));
});
console.log(`Machine load after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
