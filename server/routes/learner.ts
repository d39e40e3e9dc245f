// The learner's side of the API: join with a code, send state, raise a hand, listen, leave.
import type { FastifyInstance } from "fastify";
import { normalizeJoinCode } from "../../src/room/protocol/codes";
import { LIMITS } from "../../src/room/protocol/limits";
import { cleanTypedName } from "../../src/room/protocol/names";
import {
  EVENTS,
  handRequestSchema,
  joinRequestSchema,
  stateUpdateSchema,
  type JoinResponse,
  type LearnerView,
} from "../../src/room/protocol/schemas";
import { asLearner, findRoom, roomInfo, toBoardLearner, type RoomContext } from "../context";
import { notFound, parseBody, rateLimited, Refusal } from "../errors";
import { hashSecret, newSecret } from "../secrets";
import { openEventStream } from "../sse";
import type { StoredLearner, StoredRoom } from "../store/types";

type RoomParams = { Params: { roomId: string } };

export function learnerRoutes(app: FastifyInstance, ctx: RoomContext) {
  const view = (room: StoredRoom, learner: StoredLearner): LearnerView => ({
    room: roomInfo(room),
    timer: room.timer,
    hand: learner.hand,
    serverNow: ctx.now(),
  });

  const publishLearner = (roomId: string, learner: StoredLearner) => {
    const data = { version: learner.version, learner: toBoardLearner(learner, ctx.fanout.online(roomId)) };
    ctx.fanout.publish(roomId, { kind: "board" }, { event: EVENTS.learner, data, id: learner.version });
  };
  /** Tells the boards about this learner as stored now. */
  const announce = async (roomId: string, learnerId: string) => {
    const learner = await ctx.store.findLearner(roomId, learnerId);
    if (learner) publishLearner(roomId, learner);
  };

  app.post("/api/join", async (request, reply) => {
    const wait = await ctx.limiters.joins.blockedFor(request.ip);
    if (wait > 0) throw rateLimited(wait);
    const body = parseBody(joinRequestSchema, request.body);
    const code = normalizeJoinCode(body.code);
    const found = code ? await ctx.store.findRoomByCode(code) : undefined;
    if (!found) {
      await ctx.limiters.joins.failed(request.ip);
      throw notFound();
    }
    const room = await findRoom(ctx, found.id);
    const name = cleanTypedName(body.name, LIMITS.name);
    if (!name) throw new Refusal(400, "invalid", "Enter a display name: the facilitator sees it on the board.");
    const team = body.team === undefined ? "" : cleanTypedName(body.team, LIMITS.team);
    const existing = await ctx.store.findLearner(room.id, body.learnerId);
    if (!existing && (await ctx.store.countLearners(room.id)) >= LIMITS.learnersPerRoom) {
      throw new Refusal(409, "room-full", `This room already has ${LIMITS.learnersPerRoom} learners; ask the facilitator to open a second room.`);
    }
    const token = `${body.learnerId}.${newSecret()}`;
    const now = ctx.now();
    await ctx.store.putLearner({
      roomId: room.id,
      id: body.learnerId,
      tokenHash: hashSecret(token),
      name,
      ...(team ? { team } : {}),
      joinedAt: existing?.joinedAt ?? now,
      updatedAt: now,
      state: existing?.state ?? { lessons: {}, ...(body.lang ? { lang: body.lang } : {}) },
      hand: existing?.hand ?? null,
    });
    await announce(room.id, body.learnerId);
    const response: JoinResponse = { room: roomInfo(room), learner: { id: body.learnerId, name, ...(team ? { team } : {}) }, token };
    return reply.code(200).send(response);
  });

  app.get<RoomParams>("/api/rooms/:roomId/me", async (request) => {
    const { room, learner } = await asLearner(ctx, request, request.params.roomId);
    return view(room, learner);
  });

  app.put<RoomParams>("/api/rooms/:roomId/me/state", { bodyLimit: LIMITS.stateBodyBytes }, async (request, reply) => {
    const { room, learner } = await asLearner(ctx, request, request.params.roomId);
    const body = parseBody(stateUpdateSchema, request.body);
    const change = { state: body.state, ...(body.seq === undefined ? {} : { seq: body.seq }), updatedAt: ctx.now() };
    const version = await ctx.store.changeLearner(room.id, learner.id, change);
    // The board gets the learner as now stored, built from what is at hand rather than read back.
    if (version !== undefined) publishLearner(room.id, { ...learner, ...change, version });
    return reply.code(204).send();
  });

  app.put<RoomParams>("/api/rooms/:roomId/me/hand", async (request) => {
    const { room, learner } = await asLearner(ctx, request, request.params.roomId);
    const body = parseBody(handRequestSchema, request.body);
    const hand = body.raised ? { raisedAt: new Date(ctx.now()).toISOString(), ...(body.lesson ? { lesson: body.lesson } : {}) } : null;
    const version = await ctx.store.changeLearner(room.id, learner.id, { hand, updatedAt: ctx.now() });
    if (version !== undefined) await announce(room.id, learner.id);
    // The learner's other tabs follow.
    ctx.fanout.publish(room.id, { kind: "learner", learnerId: learner.id }, { event: EVENTS.hand, data: { hand, answered: false } });
    return { hand };
  });

  app.delete<RoomParams>("/api/rooms/:roomId/me", async (request, reply) => {
    const { room, learner } = await asLearner(ctx, request, request.params.roomId);
    const version = await ctx.store.removeLearner(room.id, learner.id);
    if (version !== undefined) {
      ctx.fanout.publish(room.id, { kind: "board" }, { event: EVENTS.left, data: { version, learnerId: learner.id }, id: version });
      ctx.fanout.publish(room.id, { kind: "learner", learnerId: learner.id }, { event: EVENTS.closed, data: { reason: "removed" } });
    }
    return reply.code(204).send();
  });

  app.get<RoomParams>("/api/rooms/:roomId/me/events", async (request, reply) => {
    const { room, learner } = await asLearner(ctx, request, request.params.roomId);
    const wasOnline = ctx.fanout.online(room.id).has(learner.id);
    const stream = openEventStream(request, reply, () => {
      unsubscribe();
      if (!ctx.fanout.online(room.id).has(learner.id)) presence(false);
    });
    const unsubscribe = ctx.fanout.subscribe(room.id, { kind: "learner", learnerId: learner.id }, (event) => {
      stream.send(event);
      if (event.event === EVENTS.closed) stream.close();
    });
    const presence = (online: boolean) =>
      ctx.fanout.publish(room.id, { kind: "board" }, { event: EVENTS.presence, data: { learnerId: learner.id, online } });
    stream.send({ event: EVENTS.view, data: view(room, learner) });
    if (!wasOnline) presence(true);
  });
}
