// A live stream from the room server: server-sent events (the `eventsource` package, so the
// secret travels in a header, never in the URL), reconnecting by itself; when events stop coming
// (a proxy that buffers them), it polls instead and tries the stream again now and then.
import { EventSource } from "eventsource";
import { EVENTS } from "./protocol/schemas";

export type StreamStatus = "connecting" | "live" | "polling" | "reconnecting";

export interface StreamOptions {
  url: string;
  token: string;
  /** Handlers by event name; each gets the parsed JSON data. */
  on: Record<string, (data: unknown) => void>;
  /** One poll: fetches what the stream would have sent. Throws a RoomError when it fails. */
  poll: () => Promise<void>;
  onStatus: (status: StreamStatus) => void;
  /** The server refused the stream for good (HTTP status): unknown room or wrong secret. */
  onRefused: (status: number) => void;
  timing?: Partial<typeof TIMING>;
}

export const TIMING = {
  /** No event (the server sends a ping every 15 s) for this long: the stream is stuck. */
  silenceMs: 40_000,
  /** A stream that opened but delivered nothing yet this long after: probably buffered. */
  firstEventMs: 10_000,
  pollMs: 4_000,
  /** While polling, try the stream again this often. */
  retryStreamMs: 60_000,
  maxBackoffMs: 30_000,
};

const FINAL = new Set([401, 403, 404, 410]);

export function openStream(options: StreamOptions): () => void {
  const timing = { ...TIMING, ...options.timing };
  let source: EventSource | undefined;
  let closed = false;
  let status: StreamStatus | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 1_000;

  const setStatus = (next: StreamStatus) => {
    if (next !== status) options.onStatus((status = next));
  };
  const stopPolling = () => clearTimeout(pollTimer);
  const startPolling = () => {
    stopPolling();
    const tick = async () => {
      if (closed) return;
      try {
        await options.poll();
        setStatus("polling");
      } catch (error) {
        const code = (error as { status?: number }).status ?? 0;
        if (FINAL.has(code)) return refuse(code);
        setStatus("reconnecting");
      }
      pollTimer = setTimeout(() => void tick(), timing.pollMs);
    };
    void tick();
  };
  const refuse = (code: number) => {
    close();
    options.onRefused(code);
  };
  const arm = (ms: number) => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      // Events stopped (or never came): poll, and give the stream another chance later.
      source?.close();
      startPolling();
      retryTimer = setTimeout(connect, timing.retryStreamMs);
    }, ms);
  };

  const connect = () => {
    if (closed) return;
    clearTimeout(retryTimer);
    source?.close();
    if (status === undefined) setStatus("connecting");
    const token = options.token;
    const es = new EventSource(options.url, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, Authorization: `Bearer ${token}` } }),
    });
    source = es;
    const heard = () => {
      backoff = 1_000;
      stopPolling();
      setStatus("live");
      arm(timing.silenceMs);
    };
    es.addEventListener("open", () => arm(timing.firstEventMs));
    es.addEventListener(EVENTS.ping, heard);
    for (const [name, handler] of Object.entries(options.on)) {
      es.addEventListener(name, (event: MessageEvent<string>) => {
        heard();
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        handler(data);
      });
    }
    es.addEventListener("error", (event) => {
      if (closed || source !== es) return;
      const code = (event as { code?: number }).code;
      if (code !== undefined && FINAL.has(code)) return refuse(code);
      setStatus("reconnecting");
      // The package retries network failures itself; any other failure closes the stream, so
      // reconnect after a growing pause and poll meanwhile.
      if (es.readyState === es.CLOSED) {
        clearTimeout(watchdog);
        startPolling();
        retryTimer = setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, timing.maxBackoffMs);
      }
    });
  };

  const close = () => {
    closed = true;
    source?.close();
    clearTimeout(watchdog);
    clearTimeout(retryTimer);
    stopPolling();
  };

  connect();
  return close;
}
