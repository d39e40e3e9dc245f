// The room server: Fastify with the course, the room API and its streams on one origin, the
// store behind its interface, expired rooms swept away on start and every hour.
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { LIMITS } from "../src/room/protocol/limits";
import { EVENTS } from "../src/room/protocol/schemas";
import type { RoomContext } from "./context";
import { Refusal, sendRefusal } from "./errors";
import { localFanout } from "./fanout";
import { SECURITY_HEADERS } from "./headers";
import { failureLimiter, type FailureLimits } from "./limiter";
import { facilitatorRoutes } from "./routes/facilitator";
import { learnerRoutes } from "./routes/learner";
import { serveCourse } from "./static";
import { openSqliteStore } from "./store/sqlite";
import type { RoomStore } from "./store/types";

export interface RoomServerOptions {
  /** The built course (vite's output folder). */
  dist: string;
  /** The SQLite file; ignored when `store` is given. */
  database: string;
  store?: RoomStore;
  expiryDays: number;
  maxRooms?: number;
  now?: () => number;
  limits?: Partial<Record<"joins" | "secrets" | "creations", FailureLimits>>;
  /** Behind a reverse proxy, take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  log?: boolean;
}

export interface RoomServer {
  app: FastifyInstance;
  store: RoomStore;
  sweep(): Promise<string[]>;
  close(): Promise<void>;
}

const SWEEP_MS = 3_600_000;

function refusalOf(error: FastifyError): Refusal {
  if (error instanceof Refusal) return error;
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new Refusal(413, "too-large", "The request is larger than the room accepts.");
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return new Refusal(415, "unsupported", "Send JSON (Content-Type: application/json).");
  if (error.statusCode === 400) return new Refusal(400, "invalid", `The request could not be read: ${error.message}`);
  if (error.statusCode === 404) return new Refusal(404, "not-found", error.message);
  return new Refusal(500, "server-error", "The room server failed on this request; try again.");
}

export async function createRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const store = options.store ?? openSqliteStore(options.database);
  const now = options.now ?? Date.now;
  const limits = options.limits ?? {};
  const ctx: RoomContext = {
    store,
    fanout: localFanout(),
    now,
    expiryDays: options.expiryDays,
    maxRooms: options.maxRooms ?? 1000,
    limiters: {
      joins: failureLimiter(limits.joins ?? { failures: 20, windowSeconds: 600 }),
      secrets: failureLimiter(limits.secrets ?? { failures: 30, windowSeconds: 600 }),
      creations: failureLimiter(limits.creations ?? { failures: 30, windowSeconds: 3600 }),
    },
  };
  const app = Fastify({
    bodyLimit: LIMITS.smallBodyBytes,
    trustProxy: options.trustProxy ?? false,
    logger: options.log ? { level: "warn" } : false,
    // Streams stay open for hours; the heartbeat keeps them alive through proxies.
    keepAliveTimeout: 75_000,
    // On close, open streams are cut at once, so browsers reconnect to the next start.
    forceCloseConnections: true,
  });
  // The API speaks JSON only; anything else is refused (415) before it is read.
  app.removeContentTypeParser("text/plain");
  app.addHook("onRequest", async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith("/api/")) reply.header("Cache-Control", "no-store");
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refusal = refusalOf(error);
    if (refusal.status >= 500) request.log.error(error);
    return sendRefusal(reply, refusal);
  });
  learnerRoutes(app, ctx);
  facilitatorRoutes(app, ctx);
  await serveCourse(app, options.dist);

  const sweep = async () => {
    const ids = await store.deleteExpired(now());
    for (const id of ids) {
      const event = { event: EVENTS.closed, data: { reason: "expired" } };
      ctx.fanout.publish(id, { kind: "learners" }, event);
      ctx.fanout.publish(id, { kind: "board" }, event);
    }
    return ids;
  };
  await sweep();
  const timer = setInterval(() => void sweep(), SWEEP_MS);
  timer.unref();

  return {
    app,
    store,
    sweep,
    close: async () => {
      clearInterval(timer);
      await app.close();
      await store.close();
    },
  };
}
