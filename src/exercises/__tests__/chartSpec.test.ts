// The chart filter: the course's own charts pass unchanged; anything that could load or link
// elsewhere is refused with where it is.
import { describe, expect, it } from "vitest";
import { filterChartSpec } from "../chartSpec";

const bar = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  title: "Payback: month 5",
  data: { values: [{ month: 1, saved: 100 }] },
  mark: { type: "bar", color: "#4c78a8" },
  encoding: { x: { field: "month", type: "ordinal" }, y: { field: "saved", type: "quantitative" } },
};

describe("filterChartSpec", () => {
  it("passes a chart like the course's own, titles with colons included", () => {
    expect(filterChartSpec(bar)).toEqual({ ok: true, spec: bar });
  });

  it.each([
    ["a CSS url() in a colour", { ...bar, mark: { type: "bar", color: "url(http://remote.example/x)" } }, "address", "mark.color"],
    ["url() with spaces and capitals", { ...bar, config: { background: "URL ( //remote.example/x )" } }, "address", "config.background"],
    ["a web address as a value", { ...bar, layer: [{ mark: "point", encoding: { color: { value: "https://remote.example/" } } }] }, "address", "layer.0.encoding.color.value"],
    ["data.url", { ...bar, data: { url: "https://remote.example/data.csv" } }, "url", "data.url"],
    ["an image mark", { ...bar, mark: "image" }, "image", "mark"],
    ["an image mark as an object", { ...bar, mark: { type: "image" } }, "image", "mark"],
    ["a link on marks", { ...bar, encoding: { ...bar.encoding, href: { field: "month" } } }, "href", "encoding.href"],
    ["usermeta", { ...bar, usermeta: { embedOptions: { actions: true } } }, "usermeta", "usermeta"],
    ["usermeta deep in a layer", { ...bar, layer: [{ usermeta: {} }] }, "usermeta", "layer.0.usermeta"],
    ["a $schema that is not Vega-Lite's", { ...bar, $schema: "https://remote.example/schema.json" }, "address", "$schema"],
  ])("refuses %s", (_, spec, what, path) => {
    expect(filterChartSpec(spec as Record<string, unknown>)).toEqual({ ok: false, refusal: { what, path } });
  });
});
