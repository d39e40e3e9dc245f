// The facilitator's side of the API: create a room, watch its board, push the time box, answer
// hands, export, delete. Everything but creating needs the room's secret.
import type { FastifyInstance } from "fastify";
import {
  createRoomRequestSchema,
  EVENTS,
  timerRequestSchema,
  type BoardChanges,
  type CreateRoomResponse,
  type RoomTimer,
} from "../../src/room/protocol/schemas";
import { asFacilitator, closeRoom, roomInfo, toBoardLearner, type RoomContext } from "../context";
import { parseBody, rateLimited, Refusal } from "../errors";
import { roomCsv, roomJson } from "../export";
import { hashSecret, newId, newJoinCode, newSecret } from "../secrets";
import { openEventStream } from "../sse";
import type { StoredRoom } from "../store/types";

type RoomParams = { Params: { roomId: string } };
const DAY_MS = 86_400_000;

export function facilitatorRoutes(app: FastifyInstance, ctx: RoomContext) {
  const changes = async (room: StoredRoom, since: number): Promise<BoardChanges> => {
    const online = ctx.fanout.online(room.id);
    const learners = await ctx.store.learnersSince(room.id, since);
    return {
      version: room.version,
      serverNow: ctx.now(),
      room: roomInfo(room),
      timer: room.timer,
      learners: learners.map((learner) => toBoardLearner(learner, online)),
      present: await ctx.store.learnerIds(room.id),
    };
  };
  const sinceOf = (value: unknown) => {
    const since = Number(value ?? 0);
    return Number.isSafeInteger(since) && since >= 0 ? since : 0;
  };

  app.post("/api/rooms", async (request, reply) => {
    const wait = await ctx.limiters.creations.blockedFor(request.ip);
    if (wait > 0) throw rateLimited(wait);
    const body = parseBody(createRoomRequestSchema, request.body ?? {});
    if ((await ctx.store.countRooms()) >= ctx.maxRooms) {
      throw new Refusal(503, "too-many-rooms", `This server already holds ${ctx.maxRooms} rooms; delete finished ones first.`);
    }
    await ctx.limiters.creations.failed(request.ip);
    const secret = newSecret();
    const now = ctx.now();
    const room = { id: newId(), secretHash: hashSecret(secret), title: body.title?.trim() ?? "", createdAt: now, expiresAt: now + ctx.expiryDays * DAY_MS };
    // A fresh code can meet an existing one (one in 850 billion); try another then.
    for (;;) {
      const code = newJoinCode();
      if (await ctx.store.findRoomByCode(code)) continue;
      const created = await ctx.store.createRoom({ ...room, code });
      const response: CreateRoomResponse = { room: roomInfo(created), secret };
      return reply.code(201).send(response);
    }
  });

  app.get<RoomParams>("/api/rooms/:roomId", async (request) => roomInfo(await asFacilitator(ctx, request, request.params.roomId)));

  app.delete<RoomParams>("/api/rooms/:roomId", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    await closeRoom(ctx, room.id, "deleted");
    return reply.code(204).send();
  });

  app.get<RoomParams & { Querystring: { since?: string } }>("/api/rooms/:roomId/board", async (request) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    return changes(room, sinceOf(request.query.since));
  });

  app.get<RoomParams>("/api/rooms/:roomId/board/events", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    // Events that arrive while the catch-up is read are queued, then sent after it.
    const queued: Parameters<typeof stream.send>[0][] = [];
    let caughtUp = false;
    const unsubscribe = ctx.fanout.subscribe(room.id, { kind: "board" }, (event) => {
      if (!caughtUp) return void queued.push(event);
      stream.send(event);
      if (event.event === EVENTS.closed) stream.close();
    });
    const stream = openEventStream(request, reply, unsubscribe);
    const catchUp = await changes(room, sinceOf(request.headers["last-event-id"]));
    stream.send({ event: EVENTS.changes, data: catchUp, id: catchUp.version });
    caughtUp = true;
    for (const event of queued) if (event.id === undefined || event.id > catchUp.version) stream.send(event);
  });

  const pushTimer = async (roomId: string, timer: RoomTimer | null) => {
    const version = await ctx.store.setTimer(roomId, timer);
    const data = { timer, serverNow: ctx.now() };
    ctx.fanout.publish(roomId, { kind: "learners" }, { event: EVENTS.timer, data });
    ctx.fanout.publish(roomId, { kind: "board" }, { event: EVENTS.timer, data, id: version });
  };

  app.put<RoomParams>("/api/rooms/:roomId/timer", async (request) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    const body = parseBody(timerRequestSchema, request.body);
    if (body.leftMs > body.durationMs) throw new Refusal(400, "invalid", "leftMs cannot be more than durationMs.");
    const timer: RoomTimer = { ...body, endsAt: body.status === "running" ? ctx.now() + body.leftMs : null };
    await pushTimer(room.id, timer);
    return { timer, serverNow: ctx.now() };
  });

  app.delete<RoomParams>("/api/rooms/:roomId/timer", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    await pushTimer(room.id, null);
    return reply.code(204).send();
  });

  app.post<{ Params: { roomId: string; learnerId: string } }>("/api/rooms/:roomId/learners/:learnerId/hand/answer", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    const { learnerId } = request.params;
    const version = await ctx.store.changeLearner(room.id, learnerId, { hand: null, updatedAt: ctx.now() });
    if (version === undefined) throw new Refusal(404, "not-found", "This learner is no longer in the room.");
    const learner = await ctx.store.findLearner(room.id, learnerId);
    if (learner) {
      const data = { version, learner: toBoardLearner(learner, ctx.fanout.online(room.id)) };
      ctx.fanout.publish(room.id, { kind: "board" }, { event: EVENTS.learner, data, id: version });
    }
    ctx.fanout.publish(room.id, { kind: "learner", learnerId }, { event: EVENTS.hand, data: { hand: null, answered: true } });
    return reply.code(204).send();
  });

  app.get<RoomParams>("/api/rooms/:roomId/export.json", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    const learners = await ctx.store.learnersSince(room.id, 0);
    return reply.type("application/json; charset=utf-8").send(roomJson(roomInfo(room), room.timer, learners, ctx.now()));
  });

  app.get<RoomParams>("/api/rooms/:roomId/export.csv", async (request, reply) => {
    const room = await asFacilitator(ctx, request, request.params.roomId);
    const learners = await ctx.store.learnersSince(room.id, 0);
    return reply.type("text/csv; charset=utf-8").send(roomCsv(learners));
  });
}
