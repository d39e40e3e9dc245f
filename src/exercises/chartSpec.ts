// What a chart from learner code may ask for: the course's charts carry their data and draw
// marks, nothing more. Anything that could make the page load or link elsewhere is refused, with
// where it is, rather than quietly removed: a URL (data.url, an image's url, a link's href), a
// CSS url(...) in any value (a colour, a cursor), an image mark, and usermeta (vega-embed reads
// its embedOptions, which bring back the actions menu and its link to a remote editor).
import type { TFunction } from "i18next";

export type ChartRefusal = { what: "usermeta" | "url" | "href" | "image" | "address"; path: string };
export type FilteredSpec = { ok: true; spec: Record<string, unknown> } | { ok: false; refusal: ChartRefusal };

const REFUSED_KEYS = new Set(["usermeta", "url", "href"]);
/** A CSS url(...) anywhere in a string, or a string that is itself an address. */
const ADDRESS = /url\s*\(|^\s*(?:(?:https?|wss?|ftp|data|blob|file|javascript):|\/\/)/i;
/** Only the top-level $schema may hold an address: it names the grammar and is never loaded. */
const SCHEMA = /^https:\/\/vega\.github\.io\/schema\/vega-lite\/v\d+(?:\.\d+)*\.json$/;

const isImageMark = (key: string, value: unknown) =>
  key === "mark" && (value === "image" || (typeof value === "object" && value !== null && (value as { type?: unknown }).type === "image"));

function find(value: unknown, path: string[]): ChartRefusal | null {
  if (typeof value === "string") return ADDRESS.test(value) ? { what: "address", path: path.join(".") } : null;
  if (typeof value !== "object" || value === null) return null;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const at = [...path, key];
    if (!Array.isArray(value) && REFUSED_KEYS.has(key)) return { what: key as ChartRefusal["what"], path: at.join(".") };
    if (!Array.isArray(value) && isImageMark(key, item)) return { what: "image", path: at.join(".") };
    const found = find(item, at);
    if (found) return found;
  }
  return null;
}

/** The spec as vega-embed may draw it, or what in it was refused and where. */
export function filterChartSpec(spec: Record<string, unknown>): FilteredSpec {
  const { $schema, ...rest } = spec;
  if ($schema !== undefined && !(typeof $schema === "string" && SCHEMA.test($schema))) return { ok: false, refusal: { what: "address", path: "$schema" } };
  const refusal = find(rest, []);
  return refusal ? { ok: false, refusal } : { ok: true, spec };
}

/** For VegaChart: the spec, or an error saying in the learner's language what was refused. */
export function chartSpecOrThrow(spec: Record<string, unknown>, t: TFunction): Record<string, unknown> {
  const filtered = filterChartSpec(spec);
  if (!filtered.ok) throw new Error(t(`display.refused.${filtered.refusal.what}`, { path: filtered.refusal.path }));
  return filtered.spec;
}
