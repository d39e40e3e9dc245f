// The glossary once loaded (undefined until then, or if it fails: the lesson reads fine without it).
import { useEffect, useState } from "react";
import { loadGlossary } from "../../course/course";
import type { GlossaryContent } from "../../course/types";

export function useGlossary(): GlossaryContent | undefined {
  const [content, setContent] = useState<GlossaryContent>();
  useEffect(() => {
    let live = true;
    loadGlossary().then(
      (loaded) => live && setContent(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return content;
}
