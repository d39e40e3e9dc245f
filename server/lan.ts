// The addresses learners on the same network can open, and the start-up banner with a QR code
// (uqr) of the course's address for phones and tablets.
import { networkInterfaces } from "node:os";
import { renderUnicodeCompact } from "uqr";

/** IPv4 addresses of this machine's network interfaces, private ranges first. */
export function lanAddresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === "IPv4" && !net.internal)
    .map((net) => net!.address);
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return [...found.filter(isPrivate), ...found.filter((ip) => !isPrivate(ip))];
}

export function banner(host: string, port: number, database: string, expiryDays: number): string {
  const bindsAll = host === "0.0.0.0" || host === "::";
  const addresses = bindsAll ? lanAddresses() : [host];
  const base = `http://${addresses[0] ?? "localhost"}:${port}`;
  const lines = [
    "",
    "MLOps Hands-on room server",
    "",
    `  Course:            ${base}/`,
    `  Facilitator page:  ${base}/workshop?view=room`,
    ...addresses.slice(1).map((ip) => `  Also at:           http://${ip}:${port}/`),
    `  On this machine:   http://localhost:${port}/`,
    "",
  ];
  if (bindsAll && addresses.length === 0) {
    lines.push("  No network address found: only this machine can open the course. Connect to the room's network and restart.", "");
  } else {
    lines.push("  Learners on the same network open the course at this code's address:", "", renderUnicodeCompact(`${base}/`, { border: 2 }), "");
  }
  lines.push(`  Rooms are kept in ${database} and deleted after ${expiryDays} days. Stop with Ctrl+C.`, "");
  return lines.join("\n");
}
