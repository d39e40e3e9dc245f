// Lesson 06 as the boards see it, with a review of five questions, and two learners: Maya on the
// review track (3 of 5 right, checks half done) and Ken on the code track (all checks, one answer).
import type { LessonSummary } from "../../../course/types";
import type { SharedLesson } from "../../../room";
import type { BoardRow } from "../model";

export const QUESTIONS = ["share", "missing", "go", "noise", "next"];

const summary = (order: number, slug: string, title: string, review?: string[]): LessonSummary => ({
  folder: `${String(order).padStart(2, "0")}-${slug}`,
  order,
  slug,
  minutes: 30,
  roles: ["data-scientist"],
  reads: [],
  writes: [],
  starter: { en: "", ja: "" },
  text: { en: { title, summary: "" }, ja: { title: `${title} (ja)`, summary: "" } },
  ...(review ? { review: { reviewer: "product-manager" as const, questions: review.map((id) => ({ id, version: `v-${id}` })) } } : {}),
});

export const lessons = [summary(2, "analyze", "Analyze the data"), summary(6, "test", "Test", QUESTIONS)];

const checks = (passing: number, failing: number) => ({
  at: "2025-05-01T09:30:00.000Z",
  passed: failing === 0,
  results: [...Array(passing + failing).keys()].map((i) => ({ name: `c${i}`, title: `Check ${i}`, passed: i < passing })),
});

const testLesson = (extra: Partial<SharedLesson>): SharedLesson => ({
  tracks: { code: { status: "in-progress" }, review: { status: "in-progress" } },
  hintsShown: 0,
  solutionShown: false,
  drafts: [],
  ...extra,
});

export const maya: BoardRow = {
  key: "id:maya1234",
  name: "Maya",
  track: "review",
  lessons: {
    test: testLesson({
      checks: checks(4, 2),
      failStreaks: { c5: 4 },
      review: { right: 3, total: 5, answers: [{ id: "share", correct: true }, { id: "missing", correct: false }, { id: "go", correct: true }, { id: "next", correct: true }] },
    }),
  },
};

export const ken: BoardRow = {
  key: "id:ken56789",
  name: "Ken",
  lessons: {
    analyze: { ...testLesson({ checks: checks(3, 0) }), tracks: { code: { status: "done" }, review: { status: "not-started" } } },
    test: testLesson({ checks: checks(6, 0), review: { right: 0, total: 5, answers: [{ id: "missing", correct: false }] } }),
  },
};
