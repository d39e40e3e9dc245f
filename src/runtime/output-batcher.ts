// Groups printed lines into fewer messages so a chatty loop cannot flood the page.
import type { OutputStream } from "./protocol";

const FLUSH_EVERY_MS = 50;
const FLUSH_AT_CHARS = 64 * 1024;

export class OutputBatcher {
  private stream: OutputStream = "stdout";
  private pending = "";
  private lastFlush = 0;
  private readonly send: (stream: OutputStream, text: string) => void;
  private readonly now: () => number;

  constructor(send: (stream: OutputStream, text: string) => void, now: () => number = () => performance.now()) {
    this.send = send;
    this.now = now;
  }

  write(stream: OutputStream, text: string) {
    if (stream !== this.stream) this.flush();
    this.stream = stream;
    this.pending += text;
    if (this.pending.length >= FLUSH_AT_CHARS || this.now() - this.lastFlush >= FLUSH_EVERY_MS) this.flush();
  }

  /** Drops what has not been sent yet. */
  discard() {
    this.pending = "";
  }

  flush() {
    this.lastFlush = this.now();
    if (!this.pending) return;
    this.send(this.stream, this.pending);
    this.pending = "";
  }
}
