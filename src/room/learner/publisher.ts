// Sends the learner's state to the room: shortly after each change (a Check, a hint, a draft),
// one request at a time, the latest state only; when the room cannot be reached, it keeps trying
// with growing pauses and sends what is current once the room is back.
import type { Language } from "../../course/languages";
import type { LessonSummary } from "../../course/types";
import type { ProgressPublisher } from "../../progress";
import { lessonStatus, reviewAnswered, type Progress } from "../../progress/model";
import { RoomError, type RoomClient } from "../client";
import type { Membership } from "../membership";
import { draftCount, shareProgress } from "../share";
import { loadTracker, observe, saveTracker, trackOf, withTrack, type Tracker } from "./tracker";

export type PublishStatus = "sent" | "sending" | "waiting";

interface Options {
  client: RoomClient;
  membership: Membership;
  lessons: readonly Pick<LessonSummary, "slug" | "starter" | "review">[];
  context: () => { current?: string; lang?: Language };
  onStatus: (status: PublishStatus) => void;
  /** The room refused for good (deleted, expired, left elsewhere). */
  onFinal: (error: RoomError) => void;
  delayMs?: number;
}

const MAX_BACKOFF_MS = 30_000;

export class RoomPublisher implements ProgressPublisher {
  private progress: Progress | undefined;
  private tracker: Tracker = loadTracker();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private again = false;
  private stopped = false;
  private backoff = 1_000;
  private seq = 0;
  private readonly options: Options;

  constructor(options: Options) {
    this.options = options;
  }

  publish(progress: Progress) {
    this.progress = progress;
    this.observe(progress);
    this.schedule();
  }

  /** Something of the room's own changed (time, current lesson, shared code): kept, and sent unless `send` is false. */
  touch(change?: (tracker: Tracker) => Tracker, send = true) {
    if (change) this.setTracker(change(this.tracker));
    if (send) this.schedule();
  }

  get tracks() {
    return this.tracker.lessons;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private setTracker(tracker: Tracker) {
    this.tracker = tracker;
    saveTracker(tracker);
  }

  private observe(progress: Progress) {
    let tracker = this.tracker;
    const now = new Date();
    for (const lesson of this.options.lessons) {
      const own = Object.hasOwn(progress.lessons, lesson.slug) ? progress.lessons[lesson.slug] : undefined;
      if (!own) continue;
      const before = trackOf(tracker, lesson.slug);
      // Forward on the learner's own track: a review-track learner's right answers move them on, not checks.
      const track = progress.track?.value ?? "code";
      const status = lessonStatus(progress, lesson, track);
      const right = lesson.review ? reviewAnswered(own, lesson.review).right : 0;
      const after = observe(before, { checks: own.checks, status, drafts: draftCount(own), right }, now);
      if (after !== before) tracker = withTrack(tracker, lesson.slug, () => after);
    }
    if (tracker !== this.tracker) this.setTracker(tracker);
  }

  private schedule(delay = this.options.delayMs ?? 500) {
    if (this.stopped) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), delay);
  }

  private async send() {
    if (this.stopped || !this.progress) return;
    this.sending = true;
    this.again = false;
    this.options.onStatus("sending");
    const { membership, client } = this.options;
    const state = shareProgress(this.progress, this.options.lessons, { tracks: this.tracker.lessons, ...this.options.context() });
    try {
      await client.putState(membership.roomId, membership.token, { seq: ++this.seq, state });
      this.backoff = 1_000;
      this.sending = false;
      this.options.onStatus(this.again ? "sending" : "sent");
      if (this.again) this.schedule(0);
    } catch (error) {
      this.sending = false;
      const failure = error instanceof RoomError ? error : new RoomError(0, "network", String(error));
      if (failure.final) {
        this.stop();
        this.options.onFinal(failure);
        return;
      }
      this.options.onStatus("waiting");
      const wait = failure.retryAfterSeconds ? failure.retryAfterSeconds * 1000 : this.backoff;
      this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
      this.schedule(wait);
    }
  }
}
