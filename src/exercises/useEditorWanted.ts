// Monaco is about 750 KB gzipped. It loads once Python's files have all arrived (the network is
// then free, and Python boots in the sandbox's own process: on two cores the editor was then
// ready with Python, where loading it once Python was ready left it 400 ms behind), or sooner if
// the learner is about to use it (the editor comes near the screen, or they focus the code). On a
// first visit it so never competes with Python's downloads. Once loaded it stays, even while
// Python restarts.
import { startTransition, useEffect, useState, type RefObject } from "react";
import { onPythonFilesArrived } from "../runtime";

export function useEditorWanted(frame: RefObject<HTMLElement | null>) {
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === "undefined");
  // Not in the render that answers Python's news, so nothing of Python's start waits on the editor.
  useEffect(() => onPythonFilesArrived(() => startTransition(() => setWanted(true))), []);
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
