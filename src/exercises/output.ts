// Printed output kept for display, capped so a chatty program cannot freeze the page.
import type { OutputStream } from "../runtime";

/** Beyond this much printed text the panel shows a note instead of freezing the page. */
export const OUTPUT_LIMIT = 100_000;

export interface OutputChunk {
  stream: OutputStream | "note";
  text: string;
}

export function appendOutput(chunks: OutputChunk[], stream: OutputStream, text: string, truncatedNote: string): OutputChunk[] {
  const used = chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
  if (used >= OUTPUT_LIMIT) return chunks;
  const room = OUTPUT_LIMIT - used;
  if (text.length <= room) return [...chunks, { stream, text }];
  return [...chunks, { stream, text: text.slice(0, room) }, { stream: "note", text: truncatedNote }];
}

