# Most of the work at module level, one pass over the rows collecting everything at once.
import csv
import json
import math

goal = json.load(open("business_goal.json"))
pre = json.load(open("preprocessor.json"))
model = json.load(open("model.json"))
rows = list(csv.DictReader(open("test.csv", newline="")))
TOLERANCE, MIN_SHARE, MIN_SLICE_ROWS = goal["tolerance"], goal["min_share_within_tolerance"], 10


def metrics(actual, predicted, tolerance):
    n = len(actual)
    se = ae = hits = 0
    for i in range(n):
        err = predicted[i] - actual[i]
        se += err ** 2
        ae += abs(err)
        hits += abs(err) <= tolerance * actual[i]
    return dict(rows=n, rmse=math.sqrt(se / n), mae=ae / n, share_within_tolerance=hits / n)


def age_band(year_sold, year_built):
    age = int(year_sold) - int(year_built)
    if age >= 50:
        return ">=50"
    if age >= 10:
        return "10-49"
    return "<10"


def validate_inputs(rows, preprocessor):
    report = dict(rows=len(rows), missing_values=0, out_of_training_range={}, unseen_categories={})
    for col in preprocessor["numeric"]:
        report["out_of_training_range"][col] = 0
    for col in preprocessor["categorical"]:
        report["unseen_categories"][col] = 0
    for r in rows:
        for name in preprocessor["features"]:
            if r[name] == "" or not math.isfinite(float(r[name])):
                report["missing_values"] += 1
        for col, s in preprocessor["numeric"].items():
            raw = float(r[col]) * s["std"] + s["mean"]
            if raw < s["min"] - 1e-6 or raw > s["max"] + 1e-6:
                report["out_of_training_range"][col] += 1
        for col, cats in preprocessor["categorical"].items():
            if all(float(r[f"{col}={c}"]) == 0.0 for c in cats):
                report["unseen_categories"][col] += 1
    return report


weights = dict(zip(model["features"], model["coefficients"]))
actual, predicted, groups = [], [], {}
for i, r in enumerate(rows):
    actual.append(float(r["Sale_Price"]))
    predicted.append(math.exp(model["intercept"] + sum(w * float(r[f]) for f, w in weights.items())))
    for key in ("neighborhood=" + r["slice_neighborhood"],
                "age=" + age_band(r["slice_year_sold"], r["slice_year_built"])):
        groups[key] = groups.get(key, []) + [i]

overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE
slices = {}
not_evaluated = {k: len(v) for k, v in groups.items() if k.startswith("neighborhood=") and len(v) < MIN_SLICE_ROWS}
for key, idx in groups.items():
    if key not in not_evaluated:
        slices[key] = metrics([actual[i] for i in idx], [predicted[i] for i in idx], TOLERANCE)
        slices[key]["meets_goal"] = slices[key]["share_within_tolerance"] >= MIN_SHARE
failing = [k for k in slices if slices[k]["meets_goal"] is False]
decision = ["go", "go with conditions"][bool(failing)] if overall["meets_goal"] else "no-go"
json.dump({"overall": overall, "slices": slices, "not_evaluated": not_evaluated,
           "data_validation": validate_inputs(rows, pre), "failing_slices": failing,
           "decision": decision,
           "conditions": [f"until fixed, {k} gets no suggestion" for k in failing]},
          open("test_report.json", "w"), indent=1)
print(decision)
