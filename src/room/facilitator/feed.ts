// The live board's data: every learner of the room as the server last sent them, kept up to date
// from the stream (or from polling), re-rendered at most a few times a second however busy the room.
import { boardChangesSchema, boardLearnerEventSchema, boardLeftEventSchema, presenceEventSchema, timerEventSchema, type BoardLearner, type RoomInfo, type RoomTimer } from "../protocol/schemas";

export interface BoardSnapshot {
  room: RoomInfo | null;
  learners: BoardLearner[];
  timer: RoomTimer | null;
  /** Server clock minus this page's clock. */
  offsetMs: number;
  version: number;
}

const RENDER_EVERY_MS = 300;

export class BoardFeed {
  private learners = new Map<string, BoardLearner>();
  private snapshot: BoardSnapshot = { room: null, learners: [], timer: null, offsetMs: 0, version: 0 };
  private readonly listeners = new Set<() => void>();
  private pending: ReturnType<typeof setTimeout> | undefined;
  version = 0;

  getSnapshot = () => this.snapshot;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  changes(data: unknown) {
    const parsed = boardChangesSchema.safeParse(data);
    if (!parsed.success) return;
    const { learners, present, version, room, timer, serverNow } = parsed.data;
    const keep = new Set(present);
    for (const id of this.learners.keys()) if (!keep.has(id)) this.learners.delete(id);
    for (const learner of learners) this.learners.set(learner.id, learner);
    this.version = Math.max(this.version, version);
    this.update({ room, timer, offsetMs: serverNow - Date.now() }, true);
  }

  learner(data: unknown) {
    const parsed = boardLearnerEventSchema.safeParse(data);
    if (!parsed.success) return;
    this.learners.set(parsed.data.learner.id, parsed.data.learner);
    this.version = Math.max(this.version, parsed.data.version);
    this.update({});
  }

  left(data: unknown) {
    const parsed = boardLeftEventSchema.safeParse(data);
    if (!parsed.success) return;
    this.learners.delete(parsed.data.learnerId);
    this.version = Math.max(this.version, parsed.data.version);
    this.update({});
  }

  presence(data: unknown) {
    const parsed = presenceEventSchema.safeParse(data);
    const known = parsed.success ? this.learners.get(parsed.data.learnerId) : undefined;
    if (!parsed.success || !known) return;
    this.learners.set(known.id, { ...known, online: parsed.data.online });
    this.update({});
  }

  timer(data: unknown) {
    const parsed = timerEventSchema.safeParse(data);
    if (parsed.success) this.update({ timer: parsed.data.timer, offsetMs: parsed.data.serverNow - Date.now() }, true);
  }

  /** A learner changed here first (a hand answered), before the server's event confirms it. */
  patch(id: string, change: Partial<BoardLearner>) {
    const known = this.learners.get(id);
    if (known) this.learners.set(id, { ...known, ...change });
    this.update({}, true);
  }

  dispose() {
    clearTimeout(this.pending);
  }

  private update(change: Partial<BoardSnapshot>, now = false) {
    this.snapshot = { ...this.snapshot, ...change, version: this.version };
    if (this.pending !== undefined && !now) return;
    clearTimeout(this.pending);
    const emit = () => {
      this.pending = undefined;
      this.snapshot = { ...this.snapshot, learners: [...this.learners.values()] };
      for (const listener of this.listeners) listener();
    };
    if (now) emit();
    else this.pending = setTimeout(emit, RENDER_EVERY_MS);
  }
}
