// The learner's project in one place: what each lesson's artifact says, read from the files the
// lessons wrote (the learner's own, or the course's reference ones, marked). A file that does not
// parse is reported, never thrown: the summary shows what it can.
import { z } from "../../lib/zod";
import type { ArtifactSource } from "../../progress/model";

const num = z.number();
const goalSchema = z.looseObject({
  problem: z.optional(z.string()),
  monthly_value: z.optional(z.nullable(num)),
  payback_month: z.optional(z.nullable(num)),
  horizon_months: z.optional(num),
  tolerance: z.optional(num),
  min_share_within_tolerance: z.optional(num),
});
const analysisSchema = z.looseObject({
  rows: z.optional(num),
  columns: z.optional(num),
  missing: z.optional(z.record(z.string(), num)),
  sale_price: z.optional(z.looseObject({ median: z.optional(num), skewness: z.optional(num), outliers_high: z.optional(num) })),
  top_correlations: z.optional(z.array(z.tuple([z.string(), num]))),
  strong_pairs: z.optional(z.array(z.tuple([z.string(), z.string(), num]))),
});
const datasheetSchema = z.looseObject({
  rows: z.optional(num),
  columns: z.optional(z.array(z.string())),
  rules: z.optional(z.array(z.looseObject({ rule: z.string(), rows_removed: z.optional(num) }))),
  split: z.optional(z.looseObject({ train: z.optional(z.string()), test: z.optional(z.string()) })),
  sha256: z.optional(z.string()),
});
const preprocessorSchema = z.looseObject({
  features: z.optional(z.array(z.string())),
  categorical: z.optional(z.record(z.string(), z.unknown())),
  fitted_on: z.optional(z.looseObject({ split: z.optional(z.string()), rows: z.optional(num) })),
});
const modelSchema = z.looseObject({
  model: z.optional(z.string()),
  alpha: z.optional(num),
  chosen_run: z.optional(z.string()),
  trained_on: z.optional(z.looseObject({ rows: z.optional(num) })),
});
const experimentsSchema = z.looseObject({ runs: z.optional(z.array(z.unknown())), selection_metric: z.optional(z.string()) });
const testReportSchema = z.looseObject({
  decision: z.optional(z.string()),
  overall: z.optional(z.looseObject({ rmse: z.optional(num), mae: z.optional(num), share_within_tolerance: z.optional(num) })),
  failing_slices: z.optional(z.array(z.string())),
  conditions: z.optional(z.array(z.string())),
});

/** One fact: a label key (summary.fact.<key>) and its value, already formatted. */
export interface Fact {
  key: string;
  value: string;
}

export type PartId = "goal" | "analysis" | "dataset" | "preprocessor" | "model" | "test";

export interface Part {
  id: PartId;
  /** The lesson that writes it, by slug. */
  lesson: string;
  files: string[];
  state: { kind: "missing" } | { kind: "unreadable"; file: string; message: string } | { kind: "read"; source: ArtifactSource; facts: Fact[] };
}

export interface StoredFile {
  content: string;
  source: ArtifactSource;
}

interface Format {
  number: (value: number, digits?: number) => string;
  usd: (value: number) => string;
  percent: (value: number) => string;
}

export function formats(lang: string): Format {
  return {
    number: (value, digits = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value),
    usd: (value) => `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value)} USD`,
    percent: (value) => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value),
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parse<T>(schema: z.ZodMiniType<T>, content: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`).join("; ") };
}

const fact = (key: string, value: string | undefined): Fact[] => (value === undefined || value === "" ? [] : [{ key, value }]);


/** The summary of every part, from the stored files by name. */
export function projectSummary(files: Record<string, StoredFile | undefined>, lang: string): Part[] {
  const f = formats(lang);
  const part = <T,>(id: PartId, lesson: string, names: string[], schemas: z.ZodMiniType<T>[], facts: (values: T[]) => Fact[]): Part => {
    const stored = names.map((name) => files[name]);
    if (stored.some((file) => file === undefined)) return { id, lesson, files: names, state: { kind: "missing" } };
    const values: T[] = [];
    for (const [i, file] of stored.entries()) {
      const parsed = parse(schemas[i]!, file!.content);
      if (!parsed.ok) return { id, lesson, files: names, state: { kind: "unreadable", file: names[i]!, message: parsed.message } };
      values.push(parsed.value);
    }
    // Marked as reference when any of its files is.
    const source: ArtifactSource = stored.some((file) => file!.source === "reference") ? "reference" : "learner";
    return { id, lesson, files: names, state: { kind: "read", source, facts: facts(values) } };
  };
  return [
    part("goal", "business-understanding", ["business_goal.json"], [goalSchema], ([goal]) => [
      ...fact("problem", goal!.problem),
      ...fact("monthlyValue", goal!.monthly_value == null ? undefined : f.usd(goal!.monthly_value)),
      ...fact("payback", goal!.payback_month == null ? undefined : f.number(goal!.payback_month)),
      ...fact(
        "target",
        goal!.tolerance === undefined || goal!.min_share_within_tolerance === undefined
          ? undefined
          : `${f.percent(goal!.min_share_within_tolerance)} / ±${f.percent(goal!.tolerance)}`,
      ),
    ]),
    part("analysis", "analyze", ["analysis_report.json"], [analysisSchema], ([report]) => [
      ...fact("size", report!.rows === undefined || report!.columns === undefined ? undefined : `${f.number(report!.rows)} × ${f.number(report!.columns)}`),
      ...fact("missing", report!.missing && Object.entries(report!.missing).map(([column, count]) => `${column} (${f.number(count)})`).join(", ")),
      ...fact("medianPrice", report!.sale_price?.median === undefined ? undefined : f.usd(report!.sale_price.median)),
      ...fact("skewness", report!.sale_price?.skewness === undefined ? undefined : f.number(report!.sale_price.skewness, 2)),
      ...fact("drivers", report!.top_correlations?.slice(0, 3).map(([column, r]) => `${column} (r ${f.number(r, 2)})`).join(", ")),
      ...fact("pairs", report!.strong_pairs?.map(([a, b]) => `${a} ~ ${b}`).join(", ")),
    ]),
    part("dataset", "prepare", ["datasheet.json"], [datasheetSchema], ([sheet]) => [
      ...fact("rows", sheet!.rows === undefined ? undefined : f.number(sheet!.rows)),
      ...fact("columns", sheet!.columns === undefined ? undefined : f.number(sheet!.columns.length)),
      ...fact("rules", sheet!.rules?.map((rule) => (rule.rows_removed === undefined ? rule.rule : `${rule.rule} (−${f.number(rule.rows_removed)})`)).join("; ")),
      ...fact("split", sheet!.split && [sheet!.split.train, sheet!.split.test].filter(Boolean).join(" / ")),
      ...fact("sha256", sheet!.sha256?.slice(0, 12)),
    ]),
    part("preprocessor", "preprocess", ["preprocessor.json"], [preprocessorSchema], ([pre]) => [
      ...fact("features", pre!.features === undefined ? undefined : f.number(pre!.features.length)),
      ...fact("categorical", pre!.categorical && Object.keys(pre!.categorical).join(", ")),
      ...fact("fittedOn", pre!.fitted_on && [pre!.fitted_on.split, pre!.fitted_on.rows === undefined ? undefined : f.number(pre!.fitted_on.rows)].filter(Boolean).join(", ")),
    ]),
    part("model", "train", ["model.json", "experiments.json"], [modelSchema, experimentsSchema], (values) => {
      const model = values[0] as z.infer<typeof modelSchema>;
      const experiments = values[1] as z.infer<typeof experimentsSchema>;
      return [
        ...fact("model", [model.model, model.alpha === undefined ? undefined : `alpha ${f.number(model.alpha, 4)}`].filter(Boolean).join(", ")),
        ...fact("chosenRun", model.chosen_run),
        ...fact("runs", experiments.runs === undefined ? undefined : `${f.number(experiments.runs.length)}${experiments.selection_metric ? ` (${experiments.selection_metric})` : ""}`),
      ];
    }),
    part("test", "test", ["test_report.json"], [testReportSchema], ([report]) => [
      ...fact("decision", report!.decision),
      ...fact("rmse", report!.overall?.rmse === undefined ? undefined : f.usd(report!.overall.rmse)),
      ...fact("withinTolerance", report!.overall?.share_within_tolerance === undefined ? undefined : f.percent(report!.overall.share_within_tolerance)),
      ...fact("failingSlices", report!.failing_slices?.join(", ")),
      ...fact("conditions", report!.conditions?.join("; ")),
    ]),
  ];
}

/** Every file the summary reads. */
export const SUMMARY_FILES = ["business_goal.json", "analysis_report.json", "datasheet.json", "preprocessor.json", "model.json", "experiments.json", "test_report.json"];
