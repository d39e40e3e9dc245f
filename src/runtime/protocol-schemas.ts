// Schemas for what the page receives from the sandbox frame: learner code runs on the other
// side, so a message is used only once it has the shape and the sizes the page expects.
import * as z from "zod/mini";
import { MAX_OUTPUT_FILE_BYTES, type DisplayBundle, type FrameMessage } from "./protocol";

const MAX_TEXT = 1_000_000;
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const id = z.number().check(z.int(), z.minimum(1));

const pythonError = z.object({
  message: text(),
  line: z.nullable(z.number().check(z.int())),
  type: text(200),
});

const checkResult = z.object({
  name: text(200),
  title: text(2_000),
  passed: z.boolean(),
  message: text(20_000),
});

const files = z.record(text(255), z.string().check(z.maxLength(MAX_OUTPUT_FILE_BYTES)));
const refused = z.record(text(255), z.number().check(z.minimum(0)));

const jobResult = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("run"), error: z.nullable(pythonError), displays: z.array(text()).check(z.maxLength(100)), files, refused }),
  z.object({ kind: z.literal("check"), error: z.nullable(pythonError), results: z.array(checkResult).check(z.maxLength(500)), files, refused }),
]);

export const frameMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), startedFrom: z.enum(["snapshot", "plain"]) }),
  z.object({ type: z.literal("failed-to-start"), message: text(10_000) }),
  z.object({ type: z.literal("stream"), id, stream: z.enum(["stdout", "stderr"]), text: text() }),
  z.object({ type: z.literal("done"), id, result: jobResult }),
  z.object({ type: z.literal("stopped"), id }),
  z.object({ type: z.literal("crashed"), id, reason: z.enum(["stack", "memory", "internal"]), message: text(10_000) }),
]);

export type ParsedFrameMessage = { ok: true; message: FrameMessage } | { ok: false; id: number | null; problem: string };

/** The message, or what is wrong with it and which job it claims to be about. */
export function parseFrameMessage(data: unknown): ParsedFrameMessage {
  const parsed = frameMessageSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data as FrameMessage };
  const issue = parsed.error.issues[0];
  const claimed = (data as { id?: unknown } | null)?.id;
  return {
    ok: false,
    id: typeof claimed === "number" ? claimed : null,
    problem: issue ? `${issue.path.join(".") || "(message)"}: ${issue.message}` : "not a message",
  };
}

const cell = z.union([z.string().check(z.maxLength(10_000)), z.number(), z.boolean(), z.null()]);

const displayBundleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: text() }),
  z.object({
    type: z.literal("table"),
    columns: z.array(text(1_000)).check(z.maxLength(1_000)),
    rows: z.array(z.array(cell).check(z.maxLength(1_000))).check(z.maxLength(10_000)),
    total: z.number().check(z.int(), z.minimum(0)),
  }),
  // The spec itself is filtered by the chart before vega-embed sees it.
  z.object({ type: z.literal("vega-lite"), spec: z.record(z.string(), z.unknown()) }),
]);

/** A display() bundle as the page can show it; anything else is shown as its text. */
export function parseDisplayBundle(json: string): DisplayBundle {
  try {
    const parsed = displayBundleSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data as DisplayBundle;
  } catch {
    // Not JSON: shown as text below.
  }
  return { type: "text", text: json };
}
