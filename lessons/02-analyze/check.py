import csv
import json
import math
import os
import statistics

from checking import from_inputs

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
        assert os.path.exists("analysis_report.json"), (
            "analysis_report.json was not written. Collect your results in a dict and write it with "
            'json.dump(report, open("analysis_report.json", "w")).'
        )
        with open("analysis_report.json", encoding="utf-8") as f:
            try:
                _cache["report"] = json.load(f)
            except ValueError as exc:
                raise AssertionError(f"analysis_report.json is not valid JSON ({exc}).")
    report = _cache["report"]
    assert isinstance(report, dict), "analysis_report.json must hold one JSON object ({...})."
    return report


def _key(report, *path):
    value = report
    for i, k in enumerate(path):
        where = "".join(f'["{p}"]' for p in path[: i + 1])
        assert isinstance(value, dict) and k in value, f"analysis_report.json has no report{where}; see the How for the keys."
        value = value[k]
    return value


def _function(learner, name, signature):
    assert callable(getattr(learner, name, None)), f"Define a function {name}{signature} at the top level of your code."
    return getattr(learner, name)


def test_report_and_quantity(learner):
    """The report states how much data there is"""
    report = _report()
    rows, cols = _key(report, "rows"), _key(report, "columns")
    assert rows == 2930, f'report["rows"] is {rows!r}, but data/ames.csv has 2,930 data rows (the header is not a row).'
    assert cols == 74, f'report["columns"] is {cols!r}, but data/ames.csv has 74 columns (count the header\'s names).'


def test_disguised_missing_lot_frontage(learner):
    """Lot_Frontage 0 is counted as missing, not as a real frontage"""
    missing_counts = _function(learner, "missing_counts", "(rows)")
    counts = missing_counts([dict(r) for r in HAND_ROWS]) or {}
    got = counts.get("Lot_Frontage", 0)
    assert got == 2, (
        f"missing_counts(rows) gave Lot_Frontage {got} for rows where two of four have Lot_Frontage \"0\". "
        "In this data 0 means unknown (the assessor did not record it), not a lot without street frontage: "
        "count it as missing."
    )
    report = _report()
    lf = _key(report, "missing").get("Lot_Frontage", 0)
    assert lf == 490, f'report["missing"]["Lot_Frontage"] is {lf!r}; data/ames.csv has 490 rows where it is 0, i.e. unknown.'
    known = [v for v in _column("Lot_Frontage") if v != 0]
    want = statistics.fmean(known)
    got_mean = _key(report, "lot_frontage_mean")
    assert isinstance(got_mean, (int, float)) and abs(got_mean - want) < 0.5, (
        f'report["lot_frontage_mean"] is {got_mean!r}, expected about {want:.1f} ft, the mean over known values. '
        f"If you got about {statistics.fmean(_column('Lot_Frontage')):.1f}, the 490 zeros (unknown) pulled it down."
    )


def test_missing_counts_rules(learner):
    """Empty cells are missing; 'has none' categories such as No_Pool are not"""
    counts = learner.missing_counts([dict(r) for r in HAND_ROWS]) or {}
    assert counts.get("Alley", 0) == 1, (
        f"missing_counts(rows) gave Alley {counts.get('Alley', 0)} for rows where one Alley cell is empty \"\": "
        "an empty cell is missing (and No_Alley_Access is not)."
    )
    for column in ("Pool_QC", "Sale_Price"):
        assert counts.get(column, 0) == 0, (
            f"missing_counts(rows) counted {counts.get(column)} missing {column} cells, but none is empty. "
            "No_Pool means the house has no pool: that is information, not a missing value."
        )
    report = _report()
    others = {k: v for k, v in _key(report, "missing").items() if k != "Lot_Frontage" and v}
    assert not others, (
        f'report["missing"] also counts {others}, but data/ames.csv has no empty cells and categories such as '
        "No_Pool / No_Garage mean the house has none, which is not missing."
    )


def test_pool_share(learner):
    """'No_Pool' is not counted as having a pool"""
    share_having = _function(learner, "share_having", "(rows, column, none_label)")
    got = share_having([dict(r) for r in HAND_ROWS], "Pool_QC", "No_Pool")
    assert isinstance(got, (int, float)) and abs(got - 0.25) < 1e-9, (
        f'share_having(rows, "Pool_QC", "No_Pool") returned {got!r} for rows where one of four has a pool '
        '(three say "No_Pool"): expected 0.25. A filled cell is not a pool: No_Pool means the house has none.'
    )
    share = _key(_report(), "has_feature", "Pool_QC")
    assert isinstance(share, (int, float)) and abs(share - 13 / 2930) < 0.001, (
        f'report["has_feature"]["Pool_QC"] is {share!r}, but only 13 of 2,930 houses have a pool (0.44 %). '
        "If you got about 1.0, No_Pool was counted as a pool."
    )


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
    """The IQR outlier fence of the price is right"""
    iqr_fence = _function(learner, "iqr_fence", "(values)")
    values = [110, 95, 130, 120, 101, 99, 140, 105, 500, 118, 125]
    got = iqr_fence(list(values))
    assert isinstance(got, (tuple, list)) and len(got) == 2, f"iqr_fence(values) must return (low, high); it returned {got!r}."
    ok = any(abs(got[0] - lo) < 1e-6 and abs(got[1] - hi) < 1e-6 for lo, hi in _fence_candidates(values))
    inc = _fence_candidates(values)[0]
    assert ok, (
        f"iqr_fence({values}) returned {tuple(got)}, expected (Q1 - 1.5 IQR, Q3 + 1.5 IQR), e.g. "
        f"{inc[0]:g}, {inc[1]:g} with statistics.quantiles(values, n=4, method=\"inclusive\"). "
        "Sort the values before taking quartiles, and IQR = Q3 - Q1."
    )
    sp = _key(_report(), "sale_price")
    high = _key(sp, "fence_high")
    assert isinstance(high, (int, float)) and abs(high - 339500) <= 3000, (
        f'report["sale_price"]["fence_high"] is {high!r}, expected about 339,500 USD (Q3 213,500 + 1.5 x IQR 84,000).'
    )
    n_high = sum(1 for p in _column("Sale_Price") if p > high)
    got_n = _key(sp, "outliers_high")
    assert got_n == n_high, f'report["sale_price"]["outliers_high"] is {got_n!r}, but {n_high} prices lie above your fence {high:,.0f}.'


def test_price_skew(learner):
    """The price's centre and skew are reported"""
    sp = _key(_report(), "sale_price")
    prices = _column("Sale_Price")
    for k, want in (("mean", statistics.fmean(prices)), ("median", statistics.median(prices))):
        got = _key(sp, k)
        assert isinstance(got, (int, float)) and abs(got - want) < 1, f'report["sale_price"]["{k}"] is {got!r}, expected {want:,.0f}.'
    skew = _key(sp, "skewness")
    assert isinstance(skew, (int, float)) and abs(skew - 1.743) < 0.02, (
        f'report["sale_price"]["skewness"] is {skew!r}, expected about 1.74: the mean of (x - mean)^3 divided '
        "by the population standard deviation cubed. Positive means a long tail of expensive houses."
    )


def test_top_correlations(learner):
    """The columns most correlated with the price are found"""
    top_correlations = _function(learner, "top_correlations", "(rows, target, n)")
    rows = []
    for i in range(12):
        y = 100 + 10 * i + (7 if i % 3 == 0 else 0)
        rows.append({"Size": str(2 * y + 1), "Age": str(300 - y + (i % 2) * 25), "Mo": str(i % 4 + 1),
                     "Name": f"house{i}", "Price": str(y)})
    got = top_correlations(rows, "Price", 2)
    names = [p[0] for p in got] if isinstance(got, (list, tuple)) else got
    assert isinstance(got, (list, tuple)) and names == ["Size", "Age"], (
        f'top_correlations(rows, "Price", 2) returned {got!r}; expected [("Size", 1.0), ("Age", -0.9...)]: '
        "the n numeric columns (not the target) with the largest |r|, strongest first; a strong negative r counts too."
    )
    report_top = _key(_report(), "top_correlations")
    assert isinstance(report_top, list) and len(report_top) >= 5, 'report["top_correlations"] must list at least 5 [column, r] pairs.'
    first = {p[0] for p in report_top[:5]}
    assert first == TOP5, f'The 5 strongest in report["top_correlations"] are {sorted(first)}, expected {sorted(TOP5)}.'
    price = _column("Sale_Price")
    for name, r in report_top[:5]:
        want = statistics.correlation(_column(name), price)
        assert abs(r - want) < 0.01, f"The report gives r = {r:.3f} for {name}, but Pearson's r with Sale_Price is {want:.3f}."


def test_strong_pairs(learner):
    """Near-duplicate size columns are found"""
    pairs = _key(_report(), "strong_pairs")
    assert isinstance(pairs, list), 'report["strong_pairs"] must be a list of [a, b, r].'
    found = {frozenset(p[:2]) for p in pairs}
    absent = [f"{a} / {b}" for a, b in PAIRS if frozenset((a, b)) not in found]
    assert not absent, (
        f'report["strong_pairs"] lacks {absent}: compute Pearson r for every pair of the size columns and keep '
        "those with |r| >= 0.8 (they carry nearly the same information)."
    )
    for p in pairs:
        assert abs(p[2]) >= 0.79, f"{p[0]} / {p[1]} has r = {p[2]:.2f}; keep only pairs with |r| >= 0.8."
