import csv
import functools
import json
import math
import operator
import os
import statistics

from checking import from_inputs, say

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
SLICES = {"slice_neighborhood": "Neighborhood", "slice_year_built": "Year_Built",
          "slice_year_sold": "Year_Sold"}


_tables = {}


def _read_csv(path):
    """A file the learner's code wrote, read once per check."""
    if path not in _tables:
        with open(path, newline="", encoding="utf-8") as f:
            _tables[path] = list(csv.reader(f))
    return _tables[path]


@from_inputs
def _dataset():
    """dataset.csv (from lesson 03): all rows, the training years and the test year."""
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows, [r for r in rows if int(r["Year_Sold"]) <= 2009], [r for r in rows if int(r["Year_Sold"]) == 2010]


def _preprocessor():
    assert os.path.exists("preprocessor.json"), say("preprocessor_1")
    with open("preprocessor.json", encoding="utf-8") as f:
        return json.load(f)


def _mean_std(values):
    n = len(values)
    mean = math.fsum(values) / n
    ss = math.fsum((v - mean) ** 2 for v in values)
    return mean, {math.sqrt(ss / n), math.sqrt(ss / (n - 1))}


def _stats(rows, col):
    """Every accepted variant of the statistics of one numeric column."""
    known = [float(r[col]) for r in rows if r[col] != ""]
    median = statistics.median(known)
    imputed = [float(r[col]) if r[col] != "" else median for r in rows]
    m1, s1 = _mean_std(imputed)
    m2, s2 = _mean_std(known)
    return median, {m1, m2}, s1 | s2


@from_inputs
def _reference_stats():
    """{column: (statistics of the training rows, of all rows, training min, training max)}."""
    rows, train, _ = _dataset()
    reference = {}
    for col in NUMERIC:
        known = [float(r[col]) for r in train if r[col] != ""]
        reference[col] = (_stats(train, col), _stats(rows, col), min(known), max(known))
    return reference


def _close(a, b, rel):
    return abs(a - b) <= rel * max(abs(b), 1e-9)


def test_files_written(learner):
    for path in ("preprocessor.json", "train.csv", "test.csv"):
        assert os.path.exists(path), say("files_written_1", path=path)
    p = _preprocessor()
    for key in ("numeric", "categorical", "features"):
        assert key in p, say("files_written_2", key=key)


def test_time_split(learner):
    _, train, test = _dataset()
    for path, expected, label in (("train.csv", train, "Year_Sold <= 2009"), ("test.csv", test, "Year_Sold == 2010")):
        table = _read_csv(path)
        header, body = table[0], table[1:]
        for col in ["Sale_Price"] + list(SLICES):
            assert col in header, say("time_split_1", path=path, col=col)
        assert len(body) == len(expected), say("time_split_2", path=path, got=len(body), want=len(expected), label=label)
        years = {row[header.index("slice_year_sold")] for row in body}
        wanted = {r["Year_Sold"] for r in expected}
        assert years == wanted, say("time_split_3", path=path, got=sorted(years), want=sorted(wanted), label=label)


def test_statistics_from_training_rows(learner):
    p = _preprocessor()
    reference = _reference_stats()
    for col in NUMERIC:
        assert col in p["numeric"], say("statistics_from_training_rows_1", col=col)
        s = p["numeric"][col]
        for key in ("median", "mean", "std", "min", "max"):
            assert key in s, say("statistics_from_training_rows_2", col=col, key=key)
        (median, means, stds), (all_median, all_means, _), low, high = reference[col]
        if not _close(s["median"], median, 1e-9):
            if _close(s["median"], all_median, 1e-9):
                raise AssertionError(say("median_leaked", col=col, got=s["median"], median=median))
            raise AssertionError(say("statistics_from_training_rows_3", col=col, got=s["median"], median=median))
        if not any(_close(s["mean"], m, 1e-7) for m in means):
            if any(_close(s["mean"], m, 1e-7) for m in all_means):
                raise AssertionError(say("mean_leaked", col=col, got=s["mean"], want=min(means)))
            raise AssertionError(say("statistics_from_training_rows_4", col=col, got=s["mean"], want=min(means)))
        assert any(_close(s["std"], v, 5e-4) for v in stds), say("statistics_from_training_rows_5", col=col, got=s['std'], want=min(stds))
        assert _close(s["min"], low, 1e-9) and _close(s["max"], high, 1e-9), say("statistics_from_training_rows_6", col=col, low=low, high=high)


def test_categories_and_feature_names(learner):
    p = _preprocessor()
    _, train, _ = _dataset()
    features = p["features"]
    for col in CATEGORICAL:
        seen = sorted({r[col] for r in train})
        got = p["categorical"].get(col)
        assert got is not None and sorted(got) == seen, say("categories_and_feature_names_1", col=col, count=len(seen), got=got)
    expected = set(NUMERIC) | {f"{c}={v}" for c in CATEGORICAL for v in p["categorical"][c]}
    assert set(features) == expected and len(features) == len(expected), say("categories_and_feature_names_2", numeric=len(NUMERIC), want=len(expected), got=len(features), missing=sorted(expected - set(features))[:3], unexpected=sorted(set(features) - expected)[:3])


def _require_fitted(p):
    for col in NUMERIC:
        assert col in p.get("numeric", {}), say("require_fitted_1", col=col)
    for col in CATEGORICAL:
        assert p.get("categorical", {}).get(col), say("require_fitted_2", col=col)


def _expected_columns(raws, p):
    """{feature name: its expected value for each raw row}, computed the way the How describes."""
    columns = {}
    for col in NUMERIC:
        s = p["numeric"][col]
        median, mean, std = s["median"], s["mean"], s["std"]
        columns[col] = [((float(r[col]) if r[col] != "" else median) - mean) / std for r in raws]
    for col in CATEGORICAL:
        values = [r[col] for r in raws]
        for c in p["categorical"][col]:
            columns[f"{col}={c}"] = [1.0 if v == c else 0.0 for v in values]
    return columns


_close_enough = functools.partial(math.isclose, rel_tol=1e-6, abs_tol=1e-6)


def _same_column(cells, wants):
    """The whole column at once (the common case, fast); None if it matches."""
    try:
        values = list(map(float, cells))
        # Computed the way the How describes, the values are usually exactly equal: a cheap test first.
        if all(map(operator.eq, values, wants)) or all(map(_close_enough, values, wants)):
            return None
    except ValueError:
        pass  # an empty or non-numeric cell: found below
    return next(i for i, (cell, w) in enumerate(zip(cells, wants)) if cell == "" or not _close_enough(float(cell), w))


def test_transformed_values(learner):
    p = _preprocessor()
    _require_fitted(p)
    _, train, test = _dataset()
    for path, raws in (("train.csv", train), ("test.csv", test)):
        table = _read_csv(path)
        header, body = table[0], table[1:]
        expected = _expected_columns(raws, p)
        for j, name in enumerate(header):
            if name in expected:
                wants = expected[name]
                i = _same_column([row[j] for row in body], wants)
                if i is not None:
                    cell, w = body[i][j], wants[i]
                    assert cell != "", say("transformed_values_1", path=path, row=i + 1, name=name)
                    raise AssertionError(say("transformed_values_2", path=path, row=i + 1, name=name, got=float(cell), w=w))
            elif name == "Sale_Price":
                for i, (row, raw) in enumerate(zip(body, raws)):
                    assert float(row[j]) == float(raw["Sale_Price"]), say("transformed_values_3", path=path, row=i + 1)
            elif name in SLICES:
                source = SLICES[name]
                for i, (row, raw) in enumerate(zip(body, raws)):
                    assert row[j] == raw[source], say("transformed_values_4", path=path, row=i + 1, name=name, source=source)


def test_unseen_category(learner):
    assert hasattr(learner, "transform"), say("unseen_category_1")
    p = _preprocessor()
    _require_fitted(p)
    _, _, test = _dataset()
    row = dict(test[0], Neighborhood="Atlantis_Heights", Lot_Frontage="")
    try:
        x = learner.transform(row, p)
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(say("unseen_category_2", exc_type=type(exc).__name__, exc=exc)) from None
    x = list(x)
    assert len(x) == len(p["features"]), say("unseen_category_3", got=len(x), want=len(p['features']))
    expected = {name: values[0] for name, values in _expected_columns([dict(row, Neighborhood="?")], p).items()}
    for name, got in zip(p["features"], x):
        assert abs(float(got) - expected[name]) <= 1e-6 * max(1.0, abs(expected[name])), say("unseen_category_4", name=name, got=got, want=expected[name])
