# statistics.fmean for the means, rounding instead of a margin, names without the prefix in
# not_evaluated, the failing slices in another order.
import csv
import json
import math
import statistics

MIN_SLICE_ROWS = 10

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


def predict(row, model):
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    errors = [p - a for a, p in zip(actual, predicted)]
    return {
        "rows": len(errors),
        "rmse": math.sqrt(statistics.fmean(e ** 2 for e in errors)),
        "mae": statistics.fmean(abs(e) for e in errors),
        "share_within_tolerance": statistics.fmean(
            1.0 if abs(e) / a <= tolerance else 0.0 for a, e in zip(actual, errors)),
    }


def age_band(year_sold, year_built):
    age = int(year_sold) - int(year_built)
    for limit, band in ((10, "<10"), (50, "10-49")):
        if age < limit:
            return band
    return ">=50"


def validate_inputs(rows, preprocessor):
    missing = 0
    for r in rows:
        for name in preprocessor["features"]:
            try:
                missing += not math.isfinite(float(r[name]))
            except ValueError:
                missing += 1
    out_of_range = {}
    for col, s in preprocessor["numeric"].items():
        values = [round(float(r[col]) * s["std"] + s["mean"], 6) for r in rows]
        out_of_range[col] = len([v for v in values if v < s["min"]]) + len([v for v in values if v > s["max"]])
    unseen = {col: sum(1 for r in rows if sum(float(r[f"{col}={c}"]) for c in cats) == 0)
              for col, cats in preprocessor["categorical"].items()}
    return {"rows": len(rows), "missing_values": missing,
            "out_of_training_range": out_of_range, "unseen_categories": unseen}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

groups = {}
for i, r in enumerate(rows):
    for key in (f"neighborhood={r['slice_neighborhood']}",
                f"age={age_band(r['slice_year_sold'], r['slice_year_built'])}"):
        groups.setdefault(key, []).append(i)
slices, not_evaluated = {}, {}
for name, idx in groups.items():
    if name.startswith("neighborhood=") and len(idx) < MIN_SLICE_ROWS:
        not_evaluated[name.split("=", 1)[1]] = len(idx)
        continue
    m = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
    m["meets_goal"] = m["share_within_tolerance"] >= MIN_SHARE
    slices[name] = m

failing = sorted((n for n, m in slices.items() if not m["meets_goal"]), reverse=True)
if overall["meets_goal"] and not failing:
    decision = "go"
elif overall["meets_goal"]:
    decision = "go with conditions"
else:
    decision = "no-go"
conditions = [f"{n.split('=', 1)[1]} priced by hand" for n in failing]
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump({"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
               "data_validation": validate_inputs(rows, preprocessor),
               "failing_slices": failing, "decision": decision, "conditions": conditions}, f)
print(decision, failing)
