// The learner's live room: publishes their progress, listens for the time box and their hand,
// counts time on the open lesson while the page is visible, and ends when the room does.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { course } from "../../course/course";
import type { Language } from "../../course/languages";
import { connectPublisher, progressStore } from "../../progress";
import { createRoomClient, RoomError } from "../client";
import { endMembership, type Membership } from "../membership";
import { closedEventSchema, EVENTS, handEventSchema, learnerViewSchema, timerEventSchema, type Hand } from "../protocol/schemas";
import { openStream, type StreamStatus } from "../stream";
import { RoomPublisher, type PublishStatus } from "./publisher";
import type { TimerView } from "./roomTimer";
import { withTrack } from "./tracker";

const TICK_MS = 5_000;
/** Time alone is worth a message this often; Checks, hints and drafts are sent at once. */
const TIME_PUBLISH_MS = 30_000;

export interface LearnerRoomState {
  stream: StreamStatus;
  publish: PublishStatus;
  timer: TimerView | null;
  hand: Hand | null;
  /** The facilitator marked the hand answered (until the learner raises it again). */
  answered: boolean;
  codeShares: Record<string, { at: string }>;
}

export function useLearnerRoom(membership: Membership, current: string | undefined, lang: Language) {
  const client = useMemo(() => createRoomClient(), []);
  const [state, setState] = useState<LearnerRoomState>({ stream: "connecting", publish: "sending", timer: null, hand: null, answered: false, codeShares: {} });
  const publisherRef = useRef<RoomPublisher | null>(null);
  const context = useRef({ current, lang });
  useEffect(() => {
    context.current = { current, lang };
  });

  const finish = useCallback((error: RoomError | { status: number }) => {
    endMembership(error.status === 401 ? "removed" : "gone");
  }, []);

  useEffect(() => {
    const { roomId, token } = membership;
    const sharesOf = (publisher: RoomPublisher) =>
      Object.fromEntries(Object.entries(publisher.tracks).flatMap(([slug, track]) => (track.code ? [[slug, { at: track.code.at }]] : [])));
    const publisher = new RoomPublisher({
      client,
      membership,
      lessons: course.lessons,
      context: () => context.current,
      onStatus: (publish) => setState((s) => ({ ...s, publish })),
      onFinal: finish,
    });
    publisherRef.current = publisher;
    setState((s) => ({ ...s, codeShares: sharesOf(publisher) }));
    const disconnect = connectPublisher(publisher);

    const onView = (data: unknown) => {
      const view = learnerViewSchema.safeParse(data);
      if (!view.success) return;
      const offsetMs = view.data.serverNow - Date.now();
      setState((s) => ({ ...s, timer: view.data.timer ? { timer: view.data.timer, offsetMs } : null, hand: view.data.hand }));
    };
    const closeStream = openStream({
      url: client.eventsURL(roomId, "me"),
      token,
      on: {
        [EVENTS.view]: onView,
        [EVENTS.timer]: (data) => {
          const event = timerEventSchema.safeParse(data);
          if (event.success) setState((s) => ({ ...s, timer: event.data.timer ? { timer: event.data.timer, offsetMs: event.data.serverNow - Date.now() } : null }));
        },
        [EVENTS.hand]: (data) => {
          const event = handEventSchema.safeParse(data);
          if (event.success) setState((s) => ({ ...s, hand: event.data.hand, answered: event.data.answered }));
        },
        [EVENTS.closed]: (data) => {
          const event = closedEventSchema.safeParse(data);
          endMembership(event.success ? event.data.reason : "removed");
        },
      },
      poll: async () => onView(await client.me(roomId, token)),
      onStatus: (stream) => setState((s) => ({ ...s, stream })),
      onRefused: (status) => finish({ status }),
    });

    // Time on the open lesson, counted only while the page is visible.
    let last = performance.now();
    let unsent = 0;
    const tick = () => {
      const now = performance.now();
      const elapsed = Math.min(now - last, TICK_MS * 2);
      last = now;
      const slug = context.current.current;
      if (!slug || document.visibilityState !== "visible") return;
      unsent += elapsed;
      const publishNow = unsent >= TIME_PUBLISH_MS;
      if (publishNow) unsent = 0;
      publisher.touch((tracker) => withTrack(tracker, slug, (track) => ({ ...track, timeMs: track.timeMs + elapsed })), publishNow);
    };
    const interval = setInterval(tick, TICK_MS);
    const onVisibility = () => {
      if (document.visibilityState === "visible") last = performance.now();
      else tick();
    };
    document.addEventListener("visibilitychange", onVisibility);

    return () => {
      clearInterval(interval);
      document.removeEventListener("visibilitychange", onVisibility);
      disconnect();
      publisher.stop();
      closeStream();
      publisherRef.current = null;
    };
  }, [client, membership, finish]);

  // A new lesson page open is worth telling at once.
  useEffect(() => publisherRef.current?.touch(), [current]);

  const raiseHand = useCallback(
    async (raised: boolean) => {
      const { hand } = await client.putHand(membership.roomId, membership.token, raised, raised ? context.current.current : undefined);
      setState((s) => ({ ...s, hand, answered: false }));
    },
    [client, membership],
  );

  const shareCode = useCallback((slug: string, code: string | null) => {
    const publisher = publisherRef.current;
    if (!publisher) return;
    const at = new Date().toISOString();
    publisher.touch((tracker) => withTrack(tracker, slug, (track) => ({ ...track, code: code === null ? undefined : { text: code, at } })));
    setState((s) => {
      const codeShares = { ...s.codeShares };
      if (code === null) delete codeShares[slug];
      else codeShares[slug] = { at };
      return { ...s, codeShares };
    });
  }, []);

  const leave = useCallback(async () => {
    publisherRef.current?.stop();
    try {
      await client.leave(membership.roomId, membership.token);
    } catch (error) {
      // A room that is gone or unreachable is left all the same: this browser stops sharing.
      if (!(error instanceof RoomError)) throw error;
    }
    endMembership("left");
  }, [client, membership]);

  return { state, raiseHand, shareCode, leave, codeOf: (slug: string) => progressStore.lesson(slug)?.code };
}
