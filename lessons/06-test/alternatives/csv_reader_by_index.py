# csv.reader with column positions, hand-written loops, defaultdict groups, extra report keys.
import csv
import json
import math
from collections import defaultdict

MIN_SLICE_ROWS = 10

goal = json.load(open("business_goal.json", encoding="utf-8"))
preprocessor = json.load(open("preprocessor.json", encoding="utf-8"))
model = json.load(open("model.json", encoding="utf-8"))
with open("test.csv", newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    table = [line for line in reader]
rows = [dict(zip(header, line)) for line in table]
TOLERANCE = goal["tolerance"]
MIN_SHARE = goal["min_share_within_tolerance"]


def predict(row, model):
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    n = 0
    squared = 0.0
    absolute = 0.0
    inside = 0
    for a, p in zip(actual, predicted):
        n += 1
        squared += (p - a) ** 2
        absolute += abs(p - a)
        if abs(p - a) <= tolerance * a:
            inside += 1
    return {"rows": n, "rmse": (squared / n) ** 0.5, "mae": absolute / n,
            "share_within_tolerance": inside / n, "within": inside}


def age_band(year_sold, year_built):
    age = int(year_sold) - int(year_built)
    if age < 10:
        return "<10"
    elif age <= 49:
        return "10-49"
    return ">=50"


def validate_inputs(rows, preprocessor):
    missing = 0
    for r in rows:
        for name in preprocessor["features"]:
            value = r[name]
            if value.strip() == "" or not math.isfinite(float(value)):
                missing += 1
    out = {}
    for col, s in preprocessor["numeric"].items():
        count = 0
        for r in rows:
            v = float(r[col]) * s["std"] + s["mean"]
            if v < s["min"] - 1e-6:
                count += 1
            elif v > s["max"] + 1e-6:
                count += 1
        out[col] = count
    unseen = {}
    for col, cats in preprocessor["categorical"].items():
        unseen[col] = len([r for r in rows if all(float(r[col + "=" + c]) == 0.0 for c in cats)])
    return {"rows": len(rows), "missing_values": missing, "out_of_training_range": out,
            "unseen_categories": unseen, "columns_checked": len(preprocessor["features"])}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

groups = defaultdict(list)
for i, r in enumerate(rows):
    groups["neighborhood=" + r["slice_neighborhood"]].append(i)
    groups["age=" + age_band(r["slice_year_sold"], r["slice_year_built"])].append(i)
slices, not_evaluated = {}, {}
for name in groups:
    idx = groups[name]
    if name.startswith("neighborhood=") and len(idx) < MIN_SLICE_ROWS:
        not_evaluated[name] = len(idx)
    else:
        m = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
        m["meets_goal"] = m["share_within_tolerance"] >= MIN_SHARE
        slices[name] = m

failing = [name for name in slices if not slices[name]["meets_goal"]]
decision = "no-go" if not overall["meets_goal"] else ("go with conditions" if failing else "go")
conditions = ["Exclude " + name + " until the model meets the goal there" for name in failing]
report = {"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
          "data_validation": validate_inputs(rows, preprocessor), "failing_slices": failing,
          "decision": decision, "conditions": conditions, "notes": "tested once on 2010"}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
print(json.dumps(report["overall"]))
print("decision:", decision)
