// The room server's settings, from the environment (ROOM_*) or the command line (--port 4400 …).
import { resolve } from "node:path";
import { parseArgs } from "node:util";

export interface RoomConfig {
  host: string;
  port: number;
  database: string;
  dist: string;
  expiryDays: number;
  trustProxy: boolean;
}

export const CONFIG_HELP = `npm run room [-- options]
  --port N          port to listen on (ROOM_PORT, default 4400)
  --host ADDRESS    address to bind (ROOM_HOST, default 0.0.0.0: every interface)
  --db FILE         SQLite file holding the rooms (ROOM_DB, default data/rooms.sqlite)
  --dist FOLDER     the built course (ROOM_DIST, default OUT_DIR or dist)
  --expiry-days N   days after which a room and everything in it is deleted (ROOM_EXPIRY_DAYS, default 7)
  --trust-proxy     behind a reverse proxy: take client addresses from X-Forwarded-For (ROOM_TRUST_PROXY=1)`;

function positive(name: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? "whole " : ""}number, not "${text}".`);
  }
  return value;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): RoomConfig | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      db: { type: "string" },
      dist: { type: "string" },
      "expiry-days": { type: "string" },
      "trust-proxy": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const port = positive("--port", values.port ?? env.ROOM_PORT ?? "4400", true);
  if (port > 65535) throw new Error(`--port must be at most 65535, not ${port}.`);
  return {
    host: values.host ?? env.ROOM_HOST ?? "0.0.0.0",
    port,
    database: resolve(values.db ?? env.ROOM_DB ?? "data/rooms.sqlite"),
    dist: resolve(values.dist ?? env.ROOM_DIST ?? env.OUT_DIR ?? "dist"),
    expiryDays: positive("--expiry-days", values["expiry-days"] ?? env.ROOM_EXPIRY_DAYS ?? "7", false),
    trustProxy: values["trust-proxy"] ?? env.ROOM_TRUST_PROXY === "1",
  };
}
