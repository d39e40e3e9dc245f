// The review track as a learner shares it: status on both tracks, the right answers in brief,
// and the chosen track; through the publisher to a real room server and back on its board.
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../../../server/__tests__/helpers";
import { plainSummary, reviewedSummary } from "../../course/__tests__/reviewLessonFixture";
import type { LessonProgress, Progress } from "../../progress/model";
import { createRoomClient } from "../client";
import { RoomPublisher, type PublishStatus } from "../learner/publisher";
import { learnerStateSchema } from "../protocol/schemas";
import { shareProgress } from "../share";

const at = "2025-05-01T09:00:00.000Z";
const base: LessonProgress = { drafts: [], hintsShown: 0, solutionShown: false, examplesShown: false, updatedAt: at };
const draft = { id: "1", role: "product-manager" as const, kind: "review" as const, request: "Please drop the duplicates", unblocks: "" };
const answer = (correct: boolean, version: string) => ({ given: { option: "x" }, correct, version, at });
const lessons = [plainSummary, reviewedSummary];

const progress = (answers: Record<string, ReturnType<typeof answer>>, extra: Partial<Progress> = {}): Progress => ({
  version: 3,
  lessons: { analyze: { ...base, drafts: [draft], review: { answers } } },
  ...extra,
});

describe("what a learner shares of the review track", () => {
  it("counts only answers right for the question as it is now, and lists each answered question", () => {
    const state = shareProgress(progress({ rows: answer(true, "v-rows"), metric: answer(false, "v-metric"), flaws: answer(true, "old"), gone: answer(true, "v") }), lessons);
    expect(learnerStateSchema.safeParse(state).success).toBe(true);
    expect(state.lessons.analyze!.review).toEqual({ right: 1, total: 4, answers: [{ id: "rows", correct: true }, { id: "metric", correct: false }] });
    expect(state.lessons.analyze!.tracks).toEqual({ code: { status: "in-progress" }, review: { status: "in-progress" } });
    expect(state.track).toBeUndefined();
  });

  it("is done on the review track with every question right and a request, whatever the code", () => {
    const all = Object.fromEntries(reviewedSummary.review!.questions.map((q) => [q.id, answer(true, q.version)]));
    const state = shareProgress(progress(all, { track: { value: "review", at } }), lessons);
    expect(state.track).toBe("review");
    expect(state.lessons.analyze!.tracks).toEqual({ code: { status: "in-progress" }, review: { status: "done" } });
    expect(state.lessons.analyze!.review).toMatchObject({ right: 4, total: 4 });
  });

  it("sends no review for a lesson without one; there the review track asks for a chosen track and a request", () => {
    const welcome = { welcome: { ...base, drafts: [draft] } };
    const without = shareProgress({ version: 3, lessons: welcome }, lessons).lessons.welcome!;
    expect(without.review).toBeUndefined();
    expect(without.tracks.review).toEqual({ status: "in-progress" });
    const chosen = shareProgress({ version: 3, lessons: welcome, track: { value: "code", at } }, lessons).lessons.welcome!;
    expect(chosen.tracks.review).toEqual({ status: "done" });
  });
});

describe("the review brief in the room protocol", () => {
  const lesson = (review: unknown) => ({ lessons: { analyze: { tracks: { code: { status: "done" } }, hintsShown: 0, solutionShown: false, drafts: [], review } } });
  it("accepts consistent counts and refuses impossible ones", () => {
    expect(learnerStateSchema.safeParse(lesson({ right: 2, total: 5 })).success).toBe(true);
    expect(learnerStateSchema.safeParse(lesson({ right: 1, total: 2, answers: [{ id: "a", correct: true }, { id: "b", correct: false }] })).success).toBe(true);
    for (const bad of [
      { right: 6, total: 5 },
      { right: -1, total: 5 },
      { right: 0, total: 0 },
      { right: 1.5, total: 5 },
      { right: 0, total: 1e9 },
      { right: 2, total: 5, answers: [{ id: "a", correct: true }] },
      { right: 1, total: 5, answers: [{ id: "a", correct: true }, { id: "a", correct: false }] },
      { right: 0, total: 1, answers: [{ id: "a", correct: false }, { id: "b", correct: false }] },
    ]) {
      expect(learnerStateSchema.safeParse(lesson(bad)).success, JSON.stringify(bad)).toBe(false);
    }
    expect(learnerStateSchema.safeParse({ lessons: {}, track: "watch" }).success).toBe(false);
  });
});

describe("the publisher", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("sends the review track's status, the right answers and the chosen track to the room", async () => {
    const { server, base: url } = await startServer();
    cleanups.push(() => server.close());
    const client = createRoomClient(url);
    const { room, secret } = await client.createRoom("Review");
    const joined = await client.join({ code: room.code, learnerId: "learner-0001", name: "Maya" });
    const membership = { roomId: room.id, code: room.code, title: room.title, expiresAt: room.expiresAt, token: joined.token, learnerId: "learner-0001", name: "Maya", joinedAt: at };
    const statuses: PublishStatus[] = [];
    const publisher = new RoomPublisher({ client, membership, lessons, context: () => ({ current: "analyze" }), onStatus: (s) => statuses.push(s), onFinal: () => {}, delayMs: 0 });
    cleanups.push(() => publisher.stop());
    publisher.publish(progress({ rows: answer(true, "v-rows"), metric: answer(true, "v-metric") }, { track: { value: "review", at } }));
    const end = Date.now() + 5_000;
    while (statuses.at(-1) !== "sent" && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
    const board = await client.board(room.id, secret, 0);
    const state = board.learners[0]!.state;
    expect(state.track).toBe("review");
    expect(state.lessons.analyze).toMatchObject({ tracks: { review: { status: "in-progress" } }, review: { right: 2, total: 4 } });
    expect(state.lessons.analyze!.advancedAt).toBeDefined();
  });
});
