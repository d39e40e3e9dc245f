// Random ids for learners and drafts. 128 random bits from getRandomValues, which also works on
// plain-http LAN addresses (the room server), where crypto.randomUUID does not exist.
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
