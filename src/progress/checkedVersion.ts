// What a Check ran on (the code, the language, the input files), so that results for a version
// that changed since are shown as old instead of as the verdict on the code in the editor.
import type { ArtifactInfo } from "./useArtifacts";

export interface CheckedVersion {
  /** A hash of the code, not the code: progress already keeps the code once. */
  code: string;
  language: string;
  /** Which input files the check read, by source and save time (see inputsSignature). */
  inputs: string;
}

/** Why the results no longer describe the code in the editor, or "current". */
export type Freshness = "current" | "code" | "language" | "inputs";

/** cyrb53: a fast 53-bit string hash; it tells versions apart, it protects nothing. */
export function codeHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The input files as the store describes them; a file saved again with new content gets a new time. */
export function inputsSignature(reads: readonly string[], artifacts: Record<string, ArtifactInfo | undefined>): string {
  return reads.map((name) => `${name}=${artifacts[name]?.source ?? "none"}@${artifacts[name]?.savedAt ?? ""}`).join("\n");
}

export function checkedVersion(code: string, language: string, inputs: string): CheckedVersion {
  return { code: codeHash(code), language, inputs };
}

/** Results recorded before versions were kept are taken as current: nothing says otherwise.
 * `inputs` is undefined while the page is still reading which files it has. */
export function freshness(recorded: CheckedVersion | undefined, now: { code: string; language: string; inputs?: string }): Freshness {
  if (!recorded) return "current";
  if (recorded.code !== codeHash(now.code)) return "code";
  if (recorded.language !== now.language) return "language";
  if (now.inputs !== undefined && recorded.inputs !== now.inputs) return "inputs";
  return "current";
}
