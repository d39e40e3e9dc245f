// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import type { Draft } from "../../progress";
import { DraftList } from "../DraftList";

const draft = (id: string): Draft => ({ id, role: "", kind: "", request: `request ${id}`, unblocks: "" });

function Harness({ initial }: { initial: Draft[] }) {
  const [drafts, setDraftsState] = useState(initial);
  return <DraftList drafts={drafts} setDrafts={(change) => setDraftsState(change)} />;
}

const requests = () => screen.getAllByLabelText("Your request").map((el) => (el as HTMLTextAreaElement).value);

describe("DraftList", () => {
  afterEach(cleanup);

  it("moves a draft with the keyboard and keeps focus on the moved draft", async () => {
    const user = userEvent.setup();
    render(<Harness initial={[draft("a"), draft("b"), draft("c")]} />);
    expect(screen.getByRole("button", { name: "Move request 1 up" })).toHaveProperty("disabled", true);
    screen.getByRole("button", { name: "Move request 3 up" }).focus();
    await user.keyboard("{Enter}");
    expect(requests()).toEqual(["request a", "request c", "request b"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move request 2 up" }));
    await user.keyboard("{Enter}");
    expect(requests()).toEqual(["request c", "request a", "request b"]);
    // At the top "up" is disabled, so focus stays on the same draft's "down" button.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move request 1 down" }));
    expect(screen.getByText("Moved to position 1 of 3.")).toBeTruthy();
  });

  it("removes without asking, and Undo puts the draft back where it was", async () => {
    const user = userEvent.setup();
    render(<Harness initial={[draft("a"), draft("b"), draft("c")]} />);
    await user.click(screen.getByRole("button", { name: "Remove request 2" }));
    expect(requests()).toEqual(["request a", "request c"]);
    expect(screen.getByText("Request 2 removed.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Undo" }));
    await user.keyboard("{Enter}");
    expect(requests()).toEqual(["request a", "request b", "request c"]);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("offers Undo for a few seconds only", async () => {
    vi.useFakeTimers();
    render(<Harness initial={[draft("a")]} />);
    act(() => screen.getByRole("button", { name: "Remove request 1" }).click());
    // Focus went to Undo, which pauses the countdown; once focus leaves, it runs.
    act(() => (document.activeElement as HTMLElement).blur());
    act(() => void vi.advanceTimersByTime(9000));
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    vi.useRealTimers();
  });
});
