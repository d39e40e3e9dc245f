// The room store's interface: what the server needs from its database, whatever that database is.
// SQLite (sqlite.ts) is the embedded default; a PostgreSQL store would implement the same methods
// (see the README on running many rooms). Every method is async so such a store fits as it is.
import type { Hand, LearnerState, RoomTimer } from "../../src/room/protocol/schemas";

export interface StoredRoom {
  id: string;
  code: string;
  /** SHA-256 of the facilitator's secret; the secret itself is never stored. */
  secretHash: string;
  title: string;
  createdAt: number;
  expiresAt: number;
  timer: RoomTimer | null;
  /** Raised by every change a board must see, so a board can ask for what changed since. */
  version: number;
}

export interface StoredLearner {
  roomId: string;
  id: string;
  tokenHash: string;
  name: string;
  team?: string;
  joinedAt: number;
  updatedAt: number;
  state: LearnerState;
  hand: Hand | null;
  seq?: number;
  /** The room's version at this learner's last change. */
  version: number;
}

export type NewRoom = Omit<StoredRoom, "version" | "timer">;
export type NewLearner = Omit<StoredLearner, "version">;
export type LearnerChange = Partial<Pick<StoredLearner, "state" | "seq" | "hand">> & { updatedAt: number };

export interface RoomStore {
  createRoom(room: NewRoom): Promise<StoredRoom>;
  findRoom(id: string): Promise<StoredRoom | undefined>;
  findRoomByCode(code: string): Promise<StoredRoom | undefined>;
  countRooms(): Promise<number>;
  /** Removes the room and all its learners. */
  deleteRoom(id: string): Promise<void>;
  /** Returns the room's new version. */
  setTimer(roomId: string, timer: RoomTimer | null): Promise<number>;
  /** Adds the learner, or replaces the one with the same id (a new join issues a new token). */
  putLearner(learner: NewLearner): Promise<number>;
  findLearner(roomId: string, learnerId: string): Promise<StoredLearner | undefined>;
  countLearners(roomId: string): Promise<number>;
  /** Returns the room's new version, or undefined when the learner is not there. */
  changeLearner(roomId: string, learnerId: string, change: LearnerChange): Promise<number | undefined>;
  removeLearner(roomId: string, learnerId: string): Promise<number | undefined>;
  /** Learners changed after `version` (all of them for 0). */
  learnersSince(roomId: string, version: number): Promise<StoredLearner[]>;
  learnerIds(roomId: string): Promise<string[]>;
  /** Deletes every room whose time is up; returns their ids. */
  deleteExpired(now: number): Promise<string[]>;
  close(): Promise<void>;
}
