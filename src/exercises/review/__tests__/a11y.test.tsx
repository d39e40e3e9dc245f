// @vitest-environment jsdom
// Accessibility of the review exercise: axe on the rendered exercise (jsdom cannot compute
// colours, so contrast is computed here from the stylesheets' own values).
import { readFileSync } from "node:fs";
import { cleanup, render, screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import "../../../i18n";
import { emptyProgress, progressStore } from "../../../progress";
import { ReviewExercise } from "../ReviewExercise";
import { review } from "./fixture";

afterEach(cleanup);

const css = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");
const variable = (name: string) => css("../../../app/styles.css").match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i"))![1]!;

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("review exercise accessibility", () => {
  it("has no axe violations, before and after answers", async () => {
    progressStore.clearAll(emptyProgress());
    const user = userEvent.setup();
    const { container } = render(<ReviewExercise slug="06-test" review={review} lang="en" />);
    const choice = screen.getByRole("group", { name: /^Question 4 of 5/ });
    await user.click(within(choice).getByLabelText("Noise: ignore it"));
    await user.click(within(choice).getByRole("button", { name: "Check answer" }));
    const numberQuestion = screen.getByRole("group", { name: /^Question 1 of 5/ });
    await user.type(within(numberQuestion).getByLabelText("Your answer (in USD)"), "n/a");
    await user.click(within(numberQuestion).getByRole("button", { name: "Check answer" }));
    await user.click(screen.getByText("Show test_report.json as it arrived"));
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });

  it("marks right and wrong in colours that keep 4.5:1 on the page and on the explanation's tint", () => {
    const tint = css("../review.css").match(/\.review-explanation \{[^}]*background: (#[0-9a-f]{6})/i)![1]!;
    for (const colour of [variable("pass"), variable("fail")]) expect(contrast(colour, variable("bg"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable("text"), tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable("pass"), tint)).toBeGreaterThanOrEqual(4.5);
  });
});
