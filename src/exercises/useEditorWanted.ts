// Monaco is about 750 KB gzipped. It loads once the learner is about to use it (the editor comes
// near the screen, or they focus the code) or once Python is ready, so on a first visit it does
// not compete with Python's start for the network and the CPU. Once loaded it stays, even while
// Python restarts.
import { startTransition, useEffect, useState, type RefObject } from "react";

export function useEditorWanted(frame: RefObject<HTMLElement | null>, runtimeReady: boolean) {
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    // Not in the render that shows "Python ready", so that status is not held up by the editor.
    if (runtimeReady && !wanted) startTransition(() => setWanted(true));
  }, [runtimeReady, wanted]);
  useEffect(() => {
    const element = frame.current;
    if (wanted || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
    }, { rootMargin: "200px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, wanted]);
  return [wanted, () => setWanted(true)] as const;
}
