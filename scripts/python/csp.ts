// The Content-Security-Policies of the page and of the sandbox frame. The frame, its srcdoc and
// its workers inherit the page's policy and add their own, so learner code is held by both.
import { createHash } from "node:crypto";

export const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * The page: its own scripts and the named inline ones only (the frame's, index.html's early
 * start); wasm for Pyodide; workers from the app (Monaco) or blob: (Python inside the frame, the
 * snapshot's decompression); requests to its own origin only; inline styles because Monaco and
 * Vega set them.
 */
export function pagePolicy(inlineScriptHashes: string[]) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The frame: its one script, wasm, workers from the blob it makes; no request of any kind. */
export const framePolicy = (frameScriptHash: string) => `default-src 'none'; script-src ${frameScriptHash} 'wasm-unsafe-eval'; worker-src blob:`;

/** The frame's whole document, as the iframe's srcdoc. */
export function frameDocument(frameScript: string) {
  const script = frameScript.replace(/<\/script/gi, "<\\/script");
  const hash = sha256(script);
  return {
    hash,
    html: `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${framePolicy(hash)}"><script>${script}</script>`,
  };
}
