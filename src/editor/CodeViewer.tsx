// Read-only Python with Monaco's highlighting: the reference solution.
import Editor from "@monaco-editor/react";
import { THEME } from "./monaco";

export default function CodeViewer({ value, label }: { value: string; label: string }) {
  return (
    <Editor
      height="100%"
      defaultLanguage="python"
      value={value}
      theme={THEME}
      options={{
        ariaLabel: label,
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: "on",
        renderFinalNewline: "on",
        renderLineHighlight: "none",
      }}
    />
  );
}
