// The first time a page formats a time, the browser loads its locale data: 15-55 ms on two cores,
// which the learner's first Run or Check (both say when they ran) used to wait for. Done once per
// language instead, while the browser is idle.
import { useEffect } from "react";

const warmed = new Set<string>();

export function useWarmTimeFormat(language: string) {
  useEffect(() => {
    if (warmed.has(language)) return;
    const warm = () => {
      warmed.add(language);
      new Date(0).toLocaleTimeString(language);
    };
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(warm, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(warm, 1000);
    return () => clearTimeout(timer);
  }, [language]);
}
