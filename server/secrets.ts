// Random secrets, join codes and their comparison. Only hashes are stored: a copy of the database
// file lets nobody act as a facilitator or a learner.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "../src/room/protocol/codes";

export const newSecret = () => randomBytes(32).toString("base64url");
export const newId = () => randomBytes(12).toString("base64url");
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(presented: string | undefined, storedHash: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(hashSecret(presented), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The secret of an `Authorization: Bearer …` header. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_.-]{16,160})$/.exec(header ?? "");
  return match?.[1];
}
