// Test helpers: a real room server on a temporary SQLite file, a tiny built course beside it, and
// clients that speak to it over HTTP and server-sent events as the app does.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventSource } from "eventsource";
import { createRoomServer, type RoomServerOptions } from "../app";
import type { CreateRoomResponse, JoinResponse } from "../../src/room/protocol/schemas";

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "room-test-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>course</title>");
  return dir;
}

export async function startServer(options: Partial<RoomServerOptions> & { port?: number; dir?: string } = {}) {
  const dir = options.dir ?? tempDir();
  const server = await createRoomServer({ dist: dir, database: join(dir, "rooms.sqlite"), expiryDays: 7, ...options });
  await server.app.listen({ host: "127.0.0.1", port: options.port ?? 0 });
  const address = server.app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, dir, port, base: `http://127.0.0.1:${port}` };
}

export function api(base: string) {
  const call = async (method: string, path: string, { body, token, raw }: { body?: unknown; token?: string; raw?: string } = {}) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined || raw !== undefined) headers["content-type"] = "application/json";
    const send = () => fetch(`${base}${path}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    // A kept-alive connection to a server that has since restarted fails once; browsers retry it too.
    const response = await send().catch(send);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> & { error?: string } };
  };
  return {
    call,
    createRoom: async (title = "Workshop") => (await call("POST", "/api/rooms", { body: { title } })).json as unknown as CreateRoomResponse,
    join: async (code: string, learnerId: string, name: string, team?: string) =>
      (await call("POST", "/api/join", { body: { code, learnerId, name, ...(team ? { team } : {}) } })).json as unknown as JoinResponse,
  };
}

export const lessonState = (status: "not-started" | "in-progress" | "done", extra: Record<string, unknown> = {}) => ({
  tracks: { code: { status } },
  hintsShown: 0,
  solutionShown: false,
  drafts: [],
  ...extra,
});

/** An EventSource with the secret in its Authorization header, collecting every event by name. */
export function listen(url: string, token: string) {
  const events: { event: string; data: unknown; id: string }[] = [];
  const waiters = new Set<() => void>();
  const source = new EventSource(url, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${token}` } }),
  });
  const names = ["changes", "learner", "left", "presence", "timer", "view", "hand", "closed"];
  for (const name of names) {
    source.addEventListener(name, (event: MessageEvent) => {
      events.push({ event: name, data: JSON.parse(event.data as string), id: event.lastEventId });
      for (const wake of waiters) wake();
    });
  }
  /** The first matching event after the `from`-th (by default: from now on). */
  const next = (name: string, match: (data: never) => boolean = () => true, timeoutMs = 5_000, from = events.length) =>
    new Promise<unknown>((resolve, reject) => {
      const seen = from;
      const check = () => {
        const found = events.slice(seen).find((e) => e.event === name && match(e.data as never));
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found.data);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no "${name}" event within ${timeoutMs} ms; got ${events.slice(seen).map((e) => e.event).join(", ") || "nothing"}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  /** Like next, but also accepts an event that already arrived. */
  const seen = (name: string, match: (data: never) => boolean = () => true, timeoutMs = 5_000) => next(name, match, timeoutMs, 0);
  return { source, events, next, seen, close: () => source.close() };
}
