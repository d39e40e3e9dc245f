import csv
import json
import math
import os
import statistics

from checking import from_inputs, say

_cache = {}

# Small hand-made rows: the learner's functions must work on any rows, not only on ames.csv.
HAND_ROWS = [
    {"Lot_Frontage": "0", "Pool_QC": "No_Pool", "Alley": "", "Sale_Price": "100000"},
    {"Lot_Frontage": "80", "Pool_QC": "Good", "Alley": "Paved", "Sale_Price": "200000"},
    {"Lot_Frontage": "0", "Pool_QC": "No_Pool", "Alley": "Gravel", "Sale_Price": "150000"},
    {"Lot_Frontage": "65", "Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Sale_Price": "120000"},
]
TOP5 = {"Gr_Liv_Area", "Garage_Cars", "Garage_Area", "Total_Bsmt_SF", "First_Flr_SF"}
PAIRS = [("Garage_Cars", "Garage_Area"), ("Gr_Liv_Area", "TotRms_AbvGrd"), ("Total_Bsmt_SF", "First_Flr_SF")]


@from_inputs
def _source():
    """data/ames.csv, read once and kept between checks."""
    with open("data/ames.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _column(name):
    return [float(r[name]) for r in _source()]


def _report():
    if "report" not in _cache:
        assert os.path.exists("analysis_report.json"), say("report_1")
        with open("analysis_report.json", encoding="utf-8") as f:
            try:
                _cache["report"] = json.load(f)
            except ValueError as exc:
                raise AssertionError(say("report_2", exc=exc))
    report = _cache["report"]
    assert isinstance(report, dict), say("report_3")
    return report


def _key(report, *path):
    value = report
    for i, k in enumerate(path):
        where = "".join(f'["{p}"]' for p in path[: i + 1])
        assert isinstance(value, dict) and k in value, say("key_1", where=where)
        value = value[k]
    return value


def _function(learner, name, signature):
    assert callable(getattr(learner, name, None)), say("function_1", name=name, signature=signature)
    return getattr(learner, name)


def test_report_and_quantity(learner):
    report = _report()
    rows, cols = _key(report, "rows"), _key(report, "columns")
    assert rows == 2930, say("report_and_quantity_1", rows=rows)
    assert cols == 74, say("report_and_quantity_2", cols=cols)


def test_disguised_missing_lot_frontage(learner):
    missing_counts = _function(learner, "missing_counts", "(rows)")
    counts = missing_counts([dict(r) for r in HAND_ROWS]) or {}
    got = counts.get("Lot_Frontage", 0)
    assert got == 2, say("disguised_missing_lot_frontage_1", got=got)
    report = _report()
    lf = _key(report, "missing").get("Lot_Frontage", 0)
    assert lf == 490, say("disguised_missing_lot_frontage_2", lf=lf)
    known = [v for v in _column("Lot_Frontage") if v != 0]
    want = statistics.fmean(known)
    got_mean = _key(report, "lot_frontage_mean")
    assert isinstance(got_mean, (int, float)) and abs(got_mean - want) < 0.5, say("disguised_missing_lot_frontage_3", got=got_mean, want=want, all_mean=statistics.fmean(_column('Lot_Frontage')))


def test_missing_counts_rules(learner):
    counts = learner.missing_counts([dict(r) for r in HAND_ROWS]) or {}
    assert counts.get("Alley", 0) == 1, say("missing_counts_rules_1", got=counts.get('Alley', 0))
    for column in ("Pool_QC", "Sale_Price"):
        assert counts.get(column, 0) == 0, say("missing_counts_rules_2", got=counts.get(column), column=column)
    report = _report()
    others = {k: v for k, v in _key(report, "missing").items() if k != "Lot_Frontage" and v}
    assert not others, say("missing_counts_rules_3", others=others)


def test_pool_share(learner):
    share_having = _function(learner, "share_having", "(rows, column, none_label)")
    got = share_having([dict(r) for r in HAND_ROWS], "Pool_QC", "No_Pool")
    assert isinstance(got, (int, float)) and abs(got - 0.25) < 1e-9, say("pool_share_1", got=got)
    share = _key(_report(), "has_feature", "Pool_QC")
    assert isinstance(share, (int, float)) and abs(share - 13 / 2930) < 0.001, say("pool_share_2", share=share)


def _fence_candidates(values):
    """The fence by each common quartile method; any of them is accepted."""
    v = sorted(values)
    n = len(v)
    quartiles = [
        statistics.quantiles(v, n=4, method="inclusive"),  # numpy / pandas default, Excel QUARTILE.INC
        statistics.quantiles(v, n=4, method="exclusive"),  # Excel QUARTILE.EXC, Minitab
    ]
    half = n // 2
    quartiles.append((statistics.median(v[:half]), None, statistics.median(v[n - half:])))  # Tukey, median excluded
    quartiles.append((statistics.median(v[: (n + 1) // 2]), None, statistics.median(v[n // 2:])))  # median included
    fences = []
    for q in quartiles:
        iqr = q[-1] - q[0]
        fences.append((q[0] - 1.5 * iqr, q[-1] + 1.5 * iqr))
    return fences


def test_iqr_fence(learner):
    iqr_fence = _function(learner, "iqr_fence", "(values)")
    values = [110, 95, 130, 120, 101, 99, 140, 105, 500, 118, 125]
    got = iqr_fence(list(values))
    assert isinstance(got, (tuple, list)) and len(got) == 2, say("iqr_fence_1", got=got)
    ok = any(abs(got[0] - lo) < 1e-6 and abs(got[1] - hi) < 1e-6 for lo, hi in _fence_candidates(values))
    inc = _fence_candidates(values)[0]
    assert ok, say("iqr_fence_2", values=values, got=tuple(got), low=inc[0], high=inc[1])
    sp = _key(_report(), "sale_price")
    high = _key(sp, "fence_high")
    assert isinstance(high, (int, float)) and abs(high - 339500) <= 3000, say("iqr_fence_3", high=high)
    n_high = sum(1 for p in _column("Sale_Price") if p > high)
    got_n = _key(sp, "outliers_high")
    assert got_n == n_high, say("iqr_fence_4", got_n=got_n, n_high=n_high, high=high)


def test_price_skew(learner):
    sp = _key(_report(), "sale_price")
    prices = _column("Sale_Price")
    for k, want in (("mean", statistics.fmean(prices)), ("median", statistics.median(prices))):
        got = _key(sp, k)
        assert isinstance(got, (int, float)) and abs(got - want) < 1, say("price_skew_1", k=k, got=got, want=want)
    skew = _key(sp, "skewness")
    assert isinstance(skew, (int, float)) and abs(skew - 1.743) < 0.02, say("price_skew_2", skew=skew)


def test_top_correlations(learner):
    top_correlations = _function(learner, "top_correlations", "(rows, target, n)")
    rows = []
    for i in range(12):
        y = 100 + 10 * i + (7 if i % 3 == 0 else 0)
        rows.append({"Size": str(2 * y + 1), "Age": str(300 - y + (i % 2) * 25), "Mo": str(i % 4 + 1),
                     "Name": f"house{i}", "Price": str(y)})
    got = top_correlations(rows, "Price", 2)
    names = [p[0] for p in got] if isinstance(got, (list, tuple)) else got
    assert isinstance(got, (list, tuple)) and names == ["Size", "Age"], say("top_correlations_1", got=got)
    report_top = _key(_report(), "top_correlations")
    assert isinstance(report_top, list) and len(report_top) >= 5, say("top_correlations_2")
    first = {p[0] for p in report_top[:5]}
    assert first == TOP5, say("top_correlations_3", got=sorted(first), want=sorted(TOP5))
    price = _column("Sale_Price")
    for name, r in report_top[:5]:
        want = statistics.correlation(_column(name), price)
        assert abs(r - want) < 0.01, say("top_correlations_4", r=r, name=name, want=want)


def test_strong_pairs(learner):
    pairs = _key(_report(), "strong_pairs")
    assert isinstance(pairs, list), say("strong_pairs_1")
    found = {frozenset(p[:2]) for p in pairs}
    absent = [f"{a} / {b}" for a, b in PAIRS if frozenset((a, b)) not in found]
    assert not absent, say("strong_pairs_2", absent=absent)
    for p in pairs:
        assert abs(p[2]) >= 0.79, say("strong_pairs_3", a=p[0], b=p[1], r=p[2])
