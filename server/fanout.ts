// Fan-out of room events to the streams open on this process: the facilitator's boards and each
// learner's page. With several server instances, publish() would go through PostgreSQL
// LISTEN/NOTIFY or Redis pub/sub and each instance would deliver to its own streams (README).

export interface StreamEvent {
  event: string;
  data: unknown;
  /** Board events carry the room's version, so a board that reconnects asks for what it missed. */
  id?: number;
}

export type Audience = { kind: "board" } | { kind: "learner"; learnerId: string } | { kind: "learners" };
type Listener = (event: StreamEvent) => void;

interface Subscriber {
  audience: "board" | "learner";
  learnerId?: string;
  listener: Listener;
}

export interface Fanout {
  publish(roomId: string, audience: Audience, event: StreamEvent): void;
  subscribe(roomId: string, who: { kind: "board" } | { kind: "learner"; learnerId: string }, listener: Listener): () => void;
  /** Learners of the room with at least one stream open (on this process). */
  online(roomId: string): Set<string>;
}

export function localFanout(): Fanout {
  const rooms = new Map<string, Set<Subscriber>>();
  return {
    publish(roomId, audience, event) {
      for (const sub of rooms.get(roomId) ?? []) {
        const wanted =
          audience.kind === "board"
            ? sub.audience === "board"
            : sub.audience === "learner" && (audience.kind === "learners" || sub.learnerId === audience.learnerId);
        if (wanted) sub.listener(event);
      }
    },
    subscribe(roomId, who, listener) {
      const sub: Subscriber = { audience: who.kind, listener, ...(who.kind === "learner" ? { learnerId: who.learnerId } : {}) };
      const subs = rooms.get(roomId) ?? new Set();
      subs.add(sub);
      rooms.set(roomId, subs);
      return () => {
        subs.delete(sub);
        if (subs.size === 0) rooms.delete(roomId);
      };
    },
    online(roomId) {
      const ids = new Set<string>();
      for (const sub of rooms.get(roomId) ?? []) if (sub.learnerId) ids.add(sub.learnerId);
      return ids;
    },
  };
}
