import { describe, expect, it } from "vitest";
import { OutputBatcher } from "../output-batcher";

describe("OutputBatcher", () => {
  it("sends the first line at once, groups lines written quickly, and keeps streams apart", () => {
    let now = 1000;
    const sent: [string, string][] = [];
    const batcher = new OutputBatcher((stream, text) => sent.push([stream, text]), () => now);
    batcher.write("stdout", "a\n");
    batcher.write("stdout", "b\n");
    batcher.write("stdout", "c\n");
    batcher.write("stderr", "oops\n");
    now += 100;
    batcher.write("stderr", "again\n");
    batcher.write("stdout", "d\n");
    batcher.flush();
    expect(sent).toEqual([
      ["stdout", "a\n"],
      ["stdout", "b\nc\n"],
      ["stderr", "oops\nagain\n"],
      ["stdout", "d\n"],
    ]);
  });

  it("flushes a large burst without waiting", () => {
    const sent: string[] = [];
    const batcher = new OutputBatcher((_, text) => sent.push(text), () => 0);
    batcher.write("stdout", "x");
    batcher.write("stdout", "y".repeat(70_000));
    expect(sent.join("")).toHaveLength(70_001);
  });
});
