// The code editor, loaded on demand: Monaco is large and never part of the first load.
import { lazy } from "react";

export const CodeEditor = lazy(() => import("./CodeEditor"));
