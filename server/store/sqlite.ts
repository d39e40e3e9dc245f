// The room store in one SQLite file (better-sqlite3): rooms, their learners and each learner's last
// state. WAL mode, so a board reading never waits for a learner writing; a restart loses nothing.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Hand, LearnerState, RoomTimer } from "../../src/room/protocol/schemas";
import type { LearnerChange, NewLearner, NewRoom, RoomStore, StoredLearner, StoredRoom } from "./types";

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  secret_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  timer TEXT,
  version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rooms_expires ON rooms (expires_at);
CREATE TABLE IF NOT EXISTS learners (
  room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  team TEXT,
  joined_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  state TEXT NOT NULL,
  hand TEXT,
  seq INTEGER,
  version INTEGER NOT NULL,
  PRIMARY KEY (room_id, id)
);
CREATE INDEX IF NOT EXISTS learners_version ON learners (room_id, version);
`;

interface RoomRow {
  id: string;
  code: string;
  secret_hash: string;
  title: string;
  created_at: number;
  expires_at: number;
  timer: string | null;
  version: number;
}

interface LearnerRow {
  room_id: string;
  id: string;
  token_hash: string;
  name: string;
  team: string | null;
  joined_at: number;
  updated_at: number;
  state: string;
  hand: string | null;
  seq: number | null;
  version: number;
}

/** Rows were validated before they were written; a damaged one reads as empty rather than breaking the room. */
function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const toRoom = (row: RoomRow): StoredRoom => ({
  id: row.id,
  code: row.code,
  secretHash: row.secret_hash,
  title: row.title,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  timer: parseJson<RoomTimer | null>(row.timer, null),
  version: row.version,
});

const toLearner = (row: LearnerRow): StoredLearner => ({
  roomId: row.room_id,
  id: row.id,
  tokenHash: row.token_hash,
  name: row.name,
  ...(row.team === null ? {} : { team: row.team }),
  joinedAt: row.joined_at,
  updatedAt: row.updated_at,
  state: parseJson<LearnerState>(row.state, { lessons: {} }),
  hand: parseJson<Hand | null>(row.hand, null),
  ...(row.seq === null ? {} : { seq: row.seq }),
  version: row.version,
});

export function openSqliteStore(path: string): RoomStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // With WAL, NORMAL survives a crash of the process (not of the machine) and writes far faster.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const found = db.pragma("user_version", { simple: true }) as number;
  if (found > SCHEMA_VERSION) throw new Error(`${path} was written by a newer room server (schema ${found}); update this one.`);
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  const q = {
    insertRoom: db.prepare(
      "INSERT INTO rooms (id, code, secret_hash, title, created_at, expires_at) VALUES (@id, @code, @secretHash, @title, @createdAt, @expiresAt)",
    ),
    room: db.prepare<[string], RoomRow>("SELECT * FROM rooms WHERE id = ?"),
    roomByCode: db.prepare<[string], RoomRow>("SELECT * FROM rooms WHERE code = ?"),
    countRooms: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM rooms"),
    deleteRoom: db.prepare("DELETE FROM rooms WHERE id = ?"),
    bump: db.prepare<[string], { version: number }>("UPDATE rooms SET version = version + 1 WHERE id = ? RETURNING version"),
    setTimer: db.prepare("UPDATE rooms SET timer = ? WHERE id = ?"),
    putLearner: db.prepare(
      `INSERT INTO learners (room_id, id, token_hash, name, team, joined_at, updated_at, state, hand, seq, version)
       VALUES (@roomId, @id, @tokenHash, @name, @team, @joinedAt, @updatedAt, @state, @hand, @seq, @version)
       ON CONFLICT (room_id, id) DO UPDATE SET token_hash = excluded.token_hash, name = excluded.name, team = excluded.team,
         updated_at = excluded.updated_at, version = excluded.version`,
    ),
    learner: db.prepare<[string, string], LearnerRow>("SELECT * FROM learners WHERE room_id = ? AND id = ?"),
    countLearners: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM learners WHERE room_id = ?"),
    changeLearner: db.prepare(
      `UPDATE learners SET state = coalesce(@state, state), seq = coalesce(@seq, seq),
         hand = CASE WHEN @setHand THEN @hand ELSE hand END, updated_at = @updatedAt, version = @version
       WHERE room_id = @roomId AND id = @id`,
    ),
    removeLearner: db.prepare("DELETE FROM learners WHERE room_id = ? AND id = ?"),
    since: db.prepare<[string, number], LearnerRow>("SELECT * FROM learners WHERE room_id = ? AND version > ? ORDER BY joined_at, id"),
    ids: db.prepare<[string], { id: string }>("SELECT id FROM learners WHERE room_id = ? ORDER BY joined_at, id"),
    expired: db.prepare<[number], { id: string }>("SELECT id FROM rooms WHERE expires_at <= ?"),
  };

  const bump = (roomId: string) => q.bump.get(roomId)?.version;

  const setTimer = db.transaction((roomId: string, timer: RoomTimer | null) => {
    q.setTimer.run(timer === null ? null : JSON.stringify(timer), roomId);
    return bump(roomId) ?? 0;
  });
  const putLearner = db.transaction((learner: NewLearner) => {
    const version = bump(learner.roomId) ?? 0;
    q.putLearner.run({
      ...learner,
      team: learner.team ?? null,
      state: JSON.stringify(learner.state),
      hand: learner.hand === null ? null : JSON.stringify(learner.hand),
      seq: learner.seq ?? null,
      version,
    });
    return version;
  });
  const changeLearner = db.transaction((roomId: string, id: string, change: LearnerChange) => {
    if (!q.learner.get(roomId, id)) return undefined;
    const version = bump(roomId) ?? 0;
    q.changeLearner.run({
      roomId,
      id,
      state: change.state === undefined ? null : JSON.stringify(change.state),
      seq: change.seq ?? null,
      setHand: change.hand === undefined ? 0 : 1,
      hand: change.hand ? JSON.stringify(change.hand) : null,
      updatedAt: change.updatedAt,
      version,
    });
    return version;
  });
  const removeLearner = db.transaction((roomId: string, id: string) => {
    if (q.removeLearner.run(roomId, id).changes === 0) return undefined;
    return bump(roomId);
  });
  const deleteExpired = db.transaction((now: number) => {
    const ids = q.expired.all(now).map((row) => row.id);
    for (const id of ids) q.deleteRoom.run(id);
    return ids;
  });

  return {
    createRoom: async (room: NewRoom) => {
      q.insertRoom.run(room);
      return { ...room, timer: null, version: 0 };
    },
    findRoom: async (id) => {
      const row = q.room.get(id);
      return row && toRoom(row);
    },
    findRoomByCode: async (code) => {
      const row = q.roomByCode.get(code);
      return row && toRoom(row);
    },
    countRooms: async () => q.countRooms.get()?.n ?? 0,
    deleteRoom: async (id) => void q.deleteRoom.run(id),
    setTimer: async (roomId, timer) => setTimer(roomId, timer),
    putLearner: async (learner) => putLearner(learner),
    findLearner: async (roomId, id) => {
      const row = q.learner.get(roomId, id);
      return row && toLearner(row);
    },
    countLearners: async (roomId) => q.countLearners.get(roomId)?.n ?? 0,
    changeLearner: async (roomId, id, change) => changeLearner(roomId, id, change),
    removeLearner: async (roomId, id) => removeLearner(roomId, id),
    learnersSince: async (roomId, version) => q.since.all(roomId, version).map(toLearner),
    learnerIds: async (roomId) => q.ids.all(roomId).map((row) => row.id),
    deleteExpired: async (now) => deleteExpired(now),
    close: async () => void db.close(),
  };
}
