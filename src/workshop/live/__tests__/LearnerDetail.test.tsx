// @vitest-environment jsdom
// A learner's details on the review track: the track said at the top, both tracks per lesson, each
// review question right / wrong / not answered in words with its prompt from the loaded lesson;
// and the live room's list of the review questions most answered wrong.
import { cleanup, render, screen, within } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Lesson } from "../../../course/types";
import { ken, lessons, maya, QUESTIONS } from "../../grid/__tests__/fixture";

vi.mock("../../../course/course", async () => {
  const { compileMarkdown } = await import("../../../../scripts/lib/compile-course");
  const { QUESTIONS: ids } = await import("../../grid/__tests__/fixture");
  const questions = (lang: string) => ids.map((id) => ({ id, prompt: compileMarkdown(`${lang} prompt of **${id}**?`) }));
  const lesson = { slug: "test", review: { text: { en: { questions: questions("English") }, ja: { questions: questions("Japanese") } } } } as unknown as Lesson;
  return { course: { load: (slug: string) => (slug === "test" ? Promise.resolve(lesson) : undefined) } };
});

const i18n = (await import("../../../i18n")).default;
const { LearnerDetail } = await import("../LearnerDetail");
const { Attention } = await import("../Attention");

// jsdom has no modal dialogs.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

beforeEach(async () => {
  await i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("a learner's details", () => {
  it("says the track, both tracks per lesson and every review answer in words with its prompt", async () => {
    const { container } = render(<LearnerDetail row={maya} name="Maya" lessons={lessons} lang="en" onClose={() => {}} />);
    const dialog = screen.getByRole("dialog", { name: "Maya" });
    expect(within(dialog).getByText("Track: “I review and decide”")).toBeTruthy();
    expect(within(dialog).getByRole("heading", { level: 4 }).textContent).toBe("06 Test · Review: In progress · Code: In progress");
    expect(within(dialog).getByText("Review: 3 of 5 answered right")).toBeTruthy();

    // The prompts arrive with the lesson (the list without them is replaced by the one with them).
    expect(await within(dialog).findByText("share", { selector: "strong" })).toBeTruthy();
    const answers = within(dialog).getByRole("list", { name: "Review answers, Test" });
    const items = within(answers).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual([
      "Question 1: right",
      "Question 2: wrong",
      "Question 3: right",
      "Question 4: not answered",
      "Question 5: right",
    ]);
    expect(items[1]!.textContent).toContain("English prompt of missing?");
    expect(items.map((li) => li.querySelector(".check-mark")?.textContent)).toEqual(["✓", "✗", "✓", "–", "✓"]);
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });

  it("puts the code track first for a learner who chose no track, and shows the prompts in Japanese", async () => {
    await i18n.changeLanguage("ja");
    render(<LearnerDetail row={ken} name="Ken" lessons={lessons} lang="ja" onClose={() => {}} />);
    expect(screen.getByText(/^取り組み方は選ばれていません/)).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["02 Analyze the data (ja) · コード：完了 · レビュー：未着手", "06 Test (ja) · コード：進行中 · レビュー：進行中"]);
    expect(await screen.findAllByText(/^Japanese prompt of/)).toHaveLength(QUESTIONS.length);
    const answers = screen.getByRole("list", { name: "レビューの回答（Test (ja)）" });
    expect(within(answers).getAllByRole("listitem").map((li) => li.querySelector("strong")?.textContent)).toEqual(["質問 1：未回答", "質問 2：不正解", "質問 3：未回答", "質問 4：未回答", "質問 5：未回答"]);
  });

  it("shows the counts alone when an older app shared no answers", () => {
    const counts = { ...maya, lessons: { test: { ...maya.lessons.test!, review: { right: 3, total: 5 } } } };
    render(<LearnerDetail row={counts} name="Maya" lessons={lessons} lang="en" onClose={() => {}} />);
    expect(screen.getByText("Review: 3 of 5 answered right")).toBeTruthy();
    expect(screen.queryByRole("list", { name: /^Review answers/ })).toBeNull();
  });
});

describe("the review questions most answered wrong", () => {
  it("names the lesson and the question's number, with how many got it wrong of those who answered", () => {
    const wrong = (key: string) => ({ ...ken, key, name: key });
    render(<Attention rows={[maya, ken, wrong("Ben"), wrong("Aiko")]} lessons={lessons} lang="en" now={0} onAnswer={() => {}} />);
    const list = screen.getByRole("region", { name: "Review questions most of the room answers wrong now" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["06 Test, review question 2 · 4 of 4 who answered it got it wrong"]);
  });

  it("says so when no question is answered wrong by two learners", () => {
    render(<Attention rows={[maya]} lessons={lessons} lang="en" now={0} onAnswer={() => {}} />);
    expect(screen.getByText("No review question is answered wrong by more than one learner.")).toBeTruthy();
  });
});
