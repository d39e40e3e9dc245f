// @vitest-environment jsdom
// The page hears once Python's files have all arrived, however late it starts listening.
import { afterEach, expect, it, vi } from "vitest";
import { announceFilesArrived, onPythonFilesArrived } from "../sandbox/filesArrived";

afterEach(() => {
  window.coursePythonFilesArrived = undefined;
});

it("tells those waiting when the files arrive, and those who ask later at once", () => {
  const early = vi.fn();
  const gaveUp = vi.fn();
  onPythonFilesArrived(early);
  onPythonFilesArrived(gaveUp)();
  expect(early).not.toHaveBeenCalled();
  announceFilesArrived();
  expect(early).toHaveBeenCalledTimes(1);
  expect(gaveUp).not.toHaveBeenCalled();
  const late = vi.fn();
  onPythonFilesArrived(late);
  expect(late).toHaveBeenCalledTimes(1);
  // A restart's session says it again: those who heard once are not told twice.
  announceFilesArrived();
  expect(early).toHaveBeenCalledTimes(1);
});
