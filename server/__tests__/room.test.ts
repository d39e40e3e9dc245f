// The room server end to end over HTTP: join, state, live events, hands, the time box, leaving,
// export; against a real server and a real SQLite file.
import { afterEach, describe, expect, it } from "vitest";
import { api, lessonState, listen, startServer } from "./helpers";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function room() {
  const started = await startServer();
  cleanups.push(() => started.server.close());
  const client = api(started.base);
  const created = await client.createRoom("Friday workshop");
  return { ...started, client, created, roomId: created.room.id, secret: created.secret };
}

describe("room server", () => {
  it("creates a room with a look-alike-free code and lets a learner join with it typed loosely", async () => {
    const { client, created } = await room();
    expect(created.room.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(created.secret.length).toBeGreaterThanOrEqual(40);
    const typed = `${created.room.code.slice(0, 4).toLowerCase()}-${created.room.code.slice(4)}`;
    const joined = await client.join(typed, "learner-0001", "  Maya \u202Eand\u202C Ken\u200B ", "Blue");
    expect(joined.learner).toEqual({ id: "learner-0001", name: "Maya and Ken", team: "Blue" });
    expect(joined.room.id).toBe(created.room.id);
    expect(joined.token.startsWith("learner-0001.")).toBe(true);
  });

  it("sends a learner's update to the listening board within the second, and keeps it", async () => {
    const { base, client, created, roomId, secret } = await room();
    const board = listen(`${base}/api/rooms/${roomId}/board/events`, secret);
    cleanups.push(board.close);
    const first = (await board.next("changes")) as { learners: unknown[]; version: number };
    expect(first.learners).toEqual([]);

    const { token } = await client.join(created.room.code, "learner-0001", "Maya");
    await board.next("learner");
    const state = { lang: "en", current: "analyze", lessons: { analyze: lessonState("in-progress", { hintsShown: 2 }) } };
    const sent = Date.now();
    const [event, put] = await Promise.all([
      board.next("learner", (data: { learner: { seq?: number } }) => data.learner.seq === 7),
      client.call("PUT", `/api/rooms/${roomId}/me/state`, { token, body: { seq: 7, state } }),
    ]);
    expect(put.status).toBe(204);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect((event as { learner: { state: unknown; name: string } }).learner).toMatchObject({ name: "Maya", state });

    const polled = await client.call("GET", `/api/rooms/${roomId}/board?since=0`, { token: secret });
    expect(polled.json.learners).toMatchObject([{ id: "learner-0001", state }]);
    // Asking for what changed since the latest version returns nobody, but says who is present.
    const later = await client.call("GET", `/api/rooms/${roomId}/board?since=${polled.json.version}`, { token: secret });
    expect(later.json).toMatchObject({ learners: [], present: ["learner-0001"] });
  });

  it("shows who has the room open, raises and answers hands, and pushes the time box to learners", async () => {
    const { base, client, created, roomId, secret } = await room();
    const board = listen(`${base}/api/rooms/${roomId}/board/events`, secret);
    cleanups.push(board.close);
    await board.next("changes");
    const { token } = await client.join(created.room.code, "learner-0001", "Maya");
    const learner = listen(`${base}/api/rooms/${roomId}/me/events`, token);
    cleanups.push(learner.close);
    await learner.next("view");
    await board.seen("presence", (data: { online: boolean }) => data.online);

    const raised = await client.call("PUT", `/api/rooms/${roomId}/me/hand`, { token, body: { raised: true, lesson: "analyze" } });
    expect(raised.status).toBe(200);
    await board.seen("learner", (data: { learner: { hand: { lesson?: string } | null } }) => data.learner.hand?.lesson === "analyze");

    const answered = learner.next("hand", (data: { answered: boolean }) => data.answered);
    expect((await client.call("POST", `/api/rooms/${roomId}/learners/learner-0001/hand/answer`, { token: secret })).status).toBe(204);
    expect(await answered).toEqual({ hand: null, answered: true });

    const pushed = learner.next("timer");
    const timer = await client.call("PUT", `/api/rooms/${roomId}/timer`, { token: secret, body: { status: "running", durationMs: 600_000, leftMs: 540_000 } });
    expect(timer.status).toBe(200);
    const got = (await pushed) as { timer: { endsAt: number; status: string }; serverNow: number };
    expect(got.timer.status).toBe("running");
    expect(got.timer.endsAt - got.serverNow).toBeGreaterThan(539_000);
    const view = await client.call("GET", `/api/rooms/${roomId}/me`, { token });
    expect(view.json.timer).toMatchObject({ status: "running", durationMs: 600_000 });

    const ended = learner.next("timer", (data: { timer: unknown }) => data.timer === null);
    expect((await client.call("DELETE", `/api/rooms/${roomId}/timer`, { token: secret })).status).toBe(204);
    await ended;

    learner.close();
    await board.next("presence", (data: { online: boolean }) => !data.online);
  });

  it("forgets a learner who leaves and tells the board", async () => {
    const { base, client, created, roomId, secret } = await room();
    const { token } = await client.join(created.room.code, "learner-0001", "Maya");
    const board = listen(`${base}/api/rooms/${roomId}/board/events`, secret);
    cleanups.push(board.close);
    await board.next("changes");
    const left = board.next("left");
    expect((await client.call("DELETE", `/api/rooms/${roomId}/me`, { token })).status).toBe(204);
    expect(await left).toMatchObject({ learnerId: "learner-0001" });
    const polled = await client.call("GET", `/api/rooms/${roomId}/board`, { token: secret });
    expect(polled.json).toMatchObject({ learners: [], present: [] });
    expect((await client.call("GET", `/api/rooms/${roomId}/me`, { token })).status).toBe(401);
  });

  it("keeps two learners with the same name apart by their ids", async () => {
    const { client, created, roomId, secret } = await room();
    await client.join(created.room.code, "learner-0001", "Maya");
    await client.join(created.room.code, "learner-0002", "Ｍａｙａ");
    const board = await client.call("GET", `/api/rooms/${roomId}/board`, { token: secret });
    expect((board.json.learners as { id: string; name: string }[]).map((l) => [l.id, l.name])).toEqual([
      ["learner-0001", "Maya"],
      ["learner-0002", "Maya"],
    ]);
  });

  it("exports the room as JSON and as CSV with formulas escaped, then deletes it and tells its learners", async () => {
    const { base, client, created, roomId, secret } = await room();
    const { token } = await client.join(created.room.code, "learner-0001", "=HYPERLINK(\"x\")", "青チーム");
    const results = [
      { name: "test_count", title: "Counts sales", passed: true },
      { name: "test_median", title: "Median price", passed: false, message: "Convert to numbers." },
    ];
    const state = { lessons: { analyze: lessonState("in-progress", { checks: { at: new Date().toISOString(), passed: false, results }, timeMs: 300_000 }) } };
    await client.call("PUT", `/api/rooms/${roomId}/me/state`, { token, body: { state } });

    const json = await client.call("GET", `/api/rooms/${roomId}/export.json`, { token: secret });
    expect(json.json).toMatchObject({ format: "mlops-hands-on-room", room: { code: created.room.code }, learners: [{ id: "learner-0001", state }] });
    const csv = await client.call("GET", `/api/rooms/${roomId}/export.csv`, { token: secret });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(
      "learner_id,name,team,lesson,status,checks_passed,checks_total,failing_checks,checks_reported_by_learner,hints_shown,solution_shown,minutes_on_lesson,drafted_requests,track,review_status,review_right,review_total,hand_raised_at,updated_at",
    );
    expect(lines[1]).toMatch(/^learner-0001,"'=HYPERLINK\(""x""\)",青チーム,analyze,in-progress,1,2,Median price,,0,no,5,0,,,,,,/);

    const learner = listen(`${base}/api/rooms/${roomId}/me/events`, token);
    cleanups.push(learner.close);
    await learner.next("view");
    const closed = learner.next("closed");
    expect((await client.call("DELETE", `/api/rooms/${roomId}`, { token: secret })).status).toBe(204);
    expect(await closed).toEqual({ reason: "deleted" });
    expect((await client.call("GET", `/api/rooms/${roomId}/board`, { token: secret })).status).toBe(404);
    expect((await client.call("POST", "/api/join", { body: { code: created.room.code, learnerId: "learner-0003", name: "Ken" } })).status).toBe(404);
  });

  it("serves the course with the isolation and security headers, and index.html for the app's paths", async () => {
    const { base, client } = await room();
    for (const path of ["/", "/api/rooms/nope/board"]) {
      const response = await client.call("GET", path);
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBeNull();
    }
    const lesson = await fetch(`${base}/lessons/analyze`, { headers: { accept: "text/html" } });
    expect(lesson.status).toBe(200);
    expect(lesson.headers.get("cache-control")).toBe("no-cache");
    expect(await lesson.text()).toContain("<title>course</title>");
  });
});
