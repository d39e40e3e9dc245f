// @vitest-environment jsdom
// The locale data for times is loaded while the browser is idle, once per language, and not at all
// if the panel is gone before then.
import { act, renderHook } from "@testing-library/preact";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { useWarmTimeFormat } from "../useWarmTimeFormat";

let idle: (() => void)[] = [];
beforeEach(() => {
  idle = [];
  vi.stubGlobal("requestIdleCallback", (callback: () => void) => idle.push(callback) - 1);
  vi.stubGlobal("cancelIdleCallback", (id: number) => (idle[id] = () => undefined));
});
afterEach(() => vi.unstubAllGlobals());

it("formats a time once per language, when the browser is idle", () => {
  const format = vi.spyOn(Date.prototype, "toLocaleTimeString");
  const { rerender } = renderHook(({ language }) => useWarmTimeFormat(language), { initialProps: { language: "ja" } });
  expect(format).not.toHaveBeenCalled();
  idle.forEach((callback) => callback());
  expect(format).toHaveBeenCalledWith("ja");
  renderHook(() => useWarmTimeFormat("ja"));
  rerender({ language: "en" });
  idle.slice(1).forEach((callback) => callback());
  expect(format.mock.calls.map(([language]) => language)).toEqual(["ja", "en"]);
  format.mockRestore();
});

it("does nothing once the panel is gone", () => {
  const format = vi.spyOn(Date.prototype, "toLocaleTimeString");
  const { unmount } = renderHook(() => useWarmTimeFormat("fr"));
  act(() => unmount());
  idle.forEach((callback) => callback());
  expect(format).not.toHaveBeenCalled();
  format.mockRestore();
});
