// The room feature's second entry: the facilitator's live room, for the facilitator page only.
export { useLiveRoom, type LiveRoom, type LiveStatus } from "./useLiveRoom";
export type { BoardSnapshot } from "./feed";
export { RoomError } from "../client";
