// A restart loses nothing and streams come back by themselves; rooms expire after their days.
import { afterEach, describe, expect, it } from "vitest";
import { api, lessonState, listen, startServer, tempDir } from "./helpers";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("room server durability", () => {
  it("keeps rooms, learners, their state, hands and the time box across a restart, and open streams reconnect", async () => {
    const dir = tempDir();
    const port = 4421;
    const first = await startServer({ dir, port });
    const client = api(first.base);
    const { room, secret } = await client.createRoom();
    const { token } = await client.join(room.code, "learner-0001", "Maya", "Blue");
    const state = { lessons: { analyze: lessonState("done", { hintsShown: 1 }) } };
    await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: { seq: 1, state } });
    await client.call("PUT", `/api/rooms/${room.id}/me/hand`, { token, body: { raised: true, lesson: "prepare" } });
    await client.call("PUT", `/api/rooms/${room.id}/timer`, { token: secret, body: { status: "paused", durationMs: 900_000, leftMs: 300_000 } });
    const before = await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret });

    const board = listen(`${first.base}/api/rooms/${room.id}/board/events`, secret);
    const learner = listen(`${first.base}/api/rooms/${room.id}/me/events`, token);
    cleanups.push(board.close, learner.close);
    await board.next("changes");
    await learner.next("view");

    const [boardMark, learnerMark] = [board.events.length, learner.events.length];
    await first.server.close();
    const second = await startServer({ dir, port });
    cleanups.push(() => second.server.close());

    const after = await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret });
    expect(after.json.learners).toEqual(
      (before.json.learners as object[]).map((l) => ({ ...l, online: (after.json.learners as { online: boolean }[])[0]!.online })),
    );
    expect(after.json).toMatchObject({ version: before.json.version, timer: { status: "paused", leftMs: 300_000 } });
    expect((after.json.learners as { hand: unknown }[])[0]!.hand).toMatchObject({ lesson: "prepare" });

    // The streams opened before the restart reconnect on their own; the board resumes from its last version.
    const view = (await learner.next("view", () => true, 10_000, learnerMark)) as { hand: unknown };
    expect(view.hand).toMatchObject({ lesson: "prepare" });
    const resumed = (await board.next("changes", () => true, 10_000, boardMark)) as { learners: unknown[] };
    expect(resumed.learners).toEqual([]);
    const update = board.next("learner", (data: { learner: { seq?: number } }) => data.learner.seq === 2);
    await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: { seq: 2, state } });
    await update;
  });

  it("expires a room after its days: refused, swept from the file, its learners told", async () => {
    let now = Date.parse("2025-05-01T09:00:00Z");
    const { base, server } = await startServer({ now: () => now, expiryDays: 2 });
    cleanups.push(() => server.close());
    const client = api(base);
    const { room, secret } = await client.createRoom();
    expect(room.expiresAt).toBe("2025-05-03T09:00:00.000Z");
    const { token } = await client.join(room.code, "learner-0001", "Maya");
    const learner = listen(`${base}/api/rooms/${room.id}/me/events`, token);
    cleanups.push(learner.close);
    await learner.next("view");

    now += 47 * 3_600_000;
    expect((await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret })).status).toBe(200);
    now += 2 * 3_600_000;
    const closed = learner.next("closed");
    expect(await server.sweep()).toEqual([room.id]);
    expect(await closed).toEqual({ reason: "expired" });
    expect(await server.store.findRoom(room.id)).toBeUndefined();
    expect(await server.store.countLearners(room.id)).toBe(0);
    expect((await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret })).status).toBe(404);
    expect((await client.call("POST", "/api/join", { body: { code: room.code, learnerId: "learner-0002", name: "Ken" } })).status).toBe(404);
  });

  it("refuses an expired room on the spot, before the hourly sweep", async () => {
    let now = Date.parse("2025-05-01T09:00:00Z");
    const { base, server } = await startServer({ now: () => now, expiryDays: 1 });
    cleanups.push(() => server.close());
    const client = api(base);
    const { room, secret } = await client.createRoom();
    now += 25 * 3_600_000;
    const refused = await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret });
    expect(refused.status).toBe(404);
    expect(await server.store.findRoom(room.id)).toBeUndefined();
  });
});
