// The Python editor (Monaco, local package): Ctrl/Cmd+Enter runs, error lines are marked.
import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useRef } from "react";
import { monaco, THEME } from "./monaco";

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  label: string;
  /** A line to mark as the place of an error, with its message. */
  errorLine?: { line: number; message: string } | null;
  /** Take the focus once ready: the learner was already on the code when the editor arrived. */
  autoFocus?: boolean;
}

export default function CodeEditor({ value, onChange, onRun, label, errorLine, autoFocus = false }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onRunRef = useRef(onRun);
  useEffect(() => {
    onRunRef.current = onRun;
  }, [onRun]);

  // The editor holds the text; a new value is pushed in only when it came from elsewhere (a
  // solution taken, another tab's code). Typing can be ahead of a render (Preact renders after the
  // event, and runs effects after the next frame), so the learner's own text is never pushed back.
  const latest = useRef(value);
  const emitted = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || value === emitted.current || value === editor.getValue()) return;
    emitted.current = value;
    editor.executeEdits("", [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
    editor.pushUndoStop();
  }, [value]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    // The value may have changed while Monaco was loading.
    if (editor.getValue() !== latest.current) editor.setValue(latest.current);
    emitted.current = latest.current;
    editor.addAction({
      id: "course.run",
      label: "Run",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onRunRef.current(),
    });
    const focusElsewhere = document.activeElement && document.activeElement !== document.body;
    if (autoFocus && !focusElsewhere) editor.focus();
  };

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers = errorLine
      ? [
          {
            severity: monaco.MarkerSeverity.Error,
            message: errorLine.message,
            startLineNumber: errorLine.line,
            endLineNumber: errorLine.line,
            startColumn: 1,
            endColumn: model.getLineMaxColumn(Math.min(errorLine.line, model.getLineCount())),
          },
        ]
      : [];
    monaco.editor.setModelMarkers(model, "python", markers);
  }, [errorLine]);

  return (
    <Editor
      height="100%"
      defaultLanguage="python"
      defaultValue={value}
      onChange={(next) => {
        emitted.current = next ?? "";
        onChange(emitted.current);
      }}
      onMount={onMount}
      theme={THEME}
      options={{
        ariaLabel: label,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        automaticLayout: true,
        wordWrap: "on",
        renderLineHighlight: "line",
        // Monaco dims the number of the line after a final newline below readable contrast.
        renderFinalNewline: "on",
        // Tab moves focus out of the editor when toggled with Ctrl+M, as in VS Code.
        tabFocusMode: false,
      }}
    />
  );
}
