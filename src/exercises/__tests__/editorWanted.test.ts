// @vitest-environment jsdom
// The editor is wanted once Python's files have arrived, or once it comes near the screen.
import { act, renderHook } from "@testing-library/preact";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { announceFilesArrived } from "../../runtime/sandbox/filesArrived";
import { useEditorWanted } from "../useEditorWanted";

// The runtime's index starts Python; the hook needs only the news of its files.
vi.mock("../../runtime", async () => ({ onPythonFilesArrived: (await import("../../runtime/sandbox/filesArrived")).onPythonFilesArrived }));

let intersect: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
beforeEach(() => {
  intersect = undefined;
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      constructor(callback: typeof intersect) {
        intersect = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.coursePythonFilesArrived = undefined;
});

const setUp = () => renderHook(() => useEditorWanted({ current: document.createElement("div") }));

it("waits while Python's files download, and wants the editor once they have arrived", () => {
  const { result } = setUp();
  expect(result.current[0]).toBe(false);
  act(() => announceFilesArrived());
  expect(result.current[0]).toBe(true);
});

it("wants it at once on a page opened after the files arrived", () => {
  announceFilesArrived();
  expect(setUp().result.current[0]).toBe(true);
});

it("wants it sooner when it comes near the screen", () => {
  const { result } = setUp();
  act(() => intersect?.([{ isIntersecting: true }]));
  expect(result.current[0]).toBe(true);
});
