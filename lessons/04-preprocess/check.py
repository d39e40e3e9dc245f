import csv
import functools
import json
import math
import operator
import os
import statistics

from checking import from_inputs

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
    assert os.path.exists("preprocessor.json"), (
        "preprocessor.json was not written. Save the fitted preprocessor with json.dump(...)."
    )
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
    """Your code writes preprocessor.json, train.csv and test.csv"""
    for path in ("preprocessor.json", "train.csv", "test.csv"):
        assert os.path.exists(path), f"{path} was not written. Run the writing code at the end of the exercise."
    p = _preprocessor()
    for key in ("numeric", "categorical", "features"):
        assert key in p, f'preprocessor.json has no "{key}" key. Expected keys: numeric, categorical, features (see How).'


def test_time_split(learner):
    """train.csv holds the sales up to 2009 and test.csv the 2010 sales"""
    _, train, test = _dataset()
    for path, expected, label in (("train.csv", train, "Year_Sold <= 2009"), ("test.csv", test, "Year_Sold == 2010")):
        table = _read_csv(path)
        header, body = table[0], table[1:]
        for col in ["Sale_Price"] + list(SLICES):
            assert col in header, f"{path} has no column {col}. Append Sale_Price and the slice_ columns after the features."
        assert len(body) == len(expected), (
            f"{path} has {len(body)} rows, but dataset.csv has {len(expected)} rows with {label}. "
            "Split by the datasheet's time plan, not at random."
        )
        years = {row[header.index("slice_year_sold")] for row in body}
        wanted = {r["Year_Sold"] for r in expected}
        assert years == wanted, f"{path} holds sales from {sorted(years)}, expected {sorted(wanted)} ({label})."


def test_statistics_from_training_rows(learner):
    """Imputation and scaling statistics come from the training rows only"""
    p = _preprocessor()
    reference = _reference_stats()
    for col in NUMERIC:
        assert col in p["numeric"], f'preprocessor.json["numeric"] has no entry for {col}.'
        s = p["numeric"][col]
        for key in ("median", "mean", "std", "min", "max"):
            assert key in s, f'preprocessor.json["numeric"]["{col}"] has no "{key}".'
        (median, means, stds), (all_median, all_means, _), low, high = reference[col]
        leaked = " That is the value over ALL rows (training + 2010 test rows): the test set leaked into the preprocessor."
        if not _close(s["median"], median, 1e-9):
            hint = leaked if _close(s["median"], all_median, 1e-9) else ""
            raise AssertionError(
                f"The median of {col} is {s['median']}, expected {median:g} from the training rows only "
                f"(Year_Sold <= 2009).{hint} Fit on training rows only."
            )
        if not any(_close(s["mean"], m, 1e-7) for m in means):
            hint = leaked if any(_close(s["mean"], m, 1e-7) for m in all_means) else ""
            raise AssertionError(
                f"The mean of {col} is {s['mean']:.4f}, expected {min(means):.4f} from the training rows only "
                f"(Year_Sold <= 2009).{hint} Fit on training rows only."
            )
        assert any(_close(s["std"], v, 5e-4) for v in stds), (
            f"The standard deviation of {col} is {s['std']:.4f}, expected about {min(stds):.4f} "
            "(statistics.pstdev of the training values). Fit on training rows only."
        )
        assert _close(s["min"], low, 1e-9) and _close(s["max"], high, 1e-9), (
            f"min/max of {col} should be the training range {low:g}..{high:g}; "
            "lesson 06 uses it to flag inputs outside what the model has seen."
        )


def test_categories_and_feature_names(learner):
    """One-hot columns are the categories seen in training, named COLUMN=VALUE"""
    p = _preprocessor()
    _, train, _ = _dataset()
    features = p["features"]
    for col in CATEGORICAL:
        seen = sorted({r[col] for r in train})
        got = p["categorical"].get(col)
        assert got is not None and sorted(got) == seen, (
            f'preprocessor.json["categorical"]["{col}"] should list the {len(seen)} categories seen in training, '
            f"got {got!r:.120}."
        )
    expected = set(NUMERIC) | {f"{c}={v}" for c in CATEGORICAL for v in p["categorical"][c]}
    assert set(features) == expected and len(features) == len(expected), (
        f"features should be the {len(NUMERIC)} numeric columns plus one COLUMN=VALUE name per training "
        f"category ({len(expected)} in all); got {len(features)} names. Missing: "
        f"{sorted(expected - set(features))[:3]}, unexpected: {sorted(set(features) - expected)[:3]}."
    )


def _require_fitted(p):
    for col in NUMERIC:
        assert col in p.get("numeric", {}), f'preprocessor.json["numeric"] has no {col}: fit the numeric statistics first (see the check above).'
    for col in CATEGORICAL:
        assert p.get("categorical", {}).get(col), f'preprocessor.json["categorical"] has no categories for {col}: fit them first (see the check above).'


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
    """train.csv and test.csv hold the transformed features, the raw price and the slice columns"""
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
                    assert cell != "", f"{path} row {i + 1}, {name} is empty: no missing values may remain after preprocessing."
                    raise AssertionError(
                        f"{path} row {i + 1}, {name} is {float(cell):.6g}, expected {w:.6g} "
                        "(impute with the median, then (value - mean) / std; one-hot 1.0 / 0.0)."
                    )
            elif name == "Sale_Price":
                for i, (row, raw) in enumerate(zip(body, raws)):
                    assert float(row[j]) == float(raw["Sale_Price"]), f"{path} row {i + 1}: Sale_Price must stay the raw price in USD."
            elif name in SLICES:
                source = SLICES[name]
                for i, (row, raw) in enumerate(zip(body, raws)):
                    assert row[j] == raw[source], f"{path} row {i + 1}: {name} must be the raw {source} value."


def test_unseen_category(learner):
    """transform() maps a category unseen in training to all zeros instead of crashing"""
    assert hasattr(learner, "transform"), "Define a function transform(row, preprocessor) that returns the feature values of one raw row."
    p = _preprocessor()
    _require_fitted(p)
    _, _, test = _dataset()
    row = dict(test[0], Neighborhood="Atlantis_Heights", Lot_Frontage="")
    try:
        x = learner.transform(row, p)
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(
            f"transform() raised {type(exc).__name__}: {exc} for Neighborhood='Atlantis_Heights', a category unseen in "
            "training. New values do turn up at serving time: give an unseen category all zeros in its one-hot columns."
        ) from None
    x = list(x)
    assert len(x) == len(p["features"]), f"transform() returned {len(x)} values, expected {len(p['features'])} (one per feature)."
    expected = {name: values[0] for name, values in _expected_columns([dict(row, Neighborhood="?")], p).items()}
    for name, got in zip(p["features"], x):
        assert abs(float(got) - expected[name]) <= 1e-6 * max(1.0, abs(expected[name])), (
            f"For a row with an unseen neighbourhood and an empty Lot_Frontage, {name} is {got}, expected "
            f"{expected[name]:.6g} (unseen category: all zeros; missing number: the training median, then scaled)."
        )
