/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { viteStaticCopy } from "vite-plugin-static-copy";
import { lessonsPlugin } from "./scripts/vite-plugin-lessons";
import { pythonPlugin } from "./scripts/vite-plugin-python";
import { SW_INDEX_CHECK, swIndexCheckPlugin } from "./scripts/vite-plugin-sw-index";

const lessonsDir = fileURLToPath(new URL("./lessons", import.meta.url));

// The footer's build label, so facilitators can ask which version a learner has. APP_BUILD_LABEL
// replaces the version (e2e/update.spec.ts builds two distinguishable versions this way);
// SOURCE_DATE_EPOCH fixes the date for reproducible builds.
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const builtAt = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const appBuild = { version: process.env.APP_BUILD_LABEL || version, date: builtAt.toISOString().slice(0, 10) };

// Pyodide's files keep their names across its releases, so they live under a versioned folder:
// after an upgrade, returning learners get the new interpreter with the new app, never a mix.
const pyodideVersion = (JSON.parse(readFileSync(new URL("./node_modules/pyodide/package.json", import.meta.url), "utf8")) as { version: string }).version;
const pyodidePath = `pyodide/${pyodideVersion}`;

// Cross-origin isolation is no longer needed to stop Python (every job has its own worker), but
// hosts that send it keep working, and e2e runs both ways; see README.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  plugins: [
    // Vitest validates the lessons in its own course test, where a failure names the test.
    !process.env.VITEST && lessonsPlugin(lessonsDir, fileURLToPath(new URL(".", import.meta.url))),
    // The Python sandbox: worker, frame, snapshot, the page's Content-Security-Policy.
    pythonPlugin(pyodidePath),
    // Pyodide's wasm and standard library are served from our own origin, never a CDN (its
    // JavaScript is bundled into the worker).
    viteStaticCopy({
      targets: [{ src: ["pyodide.asm.wasm", "python_stdlib.zip"].map((file) => `node_modules/pyodide/${file}`), dest: pyodidePath }],
    }),
    // The service worker replaces a precached index.html that is not this release's own.
    swIndexCheckPlugin(),
    // Offline after the first visit: the app, Pyodide, the dataset and the lessons are precached.
    // A new version installs in the background and takes over only when every tab of the old one
    // is closed, so a running session never switches code under the learner's feet.
    VitePWA({
      registerType: "prompt",
      injectRegister: null,
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{js,css,html,wasm,zip,json,mjs,csv,gz}"],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: "index.html",
        // Files whose names change with their content are fetched by their own URL, so the install
        // can reuse what the page just downloaded. Not index.html: without a revision a new version
        // would keep the old page, whose scripts it has just deleted (e2e/update.spec.ts). Pyodide's
        // folder is named by its version.
        dontCacheBustURLsMatching: /^(assets|pyodide)\//,
        skipWaiting: false,
        clientsClaim: false,
        importScripts: [SW_INDEX_CHECK],
        globIgnores: [SW_INDEX_CHECK],
      },
    }),
  ],
  // Preact's React compatibility layer instead of React: the same components and libraries in
  // a fifth of the bytes (14 KB gzipped where React and react-dom were 70, all before the editor).
  // JSX is compiled by Vite itself (tsconfig's react-jsx, the runtime aliased below); without React
  // there is no Fast Refresh, so an edit reloads the page in development.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
      { find: /^react-dom$/, replacement: "preact/compat" },
      { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
      { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
      { find: /^react$/, replacement: "preact/compat" },
      // React's shim for versions before 18; Preact has the hook itself.
      { find: /^use-sync-external-store\/shim$/, replacement: "preact/compat" },
    ],
  },
  define: { __APP_BUILD__: JSON.stringify(appBuild) },
  worker: { format: "es" },
  server: { headers: isolationHeaders },
  preview: { headers: process.env.NO_ISOLATION ? {} : isolationHeaders },
  // OUT_DIR lets several builds (e.g. parallel e2e runs on other ports) live side by side.
  build: { target: "es2022", chunkSizeWarningLimit: 4000, outDir: process.env.OUT_DIR ?? "dist" },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Libraries that import "react" go through Vite, so they get Preact as in the build; React
    // Router as its ES module (in Node it resolves to CommonJS, whose require("react") no alias sees).
    server: { deps: { inline: [/react-i18next/, /react-router/, /@monaco-editor\/react/] } },
    alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL("./node_modules/react-router/dist/development/index.mjs", import.meta.url)) }],
  },
});
