# Lesson 06 - Test: metrics overall and per slice, data validation, a go / no-go decision.
import csv
import json
import math

MIN_SLICE_ROWS = 10   # a neighbourhood with fewer test sales is listed, not judged

with open("business_goal.json", encoding="utf-8") as f:
    goal = json.load(f)
with open("preprocessor.json", encoding="utf-8") as f:
    preprocessor = json.load(f)
with open("model.json", encoding="utf-8") as f:
    model = json.load(f)
with open("test.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
TOLERANCE = goal["tolerance"]                      # 0.10: within +-10 % of the sale price
MIN_SHARE = goal["min_share_within_tolerance"]     # 0.5: for at least half of the listings


def predict(row, model):
    """Price in USD for one preprocessed row (a dict of strings from test.csv)."""
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    """TODO: rows, rmse and mae in USD, share_within_tolerance (|error| <= tolerance * actual)."""
    return {"rows": len(actual), "rmse": 0.0, "mae": 0.0, "share_within_tolerance": 0.0}


def age_band(year_sold, year_built):
    """TODO: '<10', '10-49' or '>=50' years old at sale (the values may be strings)."""
    return "<10"


def validate_inputs(rows, preprocessor):
    """TODO: count missing feature values, numbers outside the training min / max
    (undo the scaling: value * std + mean) and unseen categories (an all-zero one-hot block)."""
    return {"rows": len(rows), "missing_values": 0,
            "out_of_training_range": {}, "unseen_categories": {}}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

slices, not_evaluated = {}, {}
# TODO: group the row indexes by f"neighborhood={...}" and f"age={age_band(...)}";
#       neighbourhoods with fewer than MIN_SLICE_ROWS rows go to not_evaluated[name] = rows,
#       the others get slices[name] = metrics(...) plus "meets_goal"

failing = []         # TODO: the names of the slices that miss the goal
decision = "go"      # TODO: "no-go", "go with conditions" or "go"
conditions = []

report = {
    "model": {"chosen_run": model.get("chosen_run"), "alpha": model["alpha"],
              "data_sha256": model["data_sha256"]},
    "business_goal": {"tolerance": TOLERANCE, "min_share_within_tolerance": MIN_SHARE},
    "overall": overall,
    "slices": slices,
    "not_evaluated": not_evaluated,
    "data_validation": validate_inputs(rows, preprocessor),
    "failing_slices": failing,
    "decision": decision,
    "conditions": conditions,
}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
for name, m in [("overall", overall)] + list(slices.items()):
    print(f"{name:<56}{m['rows']:>5}{m['rmse']:>10,.0f}{m['share_within_tolerance']:>8.0%}")
print("decision:", decision, failing)
