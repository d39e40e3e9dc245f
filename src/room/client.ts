// The room API over HTTP: every call in one place, every answer parsed with the shared schemas,
// every failure a RoomError with the server's code (or "network" when nothing answered).
import { z } from "../lib/zod";
import {
  boardChangesSchema,
  createRoomResponseSchema,
  errorBodySchema,
  handSchema,
  joinResponseSchema,
  learnerViewSchema,
  type JoinRequest,
  type StateUpdate,
  type TimerRequest,
} from "./protocol/schemas";

export class RoomError extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  /** The server says this will never work (unknown room, wrong secret): stop trying. */
  get final() {
    return this.status === 401 || this.status === 404 || this.status === 410;
  }
}

const handResponseSchema = z.object({ hand: z.nullable(handSchema) });

export function createRoomClient(base = "") {
  async function call<T>(method: string, path: string, options: { token?: string; body?: unknown; schema?: z.ZodMiniType<T> } = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(`${base}/api${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), cache: "no-store" });
    } catch (error) {
      throw new RoomError(0, "network", error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
      const retry = Number(response.headers.get("Retry-After"));
      throw new RoomError(
        response.status,
        parsed.success ? parsed.data.error : "http",
        parsed.success ? parsed.data.message : `HTTP ${response.status}`,
        Number.isFinite(retry) && retry > 0 ? retry : undefined,
      );
    }
    if (!options.schema) return undefined as T;
    const parsed = options.schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new RoomError(response.status, "bad-answer", "The room server's answer does not match this version of the course.");
    return parsed.data;
  }

  const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`;
  return {
    base,
    createRoom: (title: string) => call("POST", "/rooms", { body: { title }, schema: createRoomResponseSchema }),
    join: (request: JoinRequest) => call("POST", "/join", { body: request, schema: joinResponseSchema }),
    me: (roomId: string, token: string) => call("GET", `${room(roomId)}/me`, { token, schema: learnerViewSchema }),
    putState: (roomId: string, token: string, update: StateUpdate) => call<void>("PUT", `${room(roomId)}/me/state`, { token, body: update }),
    putHand: (roomId: string, token: string, raised: boolean, lesson?: string) =>
      call("PUT", `${room(roomId)}/me/hand`, { token, body: { raised, ...(lesson ? { lesson } : {}) }, schema: handResponseSchema }),
    leave: (roomId: string, token: string) => call<void>("DELETE", `${room(roomId)}/me`, { token }),
    board: (roomId: string, secret: string, since: number) => call("GET", `${room(roomId)}/board?since=${since}`, { token: secret, schema: boardChangesSchema }),
    pushTimer: (roomId: string, secret: string, timer: TimerRequest) => call<void>("PUT", `${room(roomId)}/timer`, { token: secret, body: timer }),
    endTimer: (roomId: string, secret: string) => call<void>("DELETE", `${room(roomId)}/timer`, { token: secret }),
    answerHand: (roomId: string, secret: string, learnerId: string) =>
      call<void>("POST", `${room(roomId)}/learners/${encodeURIComponent(learnerId)}/hand/answer`, { token: secret }),
    deleteRoom: (roomId: string, secret: string) => call<void>("DELETE", room(roomId), { token: secret }),
    /** The export as the server wrote it, for saving as a file. */
    exportRoom: async (roomId: string, secret: string, kind: "json" | "csv") => {
      let response: Response;
      try {
        response = await fetch(`${base}/api${room(roomId)}/export.${kind}`, { headers: { Authorization: `Bearer ${secret}` }, cache: "no-store" });
      } catch (error) {
        throw new RoomError(0, "network", error instanceof Error ? error.message : String(error));
      }
      if (!response.ok) throw new RoomError(response.status, "http", `HTTP ${response.status}`);
      return response.text();
    },
    eventsURL: (roomId: string, who: "board" | "me") => `${base}/api${room(roomId)}/${who === "board" ? "board" : "me"}/events`,
  };
}

export type RoomClient = ReturnType<typeof createRoomClient>;
