// @vitest-environment jsdom
// The grid with a review-track learner: the track in words beside the name, both tracks in each
// cell's label (the learner's own first), the Track filter the summary follows, the track counts.
import { cleanup, render, screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import i18n from "../../../i18n";
import { BoardGrid } from "../BoardGrid";
import { ken, lessons, maya } from "./fixture";

beforeEach(async () => {
  await i18n.changeLanguage("en");
});
afterEach(cleanup);

const renderGrid = () => render(<BoardGrid rows={[maya, ken]} lessons={lessons} lang="en" now={Date.parse("2025-05-01T10:00:00Z")} stuckAfterMinutes={10} />);
const rowOf = (name: string) => screen.getAllByRole("listitem").find((li) => li.textContent?.includes(name))!;

describe("the board grid with both tracks", () => {
  it("shows each learner's track in words and describes every cell on both tracks, their own first", () => {
    renderGrid();
    const mayaRow = rowOf("Maya");
    expect(within(mayaRow).getByText("Review").closest(".track-tag")).toBeTruthy();
    expect(within(rowOf("Ken")).getByText("Code").closest(".track-tag")).toBeTruthy();
    // On the review track a fail streak does not make Maya stuck.
    expect(mayaRow.textContent).toContain("06 Test: working · Review track: 3 of 5 answered right · Code: working, 4 of 6 checks pass");
    expect(mayaRow.textContent).toContain("02 Analyze the data: not started · Review track");
    expect(rowOf("Ken").textContent).toContain("06 Test: working · Code track: 6 of 6 checks pass · Review: working, 0 of 5 answered right");
    expect(rowOf("Ken").textContent).toContain("02 Analyze the data: done · Code track: 3 of 3 checks pass · Review: not started");
    const cell = within(mayaRow).getByText(/^06 Test: working/).parentElement!;
    expect(cell.getAttribute("title")).toBe(within(cell).getByText(/^06 Test/).textContent);
    expect(cell.className).toContain("on-review");
  });

  it("says how many are on each track, and filters the rows and the summary by track", async () => {
    const user = userEvent.setup();
    renderGrid();
    expect(screen.getByText("1 learner on the code track, 1 on the review track.")).toBeTruthy();
    const analyze = () => within(screen.getByRole("row", { name: /Analyze the data/ })).getAllByRole("cell").map((c) => c.textContent);
    expect(analyze()).toEqual(["1", "0", "0", "1"]);

    await user.selectOptions(screen.getByLabelText("Track"), "Review track");
    expect(within(screen.getByRole("list", { name: "1 learner" })).getAllByRole("listitem")).toHaveLength(1);
    expect(rowOf("Maya")).toBeTruthy();
    expect(analyze()).toEqual(["0", "0", "0", "1"]);

    await user.selectOptions(screen.getByLabelText("Track"), "Code track");
    expect(rowOf("Ken")).toBeTruthy();
    expect(screen.queryByText("Maya")).toBeNull();
    expect(analyze()).toEqual(["1", "0", "0", "0"]);
    await user.selectOptions(screen.getByLabelText("Track"), "Both tracks");
    expect(screen.getByRole("list", { name: "2 learners" })).toBeTruthy();
  });

  it("has no axe violations", async () => {
    const { container } = renderGrid();
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });

  it("speaks Japanese with the tracks' own names", async () => {
    await i18n.changeLanguage("ja");
    render(<BoardGrid rows={[maya, ken]} lessons={lessons} lang="ja" now={0} stuckAfterMinutes={10} />);
    expect(screen.getByText("トラック別の人数：「コードを書く」1 人、「レビューして判断する」1 人")).toBeTruthy();
    expect(rowOf("Maya").textContent).toContain("06 Test (ja)：取り組み中 · レビューして判断する：5 問中 3 問正解 · コード：取り組み中、6 件中 4 件合格");
  });
});
