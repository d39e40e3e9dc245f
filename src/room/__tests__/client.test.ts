// The app's own room client, stream and board feed against the real server (Node has fetch).
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../../../server/__tests__/helpers";
import { createRoomClient, RoomError } from "../client";
import { BoardFeed } from "../facilitator/feed";
import { openStream, type StreamStatus } from "../stream";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const until = async (test: () => boolean, ms = 8_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

async function setUp() {
  const { server, base } = await startServer();
  cleanups.push(() => server.close());
  const client = createRoomClient(base);
  const { room, secret } = await client.createRoom("Client test");
  const joined = await client.join({ code: room.code, learnerId: "learner-0001", name: "Maya" });
  return { client, room, secret, joined };
}

function follow(client: ReturnType<typeof createRoomClient>, roomId: string, secret: string, timing?: Parameters<typeof openStream>[0]["timing"]) {
  const feed = new BoardFeed();
  const statuses: StreamStatus[] = [];
  const close = openStream({
    url: client.eventsURL(roomId, "board"),
    token: secret,
    on: { changes: (d) => feed.changes(d), learner: (d) => feed.learner(d), left: (d) => feed.left(d), presence: (d) => feed.presence(d) },
    poll: async () => feed.changes(await client.board(roomId, secret, feed.version)),
    onStatus: (s) => statuses.push(s),
    onRefused: () => statuses.push("refused" as StreamStatus),
    timing,
  });
  cleanups.push(close, () => feed.dispose());
  return { feed, statuses };
}

describe("the room client", () => {
  it("follows a learner's updates on the board's stream", async () => {
    const { client, room, secret, joined } = await setUp();
    const { feed, statuses } = follow(client, room.id, secret);
    await until(() => statuses.includes("live") && feed.getSnapshot().learners.length === 1);
    const state = { lessons: { analyze: { tracks: { code: { status: "done" as const } }, hintsShown: 0, solutionShown: false, drafts: [] } } };
    await client.putState(room.id, joined.token, { seq: 1, state });
    await until(() => feed.getSnapshot().learners[0]?.state.lessons.analyze?.tracks.code.status === "done");
    await client.leave(room.id, joined.token);
    await until(() => feed.getSnapshot().learners.length === 0);
  });

  it("falls back to polling when the stream goes quiet, and polling still brings every change", async () => {
    const { client, room, secret, joined } = await setUp();
    const { feed, statuses } = follow(client, room.id, secret, { silenceMs: 300, firstEventMs: 300, pollMs: 100, retryStreamMs: 60_000 });
    await until(() => statuses.includes("polling"));
    const state = { lessons: { prepare: { tracks: { code: { status: "in-progress" as const } }, hintsShown: 3, solutionShown: false, drafts: [] } } };
    await client.putState(room.id, joined.token, { seq: 2, state });
    await until(() => feed.getSnapshot().learners[0]?.state.lessons.prepare?.hintsShown === 3);
  });

  it("stops for good when the secret is wrong, and says why as a RoomError", async () => {
    const { client, room } = await setUp();
    const { statuses } = follow(client, room.id, "W".repeat(43));
    await until(() => statuses.includes("refused" as StreamStatus));
    const error = await client.board(room.id, "W".repeat(43), 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoomError);
    expect((error as RoomError).final).toBe(true);
    expect((error as RoomError).code).toBe("unauthorized");
  });
});
