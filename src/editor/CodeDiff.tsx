// The learner's code beside the reference solution in Monaco's diff editor, both read only.
import { DiffEditor } from "@monaco-editor/react";
import "./monaco";

export default function CodeDiff({ original, modified, label }: { original: string; modified: string; label: string }) {
  return (
    <DiffEditor
      height="100%"
      language="python"
      original={original}
      modified={modified}
      options={{
        ariaLabel: label,
        readOnly: true,
        originalEditable: false,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        renderFinalNewline: "on",
        // On a narrow screen the two sides become one column with removed and added lines.
        useInlineViewWhenSpaceIsLimited: true,
        renderSideBySideInlineBreakpoint: 700,
      }}
    />
  );
}
