// The room feature as every page sees it. Only small things load with the app (the layer that
// stays empty outside a room, name helpers); everything that talks to the server arrives on
// demand, once a learner joins. The facilitator's side has its own entry, ./facilitator, imported
// only by the facilitator page (itself loaded on demand), so the first page load carries none of it.
export { RoomLayer } from "./RoomLayer";
export { displayName, isolate, nameKey } from "./protocol/names";
export { formatJoinCode } from "./protocol/codes";
export { shareProgress, shareLesson } from "./share";
export type { BoardLearner, LearnerState, RoomInfo, RoomTimer, SharedLesson, TrackStatus, Hand } from "./protocol/schemas";
export const loadJoinPage = () => import("./learner/JoinPage");
