// @vitest-environment jsdom
// When the page asks the sandbox to make a Check ahead: after an edit has rested, or at once when
// the pointer or focus reaches Check; never for code a Run or Check was given, nor while busy.
import { act, renderHook } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHECK_AHEAD_AFTER_MS, useCheckAhead } from "../useCheckAhead";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp(key = "en\nstarter", idle = true) {
  const prepare = vi.fn();
  const hook = renderHook((props: { key: string; idle: boolean }) => useCheckAhead({ ...props, prepare }), { initialProps: { key, idle } });
  return { prepare, hook };
}

describe("useCheckAhead", () => {
  it("makes an edited code's Check once the code has rested, and once only", () => {
    const { prepare, hook } = setUp();
    hook.rerender({ key: "en\nedit 1", idle: true });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS - 100));
    hook.rerender({ key: "en\nedit 2", idle: true });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS - 100));
    expect(prepare).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(100));
    expect(prepare).toHaveBeenCalledTimes(1);
    act(() => hook.result.current.now());
    hook.rerender({ key: "en\nedit 2", idle: false });
    hook.rerender({ key: "en\nedit 2", idle: true });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS * 2));
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("makes the code a lesson opens with ahead only when the pointer or focus reaches Check", () => {
    const { prepare, hook } = setUp();
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS * 2));
    expect(prepare).not.toHaveBeenCalled();
    act(() => hook.result.current.now());
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("leaves alone code a Run or Check was given, so that stopped code does not run again", () => {
    const { prepare, hook } = setUp();
    hook.rerender({ key: "en\nwhile True: pass", idle: true });
    act(() => hook.result.current.handedOver());
    hook.rerender({ key: "en\nwhile True: pass", idle: false });
    hook.rerender({ key: "en\nwhile True: pass", idle: true });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS * 2));
    act(() => hook.result.current.now());
    expect(prepare).not.toHaveBeenCalled();
  });

  it("waits while Python loads or a job runs, then makes the edited code's Check", () => {
    const { prepare, hook } = setUp("en\nstarter", false);
    hook.rerender({ key: "ja\nstarter", idle: false });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS * 2));
    act(() => hook.result.current.now());
    expect(prepare).not.toHaveBeenCalled();
    hook.rerender({ key: "ja\nstarter", idle: true });
    act(() => void vi.advanceTimersByTime(CHECK_AHEAD_AFTER_MS));
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
