import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium when present (Playwright cannot download browsers here), else Playwright's own.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

// E2E_PORT moves both preview servers (E2E_PORT and E2E_PORT + 1), for parallel runs.
const port = Number(process.env.E2E_PORT ?? 4173);
const isolatedURL = `http://localhost:${port}`;
const plainURL = `http://localhost:${port + 1}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: `test-results/${port}`,
  use: {
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "off",
  },
  projects: [
    // The production build as most hosts will serve it: cross-origin isolated, Stop interrupts.
    { name: "isolated", use: { baseURL: isolatedURL } },
    // A host that cannot send COOP/COEP: Python, Stop, offline use and the sandbox work the same.
    { name: "not-isolated", use: { baseURL: plainURL }, testMatch: /(stop|runaway|offline|startup|sandbox|snapshot)\.spec\.ts/ },
  ],
  webServer: [
    { command: `npx vite preview --port ${port} --strictPort`, url: isolatedURL, reuseExistingServer: !process.env.CI },
    {
      command: `npx vite preview --port ${port + 1} --strictPort`,
      url: plainURL,
      env: { NO_ISOLATION: "1" },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
