// Splits lesson markdown into frontmatter, the three sections, and hints; pure text handling.
import { parse as parseYaml } from "yaml";
import type { Sections } from "./types";

export class FieldError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export function parseYamlText(text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new FieldError("(yaml)", error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new FieldError("frontmatter", "missing: the file must start with a --- block of YAML");
  return { data: parseYamlText(match[1]!) ?? {}, body: match[2]! };
}

const SECTION_ORDER = ["What", "Why", "How"] as const;

export function splitSections(body: string): Sections<string> {
  const parts = body.split(/^##[ \t]+(.+?)[ \t]*$/m);
  if (parts[0]!.trim() !== "") {
    throw new FieldError("sections", "text before the first section: start the body with ## What");
  }
  const headings = parts.filter((_, i) => i % 2 === 1);
  if (headings.join("/") !== SECTION_ORDER.join("/")) {
    throw new FieldError(
      "sections",
      `expected the level-2 headings ## What, ## Why, ## How in this order, found ${headings.map((h) => `## ${h}`).join(", ") || "none"}`,
    );
  }
  const content = parts.filter((_, i) => i % 2 === 0).slice(1).map((s) => s.trim());
  content.forEach((text, i) => {
    if (!text) throw new FieldError(`sections.${SECTION_ORDER[i]}`, "is empty");
  });
  return { what: content[0]!, why: content[1]!, how: content[2]! };
}

export function splitHints(text: string): string[] {
  return text.split(/^---[ \t]*$/m).map((hint) => hint.trim());
}
