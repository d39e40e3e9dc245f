// `npm run bench:room`: one room server process with 300 simulated learners, each holding its
// stream open and sending its state every 5 s for two minutes, and one facilitator board
// listening. Prints the time from a learner's update to the board's event (p50 / p95 / p99 /
// max), the server's CPU and memory, and errors. Loopback only; bounded in count and time.
// Settings: BENCH_LEARNERS (300), BENCH_SECONDS (120), BENCH_INTERVAL_MS (5000), BENCH_PORT (4423).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { EventSource } from "eventsource";
import type { LearnerState } from "../src/room/protocol/schemas";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 5000);
const PORT = Number(process.env.BENCH_PORT ?? 4423);
const BASE = `http://127.0.0.1:${PORT}`;
const CLOCK_TICKS = 100; // USER_HZ on Linux

const errors = new Map<string, number>();
const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>);
}

function listen(url: string, token: string, on: Record<string, (data: string) => void>) {
  const source = new EventSource(url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${token}` } }) });
  for (const [name, handler] of Object.entries(on)) source.addEventListener(name, (event: MessageEvent<string>) => handler(event.data));
  source.addEventListener("error", () => fail("stream error"));
  return source;
}

/** A learner well into the course: seven lessons, checks with messages, drafts. About 6 KB. */
function stateOf(i: number, round: number): LearnerState {
  const lessons: LearnerState["lessons"] = {};
  const slugs = ["getting-started", "business-understanding", "analyze", "prepare", "preprocess", "train", "test"];
  slugs.forEach((slug, n) => {
    const done = n < (round + i) % slugs.length;
    lessons[slug] = {
      tracks: { code: { status: done ? "done" : "in-progress" } },
      checks: {
        at: new Date().toISOString(),
        passed: done,
        results: Array.from({ length: 5 }, (_, k) => ({
          name: `test_${k}`,
          title: `Check number ${k} of ${slug}`,
          passed: done || k < 3,
          ...(done || k < 3 ? {} : { message: "The median must come from the numbers, not the text: convert Sale_Price with int() before statistics.median()." }),
        })),
      },
      failStreaks: done ? {} : { test_3: round % 4 },
      hintsShown: round % 3,
      solutionShown: false,
      timeMs: round * INTERVAL_MS,
      advancedAt: new Date().toISOString(),
      drafts: [{ id: "1", role: "domain-expert", kind: "share", request: "Ken, which sales count as normal market sales? We need it to decide what to keep.", unblocks: "The scope" }],
    };
  });
  return { lang: i % 2 ? "ja" : "en", current: slugs[round % slugs.length], lessons };
}

function readProc(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  return { cpuSeconds: ticks / CLOCK_TICKS, rss };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "room-bench-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>bench</title>");
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts", "--port", String(PORT), "--host", "127.0.0.1", "--db", join(dir, "rooms.sqlite"), "--dist", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("Facilitator page:") && resolve());
    server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  const pid = server.pid!;
  const sources: EventSource[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  try {
    const created = (await call("POST", "/api/rooms", undefined, { title: "bench" })) as { room: { id: string; code: string }; secret: string };
    const { room, secret } = created;
    const sent = new Map<string, number>();
    const latencies: number[] = [];
    let boardReady = false;
    sources.push(
      listen(`${BASE}/api/rooms/${room.id}/board/events`, secret, {
        changes: () => (boardReady = true),
        learner: (data) => {
          const { learner } = JSON.parse(data) as { learner: { id: string; seq?: number } };
          const at = sent.get(`${learner.id}/${learner.seq}`);
          if (at === undefined) return;
          latencies.push(performance.now() - at);
          sent.delete(`${learner.id}/${learner.seq}`);
        },
      }),
    );
    while (!boardReady) await new Promise((resolve) => setTimeout(resolve, 50));

    console.log(`Joining ${LEARNERS} learners…`);
    const learners: { id: string; token: string }[] = [];
    for (let i = 0; i < LEARNERS; i++) {
      const id = `bench-learner-${String(i).padStart(4, "0")}`;
      const joined = (await call("POST", "/api/join", undefined, { code: room.code, learnerId: id, name: `Learner ${i}` })) as { token: string };
      learners.push({ id, token: joined.token });
      sources.push(listen(`${BASE}/api/rooms/${room.id}/me/events`, joined.token, { view: () => undefined }));
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const before = readProc(pid);
    const benchBefore = process.cpuUsage();
    const started = performance.now();
    let peakRss = before.rss;
    const cpuSamples: number[] = [];
    let last = before;
    timers.push(
      setInterval(() => {
        const now = readProc(pid);
        cpuSamples.push((now.cpuSeconds - last.cpuSeconds) * 100);
        peakRss = Math.max(peakRss, now.rss);
        last = now;
      }, 1000),
    );
    console.log(`Sending: every learner every ${INTERVAL_MS / 1000} s for ${SECONDS} s…`);
    let updates = 0;
    await Promise.all(
      learners.map(async (learner, i) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * INTERVAL_MS));
        for (let round = 1; performance.now() - started < SECONDS * 1000; round++) {
          const next = performance.now() + INTERVAL_MS;
          sent.set(`${learner.id}/${round}`, performance.now());
          try {
            await call("PUT", `/api/rooms/${room.id}/me/state`, learner.token, { seq: round, state: stateOf(i, round) });
            updates++;
          } catch {
            fail("update refused or failed");
          }
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = readProc(pid);
    const elapsed = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const missing = sent.size;
    if (missing > 0) errors.set("updates never seen on the board", missing);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log("");
    console.log(`Room bench: ${LEARNERS} learners (each with its stream open), one board, an update every ${INTERVAL_MS / 1000} s each, ${elapsed.toFixed(0)} s`);
    console.log(`  updates sent:        ${updates} (${(updates / SECONDS).toFixed(1)} per second), ${sorted.length} seen on the board`);
    console.log(`  update -> board:     p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted.at(-1) ?? NaN)}`);
    console.log(`  server CPU:          ${(((after.cpuSeconds - before.cpuSeconds) / elapsed) * 100).toFixed(1)} % of one core on average, ${Math.max(...cpuSamples).toFixed(0)} % at most (1 s samples)`);
    console.log(`  server memory (RSS): ${(after.rss / 2 ** 20).toFixed(0)} MiB at the end, ${(peakRss / 2 ** 20).toFixed(0)} MiB at most`);
    const bench = process.cpuUsage(benchBefore);
    console.log(`  bench process CPU:   ${(((bench.user + bench.system) / 1e6 / elapsed) * 100).toFixed(1)} % of one core (the simulated learners and the board)`);
    console.log(`  machine load:        ${loadavg().map((n) => n.toFixed(1)).join(" / ")} (1 / 5 / 15 min load average on ${cpus().length} cores)`);
    console.log(`  errors:              ${errors.size === 0 ? "none" : [...errors].map(([what, n]) => `${what}: ${n}`).join("; ")}`);
    console.log(`  p95 under 1 s:       ${percentile(sorted, 95) < 1000 ? "yes" : "NO"}`);
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const source of sources) source.close();
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
