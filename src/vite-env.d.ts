// Globals that vite.config.ts `define`s at build time.

/** Which build is running: package.json's version (or APP_BUILD_LABEL) and the build date (UTC). */
declare const __APP_BUILD__: { version: string; date: string };

/** Where the build serves Pyodide's files, relative to the base: "pyodide/<version>/". */
