// The room feature as the rest of the app sees it. Only small things load with the app (the
// layer that stays empty outside a room, name helpers); everything that talks to the server
// arrives on demand, once a learner joins or a facilitator opens the live room.
export { RoomLayer } from "./RoomLayer";
export { displayName, isolate, nameKey } from "./protocol/names";
export { formatJoinCode } from "./protocol/codes";
export { shareProgress, shareLesson } from "./share";
export type { BoardLearner, LearnerState, RoomInfo, RoomTimer, SharedLesson, TrackStatus, Hand } from "./protocol/schemas";
export const loadJoinPage = () => import("./learner/JoinPage");
export { useLiveRoom, type LiveRoom, type LiveStatus } from "./facilitator/useLiveRoom";
export type { BoardSnapshot } from "./facilitator/feed";
export { RoomError } from "./client";
