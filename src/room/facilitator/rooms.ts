// The rooms this facilitator created, with their secrets: kept in this browser only (localStorage),
// never in a link. Whoever holds the secret can see the board; the join code only lets learners in.
import { useSyncExternalStore } from "react";
import { followKey } from "../storageKey";
import { z } from "../../lib/zod";
import { roomInfoSchema } from "../protocol/schemas";

export const FACILITATOR_KEY = "mlops-course:facilitator-rooms";
const savedSchema = z.array(z.object({ room: roomInfoSchema, secret: z.string() }));
export type SavedRoom = z.infer<typeof savedSchema>[number];

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: SavedRoom[] = [];

function read(): SavedRoom[] {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(FACILITATOR_KEY);
  } catch {
    raw = null;
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed = savedSchema.safeParse(JSON.parse(raw ?? "[]"));
    cached = parsed.success ? parsed.data : [];
  } catch {
    cached = [];
  }
  return cached;
}

function write(rooms: SavedRoom[]): boolean {
  try {
    window.localStorage.setItem(FACILITATOR_KEY, JSON.stringify(rooms));
    return true;
  } catch {
    return false;
  } finally {
    for (const listener of listeners) listener();
  }
}

export const saveRoom = (saved: SavedRoom) => write([saved, ...read().filter((r) => r.room.id !== saved.room.id)]);
export const forgetRoom = (id: string) => write(read().filter((r) => r.room.id !== id));

const subscribe = followKey(FACILITATOR_KEY, listeners);

export function useSavedRooms() {
  return useSyncExternalStore(subscribe, read, () => cached);
}
