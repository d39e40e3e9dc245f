import csv
import json
import math
import os

MIN_SLICE_ROWS = 10
REQUIRED = ("overall", "slices", "data_validation", "failing_slices", "decision")


def _json(path):
    assert os.path.exists(path), f"{path} was not written. Keep the json.dump(...) code at the end of the exercise."
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _report():
    report = _json("test_report.json")
    for key in REQUIRED:
        assert key in report, f'test_report.json has no "{key}". Expected keys: {", ".join(REQUIRED)}.'
    return report


_cache = {}


def _expected():
    """The check's own evaluation of model.json on test.csv, computed once."""
    if _cache:
        return _cache
    goal = _json("business_goal.json")
    model = _json("model.json")
    pre = _json("preprocessor.json")
    with open("test.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    tol, need = goal["tolerance"], goal["min_share_within_tolerance"]
    actual = [float(r["Sale_Price"]) for r in rows]
    pred = [math.exp(model["intercept"] + sum(c * float(r[n]) for n, c in zip(model["features"], model["coefficients"])))
            for r in rows]

    def stats(idx):
        err = [pred[i] - actual[i] for i in idx]
        hits = sum(abs(pred[i] - actual[i]) <= tol * actual[i] for i in idx)
        return {"rows": len(idx), "rmse": math.sqrt(sum(e * e for e in err) / len(idx)),
                "mae": sum(abs(e) for e in err) / len(idx), "hits": hits,
                "share_within_tolerance": hits / len(idx)}

    groups = {}
    for i, r in enumerate(rows):
        age = int(r["slice_year_sold"]) - int(r["slice_year_built"])
        band = "<10" if age < 10 else "10-49" if age < 50 else ">=50"
        groups.setdefault("neighborhood=" + r["slice_neighborhood"], []).append(i)
        groups.setdefault("age=" + band, []).append(i)
    slices = {k: stats(v) for k, v in groups.items()
              if not (k.startswith("neighborhood=") and len(v) < MIN_SLICE_ROWS)}
    overall = stats(range(len(rows)))
    failing = sorted(k for k, m in slices.items() if m["share_within_tolerance"] < need)
    out_of_range = {}
    for col, s in pre["numeric"].items():
        raw = [float(r[col]) * s["std"] + s["mean"] for r in rows]
        out_of_range[col] = sum(v < s["min"] - 1e-6 or v > s["max"] + 1e-6 for v in raw)
    unseen = {col: sum(all(float(r[f"{col}={c}"]) == 0.0 for c in cats) for r in rows)
              for col, cats in pre["categorical"].items()}
    _cache.update(rows=rows, tol=tol, need=need, overall=overall, slices=slices, failing=failing,
                  out_of_range=out_of_range, unseen=unseen)
    return _cache


def _compare(label, got, want):
    for key in ("rows", "rmse", "mae", "share_within_tolerance"):
        assert key in got, f'{label} has no "{key}". Each metrics block needs rows, rmse, mae, share_within_tolerance.'
    assert got["rows"] == want["rows"], f"{label}: rows is {got['rows']}, expected {want['rows']} test sales."
    for key in ("rmse", "mae"):
        assert abs(float(got[key]) - want[key]) <= 1e-3 * want[key], (
            f"{label}: {key} is {float(got[key]):,.0f} USD, expected {want[key]:,.0f} USD. Predict exp(intercept + "
            "sum(coefficient * feature)) and compare with Sale_Price in USD (not in log space)."
        )
    share = float(got["share_within_tolerance"])
    assert abs(share - want["share_within_tolerance"]) <= 1.01 / want["rows"], (
        f"{label}: share_within_tolerance is {share:.3f}, expected {want['share_within_tolerance']:.3f} "
        f"({want['hits']} of {want['rows']} predictions within the tolerance: |predicted - actual| <= tolerance * actual)."
    )


def test_overall_metrics(learner):
    """Overall RMSE, MAE and share within the business tolerance on the 2010 test sales"""
    report = _report()
    e = _expected()
    _compare("overall", report["overall"], e["overall"])
    want = e["overall"]["share_within_tolerance"] >= e["need"]
    assert report["overall"].get("meets_goal") == want, (
        f'overall["meets_goal"] should be {want}: the share is compared with min_share_within_tolerance '
        f"({e['need']}) from business_goal.json."
    )


def test_age_band(learner):
    """age_band() puts a house into <10, 10-49 or >=50 years at sale"""
    assert hasattr(learner, "age_band"), "Define a function age_band(year_sold, year_built) that returns '<10', '10-49' or '>=50'."
    cases = [((2010, 2001), "<10"), ((2010, 2000), "10-49"), ((2010, 1961), "10-49"), ((2010, 1960), ">=50"),
             (("2010", "1890"), ">=50"), ((2009, 2009), "<10")]
    for args, want in cases:
        got = learner.age_band(*args)
        assert got == want, (
            f"age_band{args} returned {got!r}, expected {want!r} (age = year_sold - year_built = "
            f"{int(args[0]) - int(args[1])}). Values may come as strings from test.csv."
        )


def test_slice_metrics(learner):
    """Metrics for every neighbourhood with at least 10 test sales and for every age band"""
    report = _report()
    e = _expected()
    got = report["slices"]
    assert isinstance(got, dict), '"slices" should be a dict: {"neighborhood=North_Ames": {...}, "age=<10": {...}, ...}.'
    missing = sorted(set(e["slices"]) - set(got))
    assert not missing, (
        f"Slices missing from the report: {', '.join(missing[:4])}. Slice every neighbourhood with at least "
        f"{MIN_SLICE_ROWS} test sales (named neighborhood=NAME) and each age band (age=<10, age=10-49, age=>=50)."
    )
    extra = sorted(set(got) - set(e["slices"]))
    assert not extra, (
        f"Unexpected slices: {', '.join(extra[:4])}. Neighbourhoods with fewer than {MIN_SLICE_ROWS} test sales "
        "are too small to judge: list them under not_evaluated instead."
    )
    for name, want in e["slices"].items():
        _compare(f'slices["{name}"]', got[name], want)


def test_data_validation(learner):
    """Data validation counts missing values, inputs outside the training range and unseen categories"""
    dv = _report()["data_validation"]
    e = _expected()
    assert dv.get("rows") == len(e["rows"]), f'data_validation["rows"] should be {len(e["rows"])}.'
    assert dv.get("missing_values") == 0, (
        f'data_validation["missing_values"] is {dv.get("missing_values")!r}; test.csv has no empty feature cells, so 0.'
    )
    for key, want in (("out_of_training_range", e["out_of_range"]), ("unseen_categories", e["unseen"])):
        got = dv.get(key)
        assert isinstance(got, dict), f'data_validation["{key}"] should be a dict with a count per column.'
        for col, n in want.items():
            assert got.get(col) == n, (
                f'data_validation["{key}"]["{col}"] is {got.get(col)!r}, expected {n}. '
                + ("Undo the scaling (value * std + mean) and compare with the training min / max in preprocessor.json."
                   if key == "out_of_training_range" else
                   "An unseen category shows as all zeros in the column's one-hot block.")
            )


def test_decision_covers_every_slice(learner):
    """The decision is go only when the overall result and every slice meet the business goal"""
    report = _report()
    e = _expected()
    decision = report["decision"]
    failing = e["failing"]
    if not e["overall"]["share_within_tolerance"] >= e["need"]:
        allowed = {"no-go"}
    elif failing:
        allowed = {"go with conditions", "no-go"}
    else:
        allowed = {"go"}
    if decision not in allowed and failing:
        worst = failing[0]
        m = e["slices"][worst]
        raise AssertionError(
            f"decision is {decision!r}, but the slice {worst} has only {m['share_within_tolerance']:.0%} "
            f"({m['hits']} of {m['rows']}) of its predictions within +-{e['tol']:.0%} (goal: at least {e['need']:.0%}). "
            f"The overall share of {e['overall']['share_within_tolerance']:.0%} hides it. Decide on every slice: "
            '"go with conditions" (or "no-go") and name the failing slices.'
        )
    assert decision in allowed, f"decision is {decision!r}, expected {' or '.join(sorted(allowed))}."
    got = sorted(report["failing_slices"])
    assert got == failing, (
        f"failing_slices is {got}, expected {failing}: list every slice whose share within the tolerance is below "
        f"{e['need']:.0%}."
    )
