// Monaco from the local package with only what a Python editor needs; workers bundled by Vite.
import * as monaco from "monaco-editor/editor/editor.api";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard";
import "monaco-editor/editor/contrib/comment/browser/comment";
import "monaco-editor/editor/contrib/contextmenu/browser/contextmenu";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo";
import "monaco-editor/features/find/register";
import "monaco-editor/editor/contrib/folding/browser/folding";
import "monaco-editor/editor/contrib/indentation/browser/indentation";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor";
import "monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter";
import "monaco-editor/editor/contrib/wordOperations/browser/wordOperations";
import { loader } from "@monaco-editor/react";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

/** Monaco's light theme with colours that keep 4.5:1 contrast on the diff editor's red and
 * green backgrounds too (its own comment and number colours do not). */
export const THEME = "course-light";
monaco.editor.defineTheme(THEME, {
  base: "vs",
  inherit: true,
  rules: [
    { token: "comment", foreground: "006400" },
    { token: "number", foreground: "05603F" },
    { token: "number.hex", foreground: "25258F" },
    { token: "keyword.flow", foreground: "7A0099" },
    { token: "string.escape", foreground: "8B0000" },
    { token: "type", foreground: "1A5A6E" },
  ],
  colors: {
    "diffEditor.removedTextBackground": "#ff000026",
    "diffEditor.removedLineBackground": "#ff00000d",
    "diffEditor.insertedTextBackground": "#00a00026",
    "diffEditor.insertedLineBackground": "#00a0000d",
    "editorLineNumber.foreground": "#5f6670",
  },
});

export { monaco };
