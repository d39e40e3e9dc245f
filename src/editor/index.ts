// The code editor, the read-only viewer and the diff, loaded on demand: Monaco is large and never
// part of the first load.
import { lazy } from "react";

export const CodeEditor = lazy(() => import("./CodeEditor"));
export const CodeViewer = lazy(() => import("./CodeViewer"));
export const CodeDiff = lazy(() => import("./CodeDiff"));
