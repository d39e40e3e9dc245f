import csv
import hashlib
import json
import math
import numbers
import os
import statistics

from checking import from_inputs, say

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
TARGET = "Sale_Price"
SLICES = {"slice_neighborhood": "Neighborhood", "slice_year_built": "Year_Built",
          "slice_year_sold": "Year_Sold"}
STATS = ("median", "mean", "std", "min", "max")
FILES = ("preprocessor.json", "train.csv", "test.csv")
# The check's own rows for fit, split_by_time and transform: the first rows of dataset.csv with
# these values (no column constant in the training years). A fit that reads other rows than those
# it is given (all of dataset.csv, say) learns other categories and statistics than these rows
# have; the 2010 sale brings a neighbourhood and a building type that training has not seen.
OWN_ROWS = [
    {"Year_Sold": "2007", "Neighborhood": "Gilbert", "Bldg_Type": "OneFam", "Lot_Frontage": "50", "Bedroom_AbvGr": "2"},
    {"Year_Sold": "2010", "Neighborhood": "Meadow_Village", "Bldg_Type": "Twnhs", "Lot_Frontage": "200", "Bedroom_AbvGr": "5"},
    {"Year_Sold": "2009", "Neighborhood": "Gilbert", "Bldg_Type": "OneFam", "Lot_Frontage": "", "Bedroom_AbvGr": "3"},
    {"Year_Sold": "2006", "Neighborhood": "Edwards", "Bldg_Type": "Duplex", "Lot_Frontage": "80", "Bedroom_AbvGr": "4"},
    {"Year_Sold": "2008", "Neighborhood": "Edwards", "Bldg_Type": "OneFam", "Lot_Frontage": "65", "Bedroom_AbvGr": "3"},
]


def _mean(values):
    return math.fsum(values) / len(values)


def _sd(values, ddof=0):
    # math.fsum agrees with statistics.pstdev / stdev to float precision, and is much faster.
    mean = _mean(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (len(values) - ddof))


def _statistics(rows, col):
    """The How's statistics of one column over `rows`, and the typical wrong variants."""
    known = [float(r[col]) for r in rows if r[col] != ""]
    median = statistics.median(known)
    imputed = [float(r[col]) if r[col] != "" else median for r in rows]
    return {
        "median": median,
        "mean": _mean(imputed),
        "std": _sd(imputed),
        "min": min(known),
        "max": max(known),
        "mean_known": _mean(known),
        "std_known": _sd(known),
        "std_sample": _sd(imputed, ddof=1),
    }


def _fitted(rows):
    """What fit(rows) must return, recomputed: numeric statistics, categories, feature names."""
    numeric = {col: _statistics(rows, col) for col in NUMERIC}
    categorical = {col: sorted({r[col] for r in rows}) for col in CATEGORICAL}
    features = NUMERIC + [f"{col}={value}" for col in CATEGORICAL for value in categorical[col]]
    return {"numeric": numeric, "categorical": categorical, "features": features}


def _columns(raws, fitted):
    """{feature name: its value for each raw row}, transformed the way the How describes."""
    columns = {}
    for col in NUMERIC:
        s = fitted["numeric"][col]
        columns[col] = [((float(r[col]) if r[col] != "" else s["median"]) - s["mean"]) / s["std"] for r in raws]
    for col in CATEGORICAL:
        for c in fitted["categorical"][col]:
            columns[f"{col}={c}"] = [1.0 if r[col] == c else 0.0 for r in raws]
    return columns


@from_inputs
def real():
    """dataset.csv split by the plan, the training-only fit and the fit over all rows (leakage)."""
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open("dataset.csv", "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    train = [r for r in rows if int(r["Year_Sold"]) <= 2009]
    test = [r for r in rows if int(r["Year_Sold"]) == 2010]
    fit = _fitted(train)
    return {"rows": rows, "train": train, "test": test, "fit": fit, "all": _fitted(rows),
            "sha256": sha, "first_train": [r for r in rows if int(r["Year_Sold"]) <= 2008],
            "columns": {"train.csv": _columns(train, fit), "test.csv": _columns(test, fit)}}


@from_inputs
def own():
    """The check's own rows (see OWN_ROWS), their split and the fit of their training rows."""
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = [{**row, **changes} for row, changes in zip(csv.DictReader(f), OWN_ROWS)]
    train = [r for r in rows if int(r["Year_Sold"]) <= 2009]
    return {"rows": rows, "train": train, "test": [r for r in rows if r["Year_Sold"] == "2010"],
            "fit": _fitted(train)}


def _same(value, expected):
    # Deterministic arithmetic: only float rounding may separate a right answer from ours.
    return _number(value) and math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-9)


def _number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 100 else text[:99] + "…"


def _preprocessor():
    assert os.path.exists("preprocessor.json"), say("file_missing", path="preprocessor.json")
    with open("preprocessor.json", encoding="utf-8") as f:
        try:
            p = json.load(f)
        except ValueError as exc:
            raise AssertionError(say("preprocessor_not_json", error=exc)) from None
    assert isinstance(p, dict), say("preprocessor_not_object")
    return p


_tables = {}  # the files the learner's program wrote, read once per check


def _table(path):
    assert os.path.exists(path), say("file_missing", path=path)
    if path not in _tables:
        with open(path, newline="", encoding="utf-8") as f:
            _tables[path] = list(csv.reader(f))
    table = _tables[path]
    assert table, say("table_empty", path=path)
    header, body = table[0], table[1:]
    for col in [TARGET, *SLICES]:
        assert col in header, say("column_missing", path=path, col=col)
    return header, body


def _numeric_part(p):
    """The learner's numeric statistics, guarded so that checks can rely on them."""
    numeric = p.get("numeric")
    assert isinstance(numeric, dict), say("numeric_not_dict", got=_shown(numeric))
    for col in NUMERIC:
        s = numeric.get(col)
        assert isinstance(s, dict), say("numeric_column_missing", col=col)
        for key in STATS:
            assert _number(s.get(key)), say("stat_not_number", col=col, key=key, got=_shown(s.get(key)))
    return numeric


def _categorical_part(p):
    """The learner's categories, guarded so that checks can rely on them."""
    categorical = p.get("categorical")
    assert isinstance(categorical, dict), say("categorical_not_dict", got=_shown(categorical))
    for col in CATEGORICAL:
        assert isinstance(categorical.get(col), list), say("categories_missing", col=col)
    return categorical


def _call(learner, name, *args):
    """learner.name(*args); a crash becomes feedback for its usual cause."""
    fn = getattr(learner, name, None)
    assert callable(fn), say("not_defined", name=name)
    try:
        return fn(*args)
    except KeyError as exc:
        raise AssertionError(say("function_key_error", name=name, key=exc.args[0] if exc.args else "")) from None
    except ValueError as exc:
        raise AssertionError(say("function_value_error", name=name, error=exc)) from None
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("function_raised", name=name, error=f"{type(exc).__name__}: {exc}")) from None


def test_files_written(learner):
    p = _preprocessor()
    for path in FILES[1:]:
        _table(path)
    for key in ("numeric", "categorical", "features", "target", "slice_columns", "fitted_on"):
        assert key in p, say("key_missing", key=key)
    assert p["target"] == TARGET and p["slice_columns"] == SLICES, say("given_keys_changed")
    fitted_on = p["fitted_on"]
    train = len(real()["train"])
    ok = isinstance(fitted_on, dict) and _same(fitted_on.get("rows"), train)
    assert ok, say("fitted_on_rows", got=_shown(fitted_on.get("rows") if isinstance(fitted_on, dict) else fitted_on), want=train)
    assert fitted_on.get("data_sha256") == real()["sha256"], say("fitted_on_sha")


def test_time_split(learner):
    want = real()
    assert _table("test.csv")[1], say("split_not_done")
    for path, rows, label in (("train.csv", want["train"], "Year_Sold <= 2009"), ("test.csv", want["test"], "Year_Sold == 2010")):
        header, body = _table(path)
        year, price = header.index("slice_year_sold"), header.index(TARGET)
        got = [(r[year], _float(r[price])) for r in body if len(r) == len(header)]
        expected = [(r["Year_Sold"], float(r[TARGET])) for r in rows]
        if [y for y, _ in got] == [y for y, _ in expected] and len(got) == len(body):
            continue  # the prices are judged with the other values
        assert not (path == "train.csv" and len(body) == len(want["first_train"])), say("train_misses_2009", got=len(body), want=len(rows))
        years = sorted({r[year] for r in body})
        right = sorted({r["Year_Sold"] for r in rows})
        assert years == right, say("split_years", path=path, got=", ".join(years), want=", ".join(right), label=label)
        assert len(body) == len(rows), say("split_count", path=path, got=len(body), want=len(rows), label=label)
        if sorted(got, key=str) == sorted(expected, key=str):
            raise AssertionError(say("rows_reordered", path=path))
        raise AssertionError(say("split_rows", path=path, label=label))
    result = _call(learner, "split_by_time", [dict(r) for r in own()["rows"]])
    ok = isinstance(result, (tuple, list)) and len(result) == 2 and all(isinstance(part, list) for part in result)
    assert ok, say("split_shape", got=_shown(result))
    train, test = result
    years = lambda rows: [r.get("Year_Sold") if isinstance(r, dict) else None for r in rows]
    ok = years(train) == years(own()["train"]) and years(test) == years(own()["test"])
    assert ok, say("split_own", got=_shown((years(train), years(test))), want=_shown((years(own()["train"]), years(own()["test"]))))


def _split_right():
    """Whether train.csv holds the training years of dataset.csv, in order."""
    header, body = _table("train.csv")
    year = header.index("slice_year_sold")
    return [r[year] for r in body if len(r) > year] == [r["Year_Sold"] for r in real()["train"]]


def _statistics_right(numeric):
    fit = real()["fit"]["numeric"]
    return all(_same(numeric[col][key], fit[col][key]) for col in NUMERIC for key in STATS)


def test_statistics_from_training_rows(learner):
    numeric = _numeric_part(_preprocessor())
    assert _split_right() or _statistics_right(numeric), say("split_first_statistics")
    fit, leaked = real()["fit"]["numeric"], real()["all"]["numeric"]
    for col in NUMERIC:
        s, right, alls = numeric[col], fit[col], leaked[col]
        for key in STATS:
            if not _same(s[key], right[key]):
                _stat_feedback(key, col, s[key], right, alls)


def _stat_feedback(key, col, got, right, alls):
    """The message for a wrong statistic: leaked from the test rows, a typical variant, or wrong."""
    want, leaked = right[key], _same(got, alls[key])
    if key == "median":
        assert not leaked, say("median_leaked", col=col, got=got, want=want)
        raise AssertionError(say("median_wrong", col=col, got=got, want=want))
    if key == "mean":
        assert not leaked, say("mean_leaked", col=col, got=got, want=want)
        assert not _same(got, right["mean_known"]), say("mean_before_impute", col=col, got=got, want=want)
        raise AssertionError(say("mean_wrong", col=col, got=got, want=want))
    if key == "std":
        assert not leaked, say("std_leaked", col=col, got=got, want=want)
        assert not _same(got, right["std_sample"]), say("std_sample", col=col, got=got, want=want)
        assert not _same(got, right["std_known"]), say("std_before_impute", col=col, got=got, want=want)
        raise AssertionError(say("std_wrong", col=col, got=got, want=want))
    assert not leaked, say("range_leaked", col=col, key=key, got=got, want=want)
    raise AssertionError(say("range_wrong", col=col, key=key, got=got, want=want))


def test_categories_and_feature_names(learner):
    p = _preprocessor()
    categorical = _categorical_part(p)
    fit, leaked = real()["fit"], real()["all"]
    assert _split_right() or categorical == fit["categorical"], say("split_first_statistics")
    for col in CATEGORICAL:
        got, want = categorical[col], fit["categorical"][col]
        if got == want:
            continue
        assert got != leaked["categorical"][col], say("categories_leaked", col=col)
        assert sorted(got, key=str) != want, say("categories_not_sorted", col=col)
        raise AssertionError(say("categories_wrong", col=col, count=len(want), got=_shown(got)))
    features = p.get("features")
    assert isinstance(features, list), say("features_not_list", got=_shown(features))
    assert features[:len(NUMERIC)] == NUMERIC, say("features_numeric_first", got=_shown(features[:len(NUMERIC)]))
    names = set(fit["features"][len(NUMERIC):])
    rest = features[len(NUMERIC):]
    sample = sorted(set(rest) - names)[:3]
    assert not any(isinstance(n, str) and "=" not in n for n in rest), say("features_names", got=", ".join(map(str, sample)))
    missing = sorted(names - set(rest))
    assert set(rest) == names and len(rest) == len(names), say(
        "features_wrong", want=len(fit["features"]), got=len(features),
        missing=", ".join(missing[:3]) or "-", unexpected=", ".join(map(str, sample)) or "-")


def test_transformed_values(learner):
    p = _preprocessor()
    want = real()
    expected_fit = want["fit"]
    for path, raws in (("train.csv", want["train"]), ("test.csv", want["test"])):
        header, body = _table(path)
        year = header.index("slice_year_sold")
        same_rows = all(len(r) == len(header) for r in body) and [r[year] for r in body] == [r["Year_Sold"] for r in raws]
        assert same_rows, say("split_first", path=path)
        expected = want["columns"][path]
        for name in expected_fit["features"]:
            assert name in header, say("feature_column_missing", path=path, name=name)
        for j, name in enumerate(header):
            cells = [row[j] for row in body]
            if name in expected:
                i = _first_difference(cells, expected[name])
                if i is None:
                    continue
                cell, w, raw = cells[i], expected[name][i], raws[i]
                assert cell.strip() != "", say("cell_empty", path=path, row=i + 1, name=name)
                got = _float(cell)
                assert got is not None, say("cell_not_number", path=path, row=i + 1, name=name, got=cell)
                if name in NUMERIC:
                    s = expected_fit["numeric"][name]
                    if raw[name] == "":
                        assert not _same(got, (0 - s["mean"]) / s["std"]), say("imputed_zero", path=path, name=name)
                        assert not _same(got, s["median"]), say("imputed_not_scaled", path=path, name=name)
                    else:
                        assert not _same(got, float(raw[name])), say("not_scaled", path=path, name=name, got=got)
                theirs = _transformed_by(_learner_fit(p), raw).get(name)
                assert not (theirs is not None and _same(got, theirs)), say("values_follow_statistics", path=path, name=name)
                raise AssertionError(say("cell_wrong", path=path, row=i + 1, name=name, got=got, want=w))
            elif name == TARGET:
                for i, (cell, raw) in enumerate(zip(cells, raws)):
                    assert _float(cell) == float(raw[TARGET]), say("price_not_raw", path=path, row=i + 1, got=cell, want=raw[TARGET])
            elif name in SLICES:
                for i, (cell, raw) in enumerate(zip(cells, raws)):
                    assert cell == raw[SLICES[name]], say("slice_not_raw", path=path, row=i + 1, name=name, source=SLICES[name])


def _float(cell):
    try:
        return float(cell)
    except ValueError:
        return None


def _first_difference(cells, wants):
    """Index of the first cell that differs from its expected value, or None."""
    try:
        values = list(map(float, cells))
    except ValueError:
        values = None  # an empty or non-numeric cell: found below
    # Computed the way the How describes, the values are usually exactly equal: a cheap test first.
    if values is not None and (values == wants or all(map(_close, values, wants))):
        return None
    for i, (cell, w) in enumerate(zip(cells, wants)):
        value = _float(cell)
        if value is None or not _close(value, w):
            return i
    return None


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _transformed_by(fitted, raw):
    """{feature: value} of one raw row by the learner's own statistics; {} if they cannot."""
    try:
        return {name: values[0] for name, values in _columns([raw], fitted).items()}
    except (TypeError, KeyError, ZeroDivisionError, ValueError):
        return {}


def _learner_fit(p):
    """The learner's preprocessor in the shape _columns reads, or None if it lacks a part."""
    try:
        numeric, categorical = _numeric_part(p), _categorical_part(p)
    except AssertionError:
        return None
    return {"numeric": numeric, "categorical": categorical}


def test_fit_uses_its_rows(learner):
    p = _preprocessor()
    real_fit = real()["fit"]
    right = (_statistics_right(_numeric_part(p)) and _categorical_part(p) == real_fit["categorical"]
             and isinstance(p.get("features"), list) and sorted(p["features"]) == sorted(real_fit["features"]))
    assert right, say("fit_real_first")
    mine = own()
    fitted = _call(learner, "fit", [dict(r) for r in mine["train"]])
    assert isinstance(fitted, dict), say("fit_not_dict", got=_shown(fitted))
    numeric, categorical = fitted.get("numeric"), fitted.get("categorical")
    assert isinstance(numeric, dict) and isinstance(categorical, dict), say("fit_not_dict", got=_shown(fitted))
    want = mine["fit"]
    for col in CATEGORICAL:
        assert isinstance(categorical.get(col), list), say("categories_missing", col=col)
        assert categorical.get(col) == want["categorical"][col], say(
            "fit_categories_own", col=col, got=_shown(categorical.get(col)), want=_shown(want["categorical"][col]))
    for col in NUMERIC:
        s = numeric.get(col) if isinstance(numeric.get(col), dict) else {}
        for key in STATS:
            assert _same(s.get(key), want["numeric"][col][key]), say(
                "fit_stats_own", col=col, key=key, got=_shown(s.get(key)), want=want["numeric"][col][key])
    assert fitted.get("features") == want["features"] or (
        isinstance(fitted.get("features"), list) and sorted(fitted["features"]) == sorted(want["features"])
    ), say("fit_features_own", got=len(fitted.get("features") or []), want=len(want["features"]))


def test_unseen_category(learner):
    # The check's own preprocessor: other statistics and categories than the real fit, so a
    # transform that reads the saved preprocessor or global values instead of its argument shows.
    mine = own()
    fitted = mine["fit"]
    preprocessor = {
        "numeric": {col: {k: fitted["numeric"][col][k] for k in STATS} for col in NUMERIC},
        "categorical": fitted["categorical"],
        "features": fitted["features"],
        "target": TARGET,
        "slice_columns": SLICES,
    }
    row = dict(mine["rows"][1], Neighborhood="Atlantis_Heights", Lot_Frontage="")
    shown = "`Neighborhood` `Atlantis_Heights`, `Lot_Frontage` `\"\"`"
    fn = getattr(learner, "transform", None)
    assert callable(fn), say("not_defined", name="transform")
    try:
        x = fn(dict(row), preprocessor)
    except (ValueError, KeyError) as exc:
        raise AssertionError(say("unseen_crash", error=f"{type(exc).__name__}: {exc}")) from None
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("function_raised", name="transform", error=f"{type(exc).__name__}: {exc}")) from None
    assert isinstance(x, (list, tuple)), say("transform_not_list", got=_shown(x))
    features = preprocessor["features"]
    assert len(x) == len(features), say("transform_length", got=len(x), want=len(features))
    expected = {name: values[0] for name, values in _columns([dict(row, Neighborhood="?")], fitted).items()}
    real_fit = real()["fit"]
    for name, got in zip(features, x):
        assert _number(got), say("transform_not_number", name=name, got=_shown(got))
        if math.isclose(got, expected[name], rel_tol=1e-9, abs_tol=1e-9):
            continue
        if name in NUMERIC:
            s = real_fit["numeric"][name]
            value = float(row[name]) if row[name] != "" else s["median"]
            assert not _same(got, (value - s["mean"]) / s["std"]), say("transform_ignores_preprocessor", name=name)
        raise AssertionError(say("transform_wrong", name=name, got=got, want=expected[name], row=shown))
