// Charts fit the output area: a learner's spec asks for a width that suits a laptop ("width": 480),
// which would be clipped on a phone, so single charts take the container's width instead and
// vega re-lays them when the window resizes. A chart with nothing to draw is a sentence instead.
type Spec = Record<string, unknown>;

const isObject = (value: unknown): value is Spec => typeof value === "object" && value !== null && !Array.isArray(value);

/** Single and layered charts only: concatenated and faceted ones size their parts themselves. */
export function fitToContainer(spec: Spec): Spec {
  const single = "mark" in spec || "layer" in spec;
  const composed = ["facet", "repeat", "concat", "hconcat", "vconcat"].some((key) => key in spec);
  if (!single || composed) return spec;
  return { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } };
}

/** Every inline data table in the spec, its layers and its named datasets. */
function dataTables(spec: Spec): unknown[][] {
  const tables: unknown[][] = [];
  const visit = (node: Spec) => {
    if (isObject(node.data) && Array.isArray(node.data.values)) tables.push(node.data.values);
    if (isObject(node.datasets)) for (const values of Object.values(node.datasets)) if (Array.isArray(values)) tables.push(values);
    for (const key of ["layer", "concat", "hconcat", "vconcat"]) {
      const parts = node[key];
      if (Array.isArray(parts)) for (const part of parts) if (isObject(part)) visit(part);
    }
    if (isObject(node.spec)) visit(node.spec);
  };
  visit(spec);
  return tables;
}

/** True when the chart carries data tables and every one is empty: there is nothing to draw. */
export function hasNoData(spec: Spec): boolean {
  const tables = dataTables(spec);
  return tables.length > 0 && tables.every((values) => values.length === 0);
}
