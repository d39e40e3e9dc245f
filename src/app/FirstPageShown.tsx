// Tells the runtime when the visit's first page is on screen: index.html adds Python's sandbox
// frame only then, so its start does not hold back the page's text (runtime/sandbox/firstPage.ts).
import { useEffect, type ReactNode } from "react";
import { announceFirstPage } from "../runtime";

let announced = false;

export function FirstPageShown({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (announced) return;
    announced = true;
    announceFirstPage();
  }, []);
  return children;
}
