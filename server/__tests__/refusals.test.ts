// Every refusal: a clear status and message, and nothing stored changes.
import { afterEach, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/room/protocol/limits";
import { api, lessonState, startServer } from "./helpers";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function joined(options: Parameters<typeof startServer>[0] = {}) {
  const started = await startServer(options);
  cleanups.push(() => started.server.close());
  const client = api(started.base);
  const { room, secret } = await client.createRoom();
  const { token } = await client.join(room.code, "learner-0001", "Maya");
  const good = { seq: 1, state: { lessons: { analyze: lessonState("in-progress") } } };
  await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: good });
  // What is stored, as the board reads it (without the server's clock).
  const board = async () => {
    const stored: Record<string, unknown> = { ...(await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret })).json };
    delete stored.serverNow;
    return stored;
  };
  return { ...started, client, room, secret, token, good, board };
}

describe("room server refusals", () => {
  it("refuses a state that does not match the schema, naming where, and keeps the stored one", async () => {
    const { client, room, token, board } = await joined();
    const before = await board();
    const bad = [
      { state: { lessons: { analyze: { ...lessonState("in-progress"), hintsShown: -1 } } } },
      { state: { lessons: { analyze: lessonState("finished" as never) } } },
      { state: { lessons: { "../etc": lessonState("done") } } },
      { state: { lessons: { analyze: { ...lessonState("done"), drafts: [{ id: "1", role: "wizard", kind: "", request: "", unblocks: "" }] } } } },
      { state: "everything" },
      [],
    ];
    for (const body of bad) {
      const response = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error).toBe("invalid");
      expect(response.json.message).toMatch(/does not match the room protocol: \S+/);
    }
    const hint = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: bad[0] });
    expect(hint.json.message).toContain("state.lessons.analyze.hintsShown");
    const broken = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, raw: '{"state": {' });
    expect(broken.status).toBe(400);
    expect(await board()).toEqual(before);
  });

  it("refuses a body over the limit with 413, and a body that is not JSON with 415", async () => {
    const { base, client, room, token, board } = await joined();
    const before = await board();
    const huge = { state: { lessons: { analyze: { ...lessonState("done"), code: { text: "x".repeat(LIMITS.stateBodyBytes), at: new Date().toISOString() } } } } };
    const tooLarge = await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json).toEqual({ error: "too-large", message: expect.stringContaining("larger") });
    // Within the byte limit but over the code's own limit: refused by the schema.
    const longCode = { state: { lessons: { analyze: { ...lessonState("done"), code: { text: "x".repeat(LIMITS.code + 1), at: new Date().toISOString() } } } } };
    expect((await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token, body: longCode })).status).toBe(400);
    const bigJoin = await client.call("POST", "/api/join", { body: { code: room.code, learnerId: "learner-0002", name: "x".repeat(LIMITS.smallBodyBytes) } });
    expect(bigJoin.status).toBe(413);
    const form = await fetch(`${base}/api/rooms/${room.id}/me/hand`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
      body: "raised=true",
    });
    expect(form.status).toBe(415);
    expect(await board()).toEqual(before);
  });

  it("refuses a wrong or missing secret for every facilitator action, and a learner token for another room", async () => {
    const { client, room, token, board } = await joined();
    const before = await board();
    const wrong = "A".repeat(43);
    const actions: [string, string, unknown?][] = [
      ["GET", `/api/rooms/${room.id}/board`],
      ["GET", `/api/rooms/${room.id}/export.json`],
      ["GET", `/api/rooms/${room.id}/export.csv`],
      ["PUT", `/api/rooms/${room.id}/timer`, { status: "running", durationMs: 60_000, leftMs: 60_000 }],
      ["DELETE", `/api/rooms/${room.id}/timer`],
      ["POST", `/api/rooms/${room.id}/learners/learner-0001/hand/answer`],
      ["DELETE", `/api/rooms/${room.id}`],
    ];
    for (const [method, path, body] of actions) {
      for (const secret of [undefined, wrong, token]) {
        const response = await client.call(method, path, { token: secret, body });
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(response.json.error).toBe("unauthorized");
      }
    }
    const other = await client.createRoom("Other");
    const { token: otherToken } = await client.join(other.room.code, "learner-0009", "Ken");
    expect((await client.call("GET", `/api/rooms/${room.id}/me`, { token: otherToken })).status).toBe(401);
    expect((await client.call("GET", `/api/rooms/${room.id}/me`, { token: `learner-0001.${"B".repeat(43)}` })).status).toBe(401);
    expect((await client.call("PUT", `/api/rooms/${room.id}/me/state`, { token: other.secret, body: { state: { lessons: {} } } })).status).toBe(401);
    expect(await board()).toEqual(before);
  });

  it("answers 404 for an unknown room and an unknown code", async () => {
    const { client, secret, token } = await joined();
    expect((await client.call("GET", "/api/rooms/doesnotexist0/board", { token: secret })).json).toMatchObject({ error: "not-found" });
    expect((await client.call("GET", "/api/rooms/doesnotexist0/me", { token })).status).toBe(404);
    const unknown = await client.call("POST", "/api/join", { body: { code: "ZZZZ-ZZZZ", learnerId: "learner-0002", name: "Ken" } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.message).toMatch(/ask the facilitator/);
    expect((await client.call("GET", "/api/no-such-endpoint")).status).toBe(404);
  });

  it("limits guessing join codes: past the limit even the right code is refused, with Retry-After", async () => {
    const { client, room } = await joined({ limits: { joins: { failures: 3, windowSeconds: 60 } } });
    for (const code of ["AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC"]) {
      expect((await client.call("POST", "/api/join", { body: { code, learnerId: "learner-0002", name: "Ken" } })).status).toBe(404);
    }
    const limited = await client.call("POST", "/api/join", { body: { code: room.code, learnerId: "learner-0002", name: "Ken" } });
    expect(limited.status).toBe(429);
    expect(limited.json.error).toBe("rate-limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits guessing secrets the same way", async () => {
    const { client, room, secret } = await joined({ limits: { secrets: { failures: 2, windowSeconds: 60 } } });
    for (let i = 0; i < 2; i++) expect((await client.call("GET", `/api/rooms/${room.id}/board`, { token: "C".repeat(43) })).status).toBe(401);
    expect((await client.call("GET", `/api/rooms/${room.id}/board`, { token: secret })).status).toBe(429);
  });

  it("refuses an empty display name and a time box whose time left exceeds its length", async () => {
    const { client, room, secret } = await joined();
    const blank = await client.call("POST", "/api/join", { body: { code: room.code, learnerId: "learner-0002", name: " \u200B\u202E " } });
    expect(blank.status).toBe(400);
    expect(blank.json.message).toMatch(/display name/);
    const timer = await client.call("PUT", `/api/rooms/${room.id}/timer`, { token: secret, body: { status: "running", durationMs: 60_000, leftMs: 90_000 } });
    expect(timer.status).toBe(400);
  });
});
