// The learner's code beside the reference solution in Monaco's diff editor, both read only.
import { DiffEditor } from "@monaco-editor/react";
import { THEME } from "./monaco";

interface Props {
  original: string;
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
}

export default function CodeDiff({ original, modified, originalLabel, modifiedLabel }: Props) {
  return (
    <DiffEditor
      height="100%"
      language="python"
      original={original}
      modified={modified}
      theme={THEME}
      // The diff editor's own label options do not reach its two inner editors.
      onMount={(editor) => {
        editor.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
        editor.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
      }}
      options={{
        readOnly: true,
        originalEditable: false,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        renderFinalNewline: "on",
        // Colour marks the changes; the +/- and revert glyphs need Monaco's icon font, not bundled.
        renderIndicators: false,
        renderMarginRevertIcon: false,
        // On a narrow screen the two sides become one column with removed and added lines.
        useInlineViewWhenSpaceIsLimited: true,
        renderSideBySideInlineBreakpoint: 700,
      }}
    />
  );
}
