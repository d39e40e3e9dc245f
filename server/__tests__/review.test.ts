// The review track in the room: a learner's review status, right answers and chosen track are
// stored, pushed to the board, exported and kept across a restart; impossible counts are refused
// and change nothing. Against a real server and a real SQLite file.
import { afterEach, describe, expect, it } from "vitest";
import { api, lessonState, listen, startServer, tempDir } from "./helpers";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const reviewed = (review: unknown, status = "in-progress") => lessonState("in-progress", { tracks: { code: { status: "in-progress" }, review: { status } }, review });
const good = {
  seq: 1,
  state: {
    track: "review",
    lessons: { analyze: reviewed({ right: 2, total: 5, answers: [{ id: "rows", correct: true }, { id: "metric", correct: true }, { id: "ship", correct: false }] }) },
  },
};

async function joined(dir = tempDir()) {
  const started = await startServer({ dir });
  cleanups.push(() => started.server.close());
  const client = api(started.base);
  const { room, secret } = await client.createRoom();
  const { token } = await client.join(room.code, "learner-0001", "Maya");
  const board = async () => {
    const stored: Record<string, unknown> = { ...(await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret })).json };
    delete stored.serverNow;
    return stored;
  };
  return { ...started, client, room, secret, token, board };
}

describe("the review track in the room", () => {
  it("stores the review brief and the chosen track, pushes them to the board, exports them and keeps them across a restart", async () => {
    const { base, client, room, secret, token, dir, server } = await joined();
    const events = listen(`${base}/api/rooms/${room.id}/board/events`, secret);
    cleanups.push(events.close);
    await events.next("changes");
    const pushed = events.next("learner", (data: { learner: { seq?: number } }) => data.learner.seq === 1);
    expect((await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: good })).status).toBe(204);
    expect(((await pushed) as { learner: { state: unknown } }).learner.state).toEqual(good.state);

    const csv = await client.call("GET", `/api/rooms/${room.id}/export.csv`, { token: secret });
    const [header, line] = csv.text.replace(/^\uFEFF/, "").trim().split("\n");
    const columns = header!.split(",");
    const values = line!.split(",");
    const value = (name: string) => values[columns.indexOf(name)];
    expect([value("status"), value("track"), value("review_status"), value("review_right"), value("review_total")]).toEqual(["in-progress", "review", "in-progress", "2", "5"]);

    events.close();
    await server.close();
    cleanups.splice(0);
    const again = await startServer({ dir });
    cleanups.push(() => again.server.close());
    const after = await api(again.base).call("GET", `/api/rooms/${room.id}/board`, { token: secret });
    expect((after.json.learners as { state: unknown }[])[0]!.state).toEqual(good.state);
  });

  it("refuses impossible review counts, unknown tracks and statuses, and keeps the stored state", async () => {
    const { client, room, token, board } = await joined();
    await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: good });
    const before = await board();
    const bad = [
      reviewed({ right: 6, total: 5 }),
      reviewed({ right: -1, total: 5 }),
      reviewed({ right: 0, total: 0 }),
      reviewed({ right: 0, total: 1_000_000 }),
      reviewed({ right: 2.5, total: 5 }),
      reviewed({ right: "2", total: 5 }),
      reviewed({ right: 3, total: 5, answers: [{ id: "rows", correct: true }] }),
      reviewed({ right: 0, total: 5, answers: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, correct: false })) }),
      reviewed({ right: 1, total: 5, answers: [{ id: "x".repeat(1_000), correct: true }] }),
      reviewed({ right: 1, total: 5 }, "finished"),
    ];
    for (const lesson of bad) {
      const response = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: { seq: 2, state: { lessons: { analyze: lesson } } } });
      expect(response.status, JSON.stringify(lesson)).toBe(400);
      expect(response.json.message).toMatch(/does not match the room protocol: state\.lessons\.analyze\.(review|tracks)/);
    }
    const track = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: { seq: 2, state: { ...good.state, track: "watch" } } });
    expect(track.status).toBe(400);
    expect(track.json.message).toContain("state.track");
    expect(await board()).toEqual(before);
  });
});
