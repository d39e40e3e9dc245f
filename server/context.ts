// What every route needs: the store, the fan-out, the clock, the limits, and the checks that
// find a room and prove who is asking.
import type { FastifyRequest } from "fastify";
import { EVENTS, type BoardLearner, type ClosedReason } from "../src/room/protocol/schemas";
import { notFound, rateLimited, unauthorized } from "./errors";
import type { Fanout } from "./fanout";
import type { FailureLimiter } from "./limiter";
import { bearer, secretMatches } from "./secrets";
import type { RoomStore, StoredLearner, StoredRoom } from "./store/types";

export interface RoomContext {
  store: RoomStore;
  fanout: Fanout;
  now: () => number;
  expiryDays: number;
  maxRooms: number;
  limiters: { joins: FailureLimiter; secrets: FailureLimiter; creations: FailureLimiter };
}

/** The room, or a 404 for an unknown one; a room past its time is deleted on the spot. */
export async function findRoom(ctx: RoomContext, id: string): Promise<StoredRoom> {
  const room = await ctx.store.findRoom(id);
  if (!room) throw notFound();
  if (room.expiresAt <= ctx.now()) {
    await closeRoom(ctx, room.id, "expired");
    throw notFound();
  }
  return room;
}

export async function closeRoom(ctx: RoomContext, roomId: string, reason: ClosedReason) {
  await ctx.store.deleteRoom(roomId);
  const event = { event: EVENTS.closed, data: { reason } };
  ctx.fanout.publish(roomId, { kind: "learners" }, event);
  ctx.fanout.publish(roomId, { kind: "board" }, event);
}

/** Wrong secrets count as failures of the asking address, as wrong join codes do. */
async function guarded<T>(ctx: RoomContext, request: FastifyRequest, check: () => Promise<T | undefined>, refuse: () => Error): Promise<T> {
  const wait = await ctx.limiters.secrets.blockedFor(request.ip);
  if (wait > 0) throw rateLimited(wait);
  let found: T | undefined;
  try {
    found = await check();
  } catch (error) {
    await ctx.limiters.secrets.failed(request.ip);
    throw error;
  }
  if (found === undefined) {
    await ctx.limiters.secrets.failed(request.ip);
    throw refuse();
  }
  return found;
}

export function asFacilitator(ctx: RoomContext, request: FastifyRequest, roomId: string): Promise<StoredRoom> {
  return guarded(
    ctx,
    request,
    async () => {
      const room = await findRoom(ctx, roomId);
      return secretMatches(bearer(request.headers.authorization), room.secretHash) ? room : undefined;
    },
    () => unauthorized("facilitator"),
  );
}

export function asLearner(ctx: RoomContext, request: FastifyRequest, roomId: string): Promise<{ room: StoredRoom; learner: StoredLearner }> {
  return guarded(
    ctx,
    request,
    async () => {
      const room = await findRoom(ctx, roomId);
      const token = bearer(request.headers.authorization);
      // The token names its learner: "<learner id>.<secret>".
      const learnerId = token?.split(".")[0];
      const learner = learnerId ? await ctx.store.findLearner(room.id, learnerId) : undefined;
      return learner && secretMatches(token, learner.tokenHash) ? { room, learner } : undefined;
    },
    () => unauthorized("learner"),
  );
}

export function toBoardLearner(learner: StoredLearner, online: Set<string>): BoardLearner {
  return {
    id: learner.id,
    name: learner.name,
    ...(learner.team ? { team: learner.team } : {}),
    joinedAt: new Date(learner.joinedAt).toISOString(),
    updatedAt: new Date(learner.updatedAt).toISOString(),
    online: online.has(learner.id),
    hand: learner.hand,
    state: learner.state,
    ...(learner.seq === undefined ? {} : { seq: learner.seq }),
  };
}

export const roomInfo = (room: StoredRoom) => ({
  id: room.id,
  code: room.code,
  title: room.title,
  createdAt: new Date(room.createdAt).toISOString(),
  expiresAt: new Date(room.expiresAt).toISOString(),
});
