// Refusals as JSON with a stable code and a sentence saying what to do, and body parsing with the
// shared schemas: whatever is wrong with a request, it is refused before anything is stored.
import type { FastifyReply } from "fastify";
import type { z } from "../src/lib/zod";
import type { ErrorBody } from "../src/room/protocol/schemas";

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendRefusal(reply: FastifyReply, refusal: Refusal) {
  const body: ErrorBody = { error: refusal.code, message: refusal.message };
  return reply.code(refusal.status).headers(refusal.headers).send(body);
}

/** The first few problems, each with where it is, e.g. "state.lessons.analyze.hintsShown: Too small". */
function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
    .join("; ");
}

export function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Refusal(400, "invalid", `The request does not match the room protocol: ${describe(parsed.error)}.`);
  return parsed.data;
}

export const notFound = () => new Refusal(404, "not-found", "There is no such room. It may have been deleted or have expired; ask the facilitator for a new link.");
export const unauthorized = (who: "facilitator" | "learner") =>
  new Refusal(
    401,
    "unauthorized",
    who === "facilitator"
      ? "This browser does not hold the facilitator's secret for this room."
      : "This browser is not (or no longer) a member of this room; join it again with its link.",
  );
export const rateLimited = (ms: number) =>
  new Refusal(429, "rate-limited", `Too many failed attempts from this address; try again in ${Math.ceil(ms / 1000)} seconds.`, {
    "Retry-After": String(Math.ceil(ms / 1000)),
  });
