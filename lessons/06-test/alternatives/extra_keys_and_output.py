# Extra keys everywhere (a bias, a median error, the per-slice goal), more printed output,
# predictions kept as a list of pairs, the decision from a small table.
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
print("goal:", TOLERANCE, MIN_SHARE, "rows:", len(rows))


def predict(row, model):
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    pairs = list(zip(actual, predicted))
    errors = [p - a for a, p in pairs]
    return {
        "rows": float(len(pairs)),
        "rmse": math.sqrt(math.fsum(e * e for e in errors) / len(pairs)),
        "mae": math.fsum(abs(e) for e in errors) / len(pairs),
        "share_within_tolerance": sum(1 for a, p in pairs if abs(p - a) <= tolerance * a) / len(pairs),
        "bias": math.fsum(errors) / len(pairs),
        "median_abs_error": statistics.median(abs(e) for e in errors),
    }


def age_band(year_sold, year_built):
    age = int(float(year_sold)) - int(float(year_built))
    return {True: "<10", False: "10-49" if age < 50 else ">=50"}[age < 10]


def validate_inputs(rows, preprocessor):
    def bad(text):
        return text == "" or float(text) != float(text) or abs(float(text)) == math.inf

    result = {"rows": len(rows), "missing_values": 0, "out_of_training_range": {}, "unseen_categories": {}}
    for r in rows:
        result["missing_values"] += sum(bad(r[n]) for n in preprocessor["features"])
    for col, s in preprocessor["numeric"].items():
        lo, hi = s["min"] - 1e-6, s["max"] + 1e-6
        result["out_of_training_range"][col] = sum(
            1 for r in rows if not lo <= float(r[col]) * s["std"] + s["mean"] <= hi)
    for col, cats in preprocessor["categorical"].items():
        result["unseen_categories"][col] = sum(
            1 for r in rows if max(float(r[f"{col}={c}"]) for c in cats) == 0.0)
    result["checked_at"] = "before the report"
    return result


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE
overall["goal"] = MIN_SHARE

groups = {}
for i, r in enumerate(rows):
    groups.setdefault("neighborhood=" + r["slice_neighborhood"], []).append(i)
    groups.setdefault("age=" + age_band(r["slice_year_sold"], r["slice_year_built"]), []).append(i)
slices = {}
not_evaluated = {}
for name, idx in groups.items():
    if name.startswith("neighborhood=") and len(idx) < MIN_SLICE_ROWS:
        not_evaluated[name] = len(idx)
        continue
    m = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
    m["meets_goal"] = m["share_within_tolerance"] >= MIN_SHARE
    m["goal"] = MIN_SHARE
    slices[name] = m
    print(f"{name}: {m['share_within_tolerance']:.0%} of {len(idx)}")

failing = [name for name, m in slices.items() if not m["meets_goal"]]
decision = {(True, False): "go", (True, True): "go with conditions"}.get(
    (overall["meets_goal"], bool(failing)), "no-go")
conditions = [{"slice": name, "action": "priced by hand"} for name in failing]
conditions = [f"{c['slice']}: {c['action']}" for c in conditions]
report = {"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
          "data_validation": validate_inputs(rows, preprocessor), "failing_slices": failing,
          "decision": decision, "conditions": conditions, "reviewers": ["model risk manager"]}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2, sort_keys=True)
print("decision:", decision, "failing:", failing)
print("data validation:", report["data_validation"])
