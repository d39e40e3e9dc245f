// @vitest-environment jsdom
import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import "../../i18n";
import { DisplayOutput } from "../DisplayOutput";
import { appendOutput, OUTPUT_LIMIT } from "../output";

describe("appendOutput", () => {
  it("keeps output up to the limit, then adds one note and ignores the rest", () => {
    let chunks = appendOutput([], "stdout", "a".repeat(OUTPUT_LIMIT - 10), "cut");
    chunks = appendOutput(chunks, "stderr", "b".repeat(50), "cut");
    chunks = appendOutput(chunks, "stdout", "c".repeat(50), "cut");
    expect(chunks.map((c) => [c.stream, c.text.length])).toEqual([
      ["stdout", OUTPUT_LIMIT - 10],
      ["stderr", 10],
      ["note", 3],
    ]);
  });
});

describe("DisplayOutput", () => {
  it("renders a table bundle as a table, cells as text, with a note when rows were cut", () => {
    render(
      <DisplayOutput bundle={{ type: "table", columns: ["name", "price"], rows: [["<b>x</b>", 1], ["y", null]], total: 500 }} />,
    );
    expect(screen.getByRole("columnheader", { name: "price" })).toBeTruthy();
    expect(screen.getByRole("cell", { name: "<b>x</b>" })).toBeTruthy();
    expect(document.querySelector("b")).toBeNull();
    expect(screen.getByText("Showing the first 2 of 500 rows.")).toBeTruthy();
  });

  it("renders a text bundle as preformatted text", () => {
    render(<DisplayOutput bundle={{ type: "text", text: "{'n': 1}" }} />);
    expect(screen.getByText("{'n': 1}").tagName).toBe("PRE");
  });
});
