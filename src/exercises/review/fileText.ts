// A file under review shown as it is: JSON indented so a person can read it, anything else
// unchanged; a long file (a CSV of thousands of rows) only up to a limit, so the page stays light.
export const MAX_LINES = 200;

export function fileText(name: string, content: string): { text: string; shown: number; total: number } {
  let text = content;
  if (name.endsWith(".json")) {
    try {
      text = JSON.stringify(JSON.parse(content), null, 2);
    } catch {
      // A broken file is shown as it is: that may be what the review is about.
    }
  }
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return { text: lines.slice(0, MAX_LINES).join("\n"), shown: Math.min(lines.length, MAX_LINES), total: lines.length };
}
