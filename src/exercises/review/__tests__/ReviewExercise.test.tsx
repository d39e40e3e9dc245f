// @vitest-environment jsdom
// The review exercise on the page: feedback per answer, explanation once right, numbers as people
// type them, keyboard only, answers kept across a reload, a right request becoming a draft, and
// the learner's own file beside the reviewed one.
import { act, cleanup, render, screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Artifact } from "../../../progress/artifacts";

// jsdom has no CSS.escape, which user-event uses to walk a radio group with the arrow keys.
globalThis.CSS ??= { escape: (value: string) => value.replace(/["\\]/g, "\\$&") } as typeof CSS;

const stored = new Map<string, Artifact>();
vi.mock("../../../progress/artifacts", () => ({
  async saveArtifacts() {
    return new Date().toISOString();
  },
  async readArtifactsNamed(names: string[]) {
    return Object.fromEntries(names.map((name) => [name, stored.get(name)]));
  },
  async readArtifacts() {
    return Object.fromEntries(stored);
  },
  async storedArtifactNames() {
    return new Set(stored.keys());
  },
  async removeArtifacts() {},
}));

const i18n = (await import("../../../i18n")).default;
const { emptyProgress, progressStore } = await import("../../../progress");
const { progressSchema } = await import("../../../progress/schema");
const { STORAGE_KEY } = await import("../../../progress/storage");
const { CommunicationExercise } = await import("../../CommunicationExercise");
const { ReviewExercise } = await import("../ReviewExercise");
const { communicationLesson, review } = await import("./fixture");

const SLUG = "06-test";
const renderReview = () => render(<ReviewExercise slug={SLUG} review={review} lang="en" />);
const question = (n: number) => screen.getByRole("group", { name: new RegExp(`^Question ${n} of 5`) });
const feedback = (id: string) => screen.getByTestId(`review-q-${id}-feedback`);
const checkButton = (n: number) => within(question(n)).getByRole("button", { name: "Check answer" });

beforeEach(async () => {
  stored.clear();
  progressStore.clearAll(emptyProgress());
  await i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("ReviewExercise", () => {
  it("introduces the stakeholder you play and shows the artifact with its key figures", async () => {
    renderReview();
    expect(screen.getByRole("heading", { name: "Review exercise" })).toBeTruthy();
    expect(screen.getByText("You are Maya, Product Manager.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Review the test report" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Slices" })).toBeTruthy();
    const mae = screen.getByText("18,343 USD");
    expect(mae.closest("div")?.className).toBe("key");
    expect(screen.getByText("go").closest("div")?.className).toBeFalsy();
    expect(screen.getByRole("cell", { name: "South_and_West_of_Iowa_State_University" })).toBeTruthy();
    // The file as it arrived, pretty-printed.
    await userEvent.setup().click(screen.getByText("Show test_report.json as it arrived"));
    expect(screen.getByRole("figure", { name: "test_report.json under review" }).textContent).toContain('"decision": "go"');
    expect(screen.getByText("0 of 5 answered right")).toBeTruthy();
  });

  it("shows the feedback of a wrong answer, then for the right one the explanation too", async () => {
    const user = userEvent.setup();
    renderReview();
    await user.click(within(question(4)).getByLabelText("The model is proven bad there"));
    await user.click(checkButton(4));
    expect(feedback("small-slice").textContent).toContain("Not right yet.");
    expect(feedback("small-slice").textContent).toContain("Ten sales prove little either way.");
    expect(feedback("small-slice").textContent).not.toContain("which is exactly what a condition is for");
    expect(feedback("small-slice").getAttribute("aria-live")).toBe("polite");

    await user.click(within(question(4)).getByLabelText("Not proven good enough there"));
    expect(screen.getByText("You have changed your answer since it was checked: check it again.")).toBeTruthy();
    await user.click(checkButton(4));
    expect(feedback("small-slice").textContent).toContain("Right.");
    expect(feedback("small-slice").textContent).toContain("Right: too few sales to trust it there yet.");
    expect(feedback("small-slice").textContent).toContain("which is exactly what a condition is for");
    expect(screen.getByText("1 of 5 answered right")).toBeTruthy();
  });

  it("names what a findings answer missed and what it picked wrongly", async () => {
    const user = userEvent.setup();
    renderReview();
    await user.click(within(question(2)).getByLabelText("The RMSE is missing"));
    await user.click(within(question(2)).getByLabelText("There are no conditions"));
    await user.click(checkButton(2));
    const text = feedback("missing").textContent;
    expect(text).toContain("You missed this finding:");
    expect(text).toContain("South & West of ISU is within ±10 % for 3 of 10 sales");
    expect(text).toContain("This is not a problem of this artifact:");
    expect(text).toContain("The RMSE is there");
    expect(text).not.toContain("A slice fails, so the report needs a condition");
  });

  it("reads numbers as people type them, and refuses what is not a number without counting it", async () => {
    const user = userEvent.setup();
    renderReview();
    const input = within(question(1)).getByLabelText("Your answer (in USD)");
    await user.type(input, "about eighteen thousand");
    await user.click(checkButton(1));
    expect(within(question(1)).getByRole("alert").textContent).toBe("“about eighteen thousand” is not a number. Write it in digits, for example 18,300 or 18300.5.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(feedback("overall-mae").textContent).toBe("");
    expect(progressStore.lesson(SLUG)?.review).toBeUndefined();

    await user.clear(input);
    await user.type(input, "17,210");
    expect(within(question(1)).getByRole("alert").textContent).toBe("");
    await user.click(checkButton(1));
    expect(feedback("overall-mae").textContent).toContain("That is the validation error of lesson 05");

    await user.clear(input);
    await user.type(input, "$18,300");
    await user.click(checkButton(1));
    expect(feedback("overall-mae").textContent).toContain("Right.");
    expect(progressStore.lesson(SLUG)?.review?.answers["overall-mae"]).toMatchObject({ given: { value: 18300 }, correct: true, version: "v0" });
  });

  it("asks for an option before checking a choice", async () => {
    const user = userEvent.setup();
    renderReview();
    await user.click(checkButton(3));
    expect(within(question(3)).getByRole("alert").textContent).toBe("Pick one of the options first.");
    expect(progressStore.lesson(SLUG)?.review).toBeUndefined();
  });

  it("works with the keyboard alone", async () => {
    const user = userEvent.setup();
    renderReview();
    const decision = question(3);
    within(decision).getByLabelText("Go").focus();
    await user.keyboard("{ArrowDown}");
    expect(within(decision).getByLabelText<HTMLInputElement>("Go with conditions").checked).toBe(true);
    await user.tab(); // to the first piece of evidence
    await user.keyboard(" ");
    await user.tab();
    await user.keyboard(" ");
    await user.tab();
    await user.tab(); // past the third piece, to Check answer
    expect(document.activeElement).toBe(checkButton(3));
    await user.keyboard("{Enter}");
    expect(feedback("go").textContent).toContain("Right.");
    expect(feedback("go").textContent).toContain("Go with conditions: the goal is met overall");
  });

  it("keeps a right answer right after a reload, and stores it with the question's version", async () => {
    const user = userEvent.setup();
    const first = renderReview();
    await user.click(within(question(5)).getByLabelText(/write the decision as/));
    await user.click(checkButton(5));
    act(() => progressStore.flush());
    const saved = progressSchema.parse(JSON.parse(localStorage.getItem(STORAGE_KEY)!));
    expect(saved.lessons[SLUG]?.review?.answers.next).toMatchObject({ given: { option: "fix-decision" }, correct: true, version: "v4" });
    first.unmount();

    renderReview();
    expect(within(question(5)).getByLabelText<HTMLInputElement>(/write the decision as/).checked).toBe(true);
    expect(feedback("next").textContent).toContain("Right.");
    expect(screen.getByText("1 of 5 answered right")).toBeTruthy();
  });

  it("does not count an answer given to an earlier version of the question", () => {
    progressStore.updateLesson(SLUG, (lesson) => ({
      ...lesson,
      review: { answers: { next: { given: { option: "fix-decision" }, correct: true, version: "old", at: "2026-12-01T00:00:00.000Z" } } },
    }));
    renderReview();
    expect(screen.getByText("0 of 5 answered right")).toBeTruthy();
    expect(feedback("next").textContent).toBe("");
  });

  it("turns a right next request into a draft of the communication exercise and moves focus there", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ReviewExercise slug={SLUG} review={review} lang="en" />
        <CommunicationExercise lesson={communicationLesson} lang="en" />
      </>,
    );
    expect(within(question(5)).queryByRole("button", { name: "Draft this request" })).toBeNull();
    await user.click(within(question(5)).getByLabelText(/write the decision as/));
    await user.click(checkButton(5));
    await user.click(within(question(5)).getByRole("button", { name: "Draft this request" }));
    const drafts = progressStore.lesson(SLUG)!.drafts;
    expect(drafts).toEqual([
      { id: expect.any(String), role: "data-scientist", kind: "work", request: "Please write the decision as go with conditions and name the failing slice.", unblocks: "" },
    ]);
    const request = screen.getByLabelText<HTMLTextAreaElement>("Your request");
    expect(document.activeElement).toBe(request);
    // Pressed again, it returns to the same draft instead of adding another.
    await user.click(within(question(5)).getByRole("button", { name: "Draft this request" }));
    expect(progressStore.lesson(SLUG)!.drafts).toHaveLength(1);
    expect(document.activeElement).toBe(request);
  });

  it("shows the request options with whom they go to and their kind", () => {
    renderReview();
    expect(within(question(5)).getByText("Data Scientist · Do work")).toBeTruthy();
    expect(within(question(5)).getByText("MLOps Engineer · Do work")).toBeTruthy();
  });

  it("offers the learner's own file beside the reviewed one, only when their code wrote it", async () => {
    stored.set("test_report.json", { content: '{"decision":"go with conditions"}', source: "learner", lesson: SLUG, savedAt: "2026-12-01T10:00:00.000Z" });
    const user = userEvent.setup();
    renderReview();
    const compare = await screen.findByRole("button", { name: "Compare with my own file" });
    expect(compare.getAttribute("aria-pressed")).toBe("false");
    await user.click(compare);
    expect(compare.getAttribute("aria-pressed")).toBe("true");
    const own = await screen.findByRole("figure", { name: "Your own test_report.json (written by your code)" });
    expect(own.textContent).toContain('"decision": "go with conditions"');
    expect(screen.getByRole("figure", { name: "test_report.json under review" })).toBeTruthy();
  });

  it("offers no comparison with a file the course made", async () => {
    stored.set("test_report.json", { content: "{}", source: "reference", lesson: SLUG, savedAt: "2026-12-01T10:00:00.000Z" });
    renderReview();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole("button", { name: "Compare with my own file" })).toBeNull();
  });

  it("speaks Japanese", async () => {
    await i18n.changeLanguage("ja");
    render(<ReviewExercise slug={SLUG} review={review} lang="ja" />);
    expect(screen.getByText("あなたの役：マヤさん（プロダクトマネージャー）")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "答えを確かめる" })).toHaveLength(5);
    expect(screen.getByText("5 問中 0 問正解")).toBeTruthy();
  });
});
