# The neighbourhoods and the age bands in two separate passes; age bands from integer division.
import csv
import json
import math

with open("business_goal.json", encoding="utf-8") as f:
    goal = json.load(f)
with open("preprocessor.json", encoding="utf-8") as f:
    preprocessor = json.load(f)
with open("model.json", encoding="utf-8") as f:
    model = json.load(f)
with open("test.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
TOLERANCE = goal["tolerance"]
MIN_SHARE = goal["min_share_within_tolerance"]
MIN_SLICE_ROWS = 10


def predict(row, model):
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    n = len(actual)
    sq = sum((p - a) * (p - a) for a, p in zip(actual, predicted))
    ab = sum(math.fabs(p - a) for a, p in zip(actual, predicted))
    ok = len([1 for a, p in zip(actual, predicted) if math.fabs(p - a) <= tolerance * a])
    return {"rows": n, "rmse": math.sqrt(sq / n), "mae": ab / n, "share_within_tolerance": ok / n}


def age_band(year_sold, year_built):
    decades = (int(year_sold) - int(year_built)) // 10
    return "<10" if decades < 1 else ">=50" if decades >= 5 else "10-49"


def validate_inputs(rows, preprocessor):
    missing = len([1 for r in rows for n in preprocessor["features"]
                   if r[n] == "" or math.isnan(float(r[n])) or math.isinf(float(r[n]))])
    out = {}
    for col, s in preprocessor["numeric"].items():
        eps = 1e-9 * max(1.0, abs(s["max"]))
        out[col] = sum(1 for r in rows
                       if not (s["min"] - eps <= float(r[col]) * s["std"] + s["mean"] <= s["max"] + eps))
    unseen = {}
    for col, cats in preprocessor["categorical"].items():
        unseen[col] = sum(1 for r in rows if not any(float(r[f"{col}={c}"]) != 0.0 for c in cats))
    return {"rows": len(rows), "missing_values": missing, "out_of_training_range": out,
            "unseen_categories": unseen}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

slices, not_evaluated = {}, {}
for hood in sorted({r["slice_neighborhood"] for r in rows}):
    idx = [i for i, r in enumerate(rows) if r["slice_neighborhood"] == hood]
    if len(idx) < MIN_SLICE_ROWS:
        not_evaluated[f"neighborhood={hood}"] = len(idx)
        continue
    slices[f"neighborhood={hood}"] = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
for band in ("<10", "10-49", ">=50"):
    idx = [i for i, r in enumerate(rows) if age_band(r["slice_year_sold"], r["slice_year_built"]) == band]
    if idx:
        slices[f"age={band}"] = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
for m in slices.values():
    m["meets_goal"] = m["share_within_tolerance"] >= MIN_SHARE

failing = [name for name, m in slices.items() if m["share_within_tolerance"] < MIN_SHARE]
decision = "go"
if failing:
    decision = "go with conditions"
if overall["share_within_tolerance"] < MIN_SHARE:
    decision = "no-go"
conditions = [f"Condition: {name} is excluded from suggestions" for name in failing]

report = {"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
          "data_validation": validate_inputs(rows, preprocessor), "failing_slices": failing,
          "decision": decision, "conditions": conditions}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
for name, m in slices.items():
    print(name, m["rows"], round(m["share_within_tolerance"], 2))
