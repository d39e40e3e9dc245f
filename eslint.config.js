import js from "@eslint/js";
import globals from "globals";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Feature folders meet only through their entries: index.ts, and where named here a second one
// (a page the router loads on demand, or what is safe to import without a browser).
const entries = {
  exercises: ["./index.ts", "./draftsMarkdown.ts"],
  workshop: ["./index.ts", "./WorkshopPage.tsx"],
  room: ["./index.ts", "./facilitator/index.ts"],
  progress: ["./index.ts", "./model.ts"],
  runtime: ["./index.ts"],
  editor: ["./index.ts"],
  i18n: ["./index.ts"],
};
// Imports go one way: each folder (key) may not import the folders listed for it.
const layers = {
  lib: ["app", "exercises", "workshop", "room", "progress", "runtime", "editor", "ui", "course", "i18n"],
  course: ["app", "exercises", "workshop", "room", "progress", "runtime", "editor", "ui"],
  runtime: ["app", "exercises", "workshop", "room", "progress", "editor", "ui"],
  i18n: ["app", "exercises", "workshop", "room", "progress", "runtime", "editor", "ui", "course"],
  ui: ["app", "exercises", "workshop", "room", "progress", "runtime", "editor"],
  editor: ["app", "exercises", "workshop", "room", "progress", "runtime"],
  progress: ["app", "exercises", "workshop", "room", "runtime", "editor", "ui"],
  exercises: ["app", "workshop", "room"],
  room: ["app", "workshop", "exercises", "editor", "runtime"],
  workshop: ["app", "exercises", "editor", "runtime"],
};

const zones = [
  ...Object.entries(layers).flatMap(([target, forbidden]) =>
    forbidden.map((from) => ({
      target: `./src/${target}`,
      from: `./src/${from}`,
      message: `src/${target} sits below src/${from} and may not import it.`,
    })),
  ),
  ...Object.entries(entries).map(([feature, except]) => ({
    target: `./src/!(${feature})/**/*`,
    from: `./src/${feature}`,
    except,
    message: `Import src/${feature} through ${except.join(" or ")}.`,
  })),
];

export default tseslint.config(
  { ignores: ["dist", "dist-*", "playwright-report", "test-results", "node_modules"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/__tests__/**"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The runtime and the course are plain TypeScript, usable in Node and in workers.
    files: ["src/runtime/**/*.ts", "src/course/**/*.ts"],
    ignores: ["src/**/__tests__/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "^react", message: "The runtime and the course use no React." }] }] },
  },
  {
    // Only the runtime talks to Pyodide; pages and features go through src/runtime/index.ts.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/runtime/**", "src/**/__tests__/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "^pyodide", message: "Only src/runtime uses Pyodide." }] }] },
  },
  {
    files: ["**/*.{js,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
