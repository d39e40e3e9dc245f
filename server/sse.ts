// A server-sent event stream on a raw response: retry hint, padding for buffering proxies,
// heartbeats the client's watchdog waits for, and a cut-off for clients that stop reading.
import type { FastifyReply, FastifyRequest } from "fastify";
import { EVENTS } from "../src/room/protocol/schemas";
import type { StreamEvent } from "./fanout";
import { setSecurityHeaders } from "./headers";

export const HEARTBEAT_MS = 15_000;
/** A client this far behind is cut off; it reconnects and asks for what it missed. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export interface EventStream {
  send(event: StreamEvent): void;
  close(): void;
}

export function openEventStream(request: FastifyRequest, reply: FastifyReply, onClose: () => void): EventStream {
  reply.hijack();
  const response = reply.raw;
  setSecurityHeaders(response);
  response.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store, no-transform",
    Connection: "keep-alive",
    // nginx and some corporate proxies hold responses back unless told not to.
    "X-Accel-Buffering": "no",
  });
  // Some proxies pass a response on only after its first few kilobytes.
  response.write(`retry: 2000\n:${" ".repeat(2048)}\n\n`);
  request.raw.socket.setKeepAlive(true);
  request.raw.socket.setNoDelay(true);

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    onClose();
    response.end();
  };
  const send = ({ event, data, id }: StreamEvent) => {
    if (!open) return;
    if (response.writableLength > MAX_BUFFERED_BYTES) return void response.destroy();
    response.write(`event: ${event}\n${id === undefined ? "" : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);
  };
  const heartbeat = setInterval(() => send({ event: EVENTS.ping, data: {} }), HEARTBEAT_MS);
  request.raw.on("close", close);
  response.on("error", close);
  return { send, close };
}
