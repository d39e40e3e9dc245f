// The facilitator's live room: create or open one of their rooms, follow its board, and act on it
// (time box, hands, export, delete). The secret never leaves this browser but in its requests.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { createRoomClient, RoomError } from "../client";
import { EVENTS, type TimerRequest } from "../protocol/schemas";
import { openStream, type StreamStatus } from "../stream";
import { BoardFeed } from "./feed";
import { forgetRoom, saveRoom, useSavedRooms, type SavedRoom } from "./rooms";

export type LiveStatus = StreamStatus | "closed" | "refused";

export function useLiveRoom() {
  const client = useMemo(() => createRoomClient(), []);
  const saved = useSavedRooms();
  const [openId, setOpenId] = useState<string | null>(null);
  const current: SavedRoom | undefined = saved.find((r) => r.room.id === openId) ?? (openId === null ? saved[0] : undefined);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const feed = useMemo(() => new BoardFeed(), [current?.room.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const board = useSyncExternalStore(feed.subscribe, feed.getSnapshot);

  useEffect(() => {
    if (!current) return;
    const { room, secret } = current;
    const close = openStream({
      url: client.eventsURL(room.id, "board"),
      token: secret,
      on: {
        [EVENTS.changes]: (data) => feed.changes(data),
        [EVENTS.learner]: (data) => feed.learner(data),
        [EVENTS.left]: (data) => feed.left(data),
        [EVENTS.presence]: (data) => feed.presence(data),
        [EVENTS.timer]: (data) => feed.timer(data),
        [EVENTS.closed]: () => setStatus("closed"),
      },
      poll: async () => feed.changes(await client.board(room.id, secret, feed.version)),
      onStatus: setStatus,
      onRefused: (code) => setStatus(code === 404 ? "closed" : "refused"),
    });
    return () => {
      close();
      feed.dispose();
    };
  }, [client, current, feed]);

  const create = useCallback(
    async (title: string) => {
      const created = await client.createRoom(title);
      if (!saveRoom(created)) throw new RoomError(0, "storage", "storage");
      setOpenId(created.room.id);
      return created;
    },
    [client],
  );

  const withRoom = <A extends unknown[], R>(action: (room: SavedRoom, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!current) throw new RoomError(0, "no-room", "No room is open.");
      return action(current, ...args);
    };

  return {
    saved,
    current,
    status,
    board,
    open: (id: string) => setOpenId(id),
    create,
    forget: (id: string) => {
      forgetRoom(id);
      if (id === current?.room.id) setOpenId(null);
    },
    pushTimer: withRoom((r, timer: TimerRequest | null) => (timer ? client.pushTimer(r.room.id, r.secret, timer) : client.endTimer(r.room.id, r.secret))),
    answerHand: withRoom(async (r, learnerId: string) => {
      feed.patch(learnerId, { hand: null });
      await client.answerHand(r.room.id, r.secret, learnerId);
    }),
    exportRoom: withRoom((r, kind: "json" | "csv") => client.exportRoom(r.room.id, r.secret, kind)),
    deleteRoom: withRoom(async (r) => {
      await client.deleteRoom(r.room.id, r.secret);
      forgetRoom(r.room.id);
      setOpenId(null);
    }),
  };
}

export type LiveRoom = ReturnType<typeof useLiveRoom>;
