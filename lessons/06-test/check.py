import csv
import json
import math
import os

from checking import say

MIN_SLICE_ROWS = 10
REQUIRED = ("overall", "slices", "data_validation", "failing_slices", "decision")


def _json(path):
    assert os.path.exists(path), say("json_1", path=path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _report():
    report = _json("test_report.json")
    for key in REQUIRED:
        assert key in report, say("report_1", key=key, required=", ".join(REQUIRED))
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
        assert key in got, say("compare_1", label=label, key=key)
    assert got["rows"] == want["rows"], say("compare_2", label=label, got=got['rows'], want=want['rows'])
    for key in ("rmse", "mae"):
        assert abs(float(got[key]) - want[key]) <= 1e-3 * want[key], say("compare_3", label=label, key=key, got=float(got[key]), want=want[key])
    share = float(got["share_within_tolerance"])
    assert abs(share - want["share_within_tolerance"]) <= 1.01 / want["rows"], say("compare_4", label=label, share=share, want=want['share_within_tolerance'], hits=want['hits'], rows=want['rows'])


def test_overall_metrics(learner):
    report = _report()
    e = _expected()
    _compare("overall", report["overall"], e["overall"])
    want = e["overall"]["share_within_tolerance"] >= e["need"]
    assert report["overall"].get("meets_goal") == want, say("overall_metrics_1", want=want, need=e['need'])


def test_age_band(learner):
    assert hasattr(learner, "age_band"), say("age_band_1")
    cases = [((2010, 2001), "<10"), ((2010, 2000), "10-49"), ((2010, 1961), "10-49"), ((2010, 1960), ">=50"),
             (("2010", "1890"), ">=50"), ((2009, 2009), "<10")]
    for args, want in cases:
        got = learner.age_band(*args)
        assert got == want, say("age_band_2", args=args, got=got, want=want, age=int(args[0]) - int(args[1]))


def test_slice_metrics(learner):
    report = _report()
    e = _expected()
    got = report["slices"]
    assert isinstance(got, dict), say("slice_metrics_1")
    missing = sorted(set(e["slices"]) - set(got))
    assert not missing, say("slice_metrics_2", missing=', '.join(missing[:4]), min_slice_rows=MIN_SLICE_ROWS)
    extra = sorted(set(got) - set(e["slices"]))
    assert not extra, say("slice_metrics_3", extra=', '.join(extra[:4]), min_slice_rows=MIN_SLICE_ROWS)
    for name, want in e["slices"].items():
        _compare(f'slices["{name}"]', got[name], want)


def test_data_validation(learner):
    dv = _report()["data_validation"]
    e = _expected()
    assert dv.get("rows") == len(e["rows"]), say("data_validation_1", want=len(e["rows"]))
    assert dv.get("missing_values") == 0, say("data_validation_2", got=dv.get("missing_values"))
    for key, want in (("out_of_training_range", e["out_of_range"]), ("unseen_categories", e["unseen"])):
        got = dv.get(key)
        assert isinstance(got, dict), say("data_validation_3", key=key)
        for col, n in want.items():
            if key == "out_of_training_range":
                assert got.get(col) == n, say("out_of_range_count", col=col, got=got.get(col), want=n)
            else:
                assert got.get(col) == n, say("unseen_count", col=col, got=got.get(col), want=n)


def test_decision_covers_every_slice(learner):
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
        raise AssertionError(say("decision_covers_every_slice_1", decision=decision, worst=worst, share=m['share_within_tolerance'], hits=m['hits'], rows=m['rows'], tol=e['tol'], need=e['need'], overall=e['overall']['share_within_tolerance']))
    assert decision in allowed, say("decision_covers_every_slice_2", decision=decision, allowed=" / ".join(f'"{a}"' for a in sorted(allowed)))
    got = sorted(report["failing_slices"])
    assert got == failing, say("decision_covers_every_slice_3", got=got, failing=failing, need=e['need'])
