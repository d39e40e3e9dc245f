// What the entry preloads for a visit that opens on a lesson, and what the app then gets: the page
// once it and the lesson's text are in, and nothing (so the router does its usual work) for any
// other address, a lesson the course lacks or a malformed address. A lesson that fails or is slow
// to arrive is driven in e2e/course.spec.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";

const load = vi.fn<(slug: string) => Promise<unknown> | undefined>();
vi.mock("../LessonPage", () => ({ default: function LessonPage() {} }));
vi.mock("../../course/course", () => ({ course: { load: (slug: string) => load(slug) } }));

async function fresh() {
  vi.resetModules();
  return import("../preloadLesson");
}

beforeEach(() => load.mockReset());

describe("preloadLesson", () => {
  it("loads a lesson's page and text, and hands over the page once both are in", async () => {
    load.mockResolvedValue({});
    const { preloadLesson, preloadedLesson } = await fresh();
    preloadLesson("/lessons/train");
    const page = await preloadedLesson();
    expect(load).toHaveBeenCalledWith("train");
    expect(page?.name).toBe("LessonPage");
  });

  it("hands over nothing for other addresses, unknown lessons and malformed escapes", async () => {
    for (const path of ["/", "/glossary", "/lessons/train/extra", "/lessons/%E0%A4%A"]) {
      const { preloadLesson, preloadedLesson } = await fresh();
      expect(() => preloadLesson(path)).not.toThrow();
      expect(await preloadedLesson()).toBeUndefined();
    }
    expect(load).not.toHaveBeenCalled();
    load.mockReturnValue(undefined);
    const { preloadLesson, preloadedLesson } = await fresh();
    preloadLesson("/lessons/no-such-lesson");
    expect(await preloadedLesson()).toBeUndefined();
  });
});
