// The room this browser's learner has joined, if any: kept in localStorage so every tab and every
// reload knows it; small on purpose, since the app reads it on every start.
import { useSyncExternalStore } from "react";
import { followKey } from "./storageKey";
import { z } from "../lib/zod";

export const MEMBERSHIP_KEY = "mlops-course:room";

const membershipSchema = z.object({
  roomId: z.string(),
  code: z.string(),
  title: z.string(),
  expiresAt: z.string(),
  token: z.string(),
  learnerId: z.string(),
  name: z.string(),
  team: z.optional(z.string()),
  joinedAt: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Membership | null = null;

function read(): Membership | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(MEMBERSHIP_KEY);
  } catch {
    return null;
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const parsed = membershipSchema.safeParse(data);
  cached = parsed.success ? parsed.data : null;
  return cached;
}

export function readMembership() {
  return typeof window === "undefined" ? null : read();
}

/** Joining (a membership) or leaving (null); every tab follows through the storage event. False when storage refused. */
export function saveMembership(membership: Membership | null): boolean {
  let saved = true;
  try {
    if (membership) window.localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify(membership));
    else window.localStorage.removeItem(MEMBERSHIP_KEY);
  } catch {
    saved = false;
  }
  for (const listener of listeners) listener();
  return saved;
}

const subscribe = followKey(MEMBERSHIP_KEY, listeners);

export function useMembership() {
  return useSyncExternalStore(subscribe, read, () => null);
}

/** Why this tab's learner is no longer in a room, to say so once the room's bar is gone. */
export type EndReason = "left" | "deleted" | "expired" | "removed" | "gone";
let ended: EndReason | null = null;

export function endMembership(reason: EndReason) {
  ended = reason;
  saveMembership(null);
}

export function dismissEnded() {
  ended = null;
  for (const listener of listeners) listener();
}

export function useEndedReason() {
  return useSyncExternalStore(subscribe, () => ended, () => null);
}
