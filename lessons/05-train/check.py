import csv
import io
import json
import math
import numbers
import os
import statistics

from checking import from_inputs, run_learner_with, say

VALIDATION_YEAR = 2009
RUN_KEYS = ("run_id", "model", "params", "data_sha256", "fit_rows", "validation_rows", "val_rmse", "val_mae", "val_within_10pct")
METRICS = ("val_rmse", "val_mae", "val_within_10pct")
MODEL_KEYS = ("features", "intercept", "coefficients", "target_transform", "alpha", "data_sha256")
# evaluate() on the check's own prices: 90,000 for 100,000 is exactly 10 % off (inside, `<=`);
# 222,000 for 200,000 and 332,000 for 300,000 are within 10 % of the prediction but not of the
# actual price (the wrong denominator); the rest are far off or exact.
OWN_ACTUAL = [100000.0, 200000.0, 150000.0, 250000.0, 120000.0, 300000.0]
OWN_PREDICTED = [90000.0, 222000.0, 150000.0, 200000.0, 150000.0, 332000.0]
# The check's own inputs: train.csv cut to every 30th sale of 2006-2008 and every 15th of 2009
# (52 and 38), and preprocessor.json cut to the 10 numeric features, on which alpha 0.1 has the
# lowest validation error, not alpha 10 as on the whole table. Few features keep the extra run of
# the learner's program quick.
OWN_STEPS = (30, 15)


def _number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _same(value, expected, rel=1e-9):
    return _number(value) and math.isclose(value, expected, rel_tol=rel, abs_tol=1e-9)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _table(text, features):
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    at = [header.index(n) for n in features]
    price, year = header.index("Sale_Price"), header.index("slice_year_sold")
    X, y, years = [], [], []
    for line in reader:
        X.append([float(line[i]) for i in at])
        y.append(float(line[price]))
        years.append(int(line[year]))
    return X, y, years


def _gram(X, y):
    """X^T X and X^T log(y), intercept first. One-hot columns (only 0.0 and 1.0) are summed over
    the rows where they are 1, so the check does not multiply the many zeros."""
    cols = [[1.0] * len(X)] + [list(c) for c in zip(*X)]
    t = [math.log(v) for v in y]
    ones = {j: [r for r, v in enumerate(c) if v] for j, c in enumerate(cols) if j and set(c) <= {0.0, 1.0}}
    sets = {j: set(rows) for j, rows in ones.items()}
    A = [[0.0] * len(cols) for _ in cols]
    for i, ci in enumerate(cols):
        for j in range(i, len(cols)):
            if j in ones and i in ones:
                value = float(len(sets[i] & sets[j]))
            elif j in ones:
                value = math.fsum(map(ci.__getitem__, ones[j]))
            else:
                value = math.sumprod(ci, cols[j])
            A[i][j] = A[j][i] = value
    b = [math.fsum(map(t.__getitem__, ones[j])) if j in ones else math.sumprod(c, t) for j, c in enumerate(cols)]
    return A, b


def _solve(A, b, alpha):
    n = len(b)
    M = [A[i][:] + [b[i]] for i in range(n)]
    for i in range(1, n):
        M[i][i] += alpha
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(M[i][k]))
        M[k], M[p] = M[p], M[k]
        for i in range(k + 1, n):
            f = M[i][k] / M[k][k]
            if f:
                Mi, Mk = M[i], M[k]
                for j in range(k, n + 1):
                    Mi[j] -= f * Mk[j]
    w = [0.0] * n
    for k in range(n - 1, -1, -1):
        w[k] = (M[k][n] - math.sumprod(M[k][k + 1:n], w[k + 1:n])) / M[k][k]
    return w


def _scores(actual, predicted):
    n = len(actual)
    errors = [p - a for a, p in zip(actual, predicted)]
    hits = sum(abs(e) <= 0.10 * a for a, e in zip(actual, errors))
    return {"val_rmse": math.sqrt(math.sumprod(errors, errors) / n), "val_mae": sum(abs(e) for e in errors) / n,
            "val_within_10pct": hits / n, "hits": hits, "rows": n}


def _predict(X, w):
    return [math.exp(w[0] + math.sumprod(w[1:], x)) for x in X]


def _split(years):
    fit = [i for i, year in enumerate(years) if year < VALIDATION_YEAR]
    val = [i for i, year in enumerate(years) if year == VALIDATION_YEAR]
    return fit, val


class _Data:
    """One train.csv: the split, the Gram matrices of the fitting and of all rows, and ridge fits
    and scores by alpha, each computed when first asked for."""

    def __init__(self, text, features):
        self.X, self.y, self.years = _table(text, features)
        self.fit, self.val = _split(self.years)
        self.X_val, self.y_val = [self.X[i] for i in self.val], [self.y[i] for i in self.val]
        self.y_fit = [self.y[i] for i in self.fit]
        self._grams, self._fits = {}, {}

    def gram(self, rows):
        if rows not in self._grams:
            if rows == "fit":
                self._grams[rows] = _gram([self.X[i] for i in self.fit], self.y_fit)
            else:
                # All training rows: the fitting rows' sums plus the 2009 rows'.
                (A, b), (A_val, b_val) = self.gram("fit"), _gram(self.X_val, self.y_val)
                self._grams[rows] = ([[p + q for p, q in zip(r, r_val)] for r, r_val in zip(A, A_val)],
                                     [p + q for p, q in zip(b, b_val)])
        return self._grams[rows]

    def weights(self, rows, alpha):
        key = (rows, alpha)
        if key not in self._fits:
            self._fits[key] = _solve(*self.gram(rows), alpha)
        return self._fits[key]

    def scores(self, rows, alpha, X=None, y=None):
        """Ridge (alpha) fitted on `rows` ("fit" or "all"), scored on the 2009 rows or on X, y."""
        return _scores(self.y_val if y is None else y, _predict(self.X_val if X is None else X, self.weights(rows, alpha)))

    def baseline(self, price, y=None):
        y = self.y_val if y is None else y
        return _scores(y, [price] * len(y))


@from_inputs
def data():
    pre = _read_json("preprocessor.json")
    with open("train.csv", newline="", encoding="utf-8") as f:
        text = f.read()
    return {"features": pre["features"], "sha": _read_json("datasheet.json")["sha256"], "text": text,
            "train": _Data(text, pre["features"])}


@from_inputs
def held_out():
    """test.csv's features and prices: only to name a metric or a choice made on the test set."""
    with open("test.csv", newline="", encoding="utf-8") as f:
        X, y, _ = _table(f.read(), data()["features"])
    return X, y


@from_inputs
def own_train():
    """The check's own train.csv and preprocessor.json (see OWN_STEPS) and their data."""
    d = data()
    lines = d["text"].splitlines()
    t = d["train"]
    keep = sorted(t.fit[::OWN_STEPS[0]] + t.val[::OWN_STEPS[1]])
    text = "\n".join([lines[0]] + [lines[i + 1] for i in keep]) + "\n"
    pre = _read_json("preprocessor.json")
    pre["features"] = list(pre["numeric"])
    return {"train.csv": text, "preprocessor.json": json.dumps(pre)}, _Data(text, pre["features"])


def _call(name, fn, *args):
    try:
        return fn(*args)
    except TypeError as exc:
        if "str" in str(exc):
            raise AssertionError(say("text_not_converted", name=name, error=exc)) from None
        raise AssertionError(say("raised", name=name, error_type="TypeError", error=exc)) from None
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("raised", name=name, error_type=type(exc).__name__, error=exc)) from None


def _artifact(path):
    assert os.path.exists(path), say("file_missing", path=path)
    try:
        content = _read_json(path)
    except ValueError as exc:
        raise AssertionError(say("file_not_json", path=path, error=exc)) from None
    assert isinstance(content, dict), say("file_not_dict", path=path)
    return content


def _runs():
    exp = _artifact("experiments.json")
    runs = exp.get("runs")
    assert isinstance(runs, list) and runs and all(isinstance(r, dict) for r in runs), say("runs_missing")
    return exp, runs


def _alpha(run):
    params = run.get("params")
    alpha = params.get("alpha") if isinstance(params, dict) else None
    return float(alpha) if _number(alpha) else None


def _ridge_runs(runs):
    return [r for r in runs if r.get("model") == "ridge" and _alpha(r) is not None]


def _baseline_runs(runs):
    return [r for r in runs if r.get("model") == "baseline_median"]


def _matches(run, scores, rel=1e-6):
    return all(_same(run.get(key), scores[key], rel) for key in METRICS)


def test_evaluate(learner):
    fn = getattr(learner, "evaluate", None)
    assert callable(fn), say("not_defined", name="evaluate")
    got = _call("evaluate", fn, list(OWN_ACTUAL), list(OWN_PREDICTED))
    want = _scores(OWN_ACTUAL, OWN_PREDICTED)
    pairs = ", ".join(f"{p:,.0f} / {a:,.0f}" for a, p in zip(OWN_ACTUAL, OWN_PREDICTED))
    assert isinstance(got, dict), say("evaluate_not_dict", value=_shown(got))
    for key in METRICS:
        assert key in got, say("evaluate_key_missing", key=key)
        assert _number(got[key]), say("evaluate_not_number", key=key, value=_shown(got[key]))
    rmse, mae, share = got["val_rmse"], got["val_mae"], got["val_within_10pct"]
    assert not _same(rmse, want["val_rmse"] ** 2), say("evaluate_rmse_no_root", got=rmse, want=want["val_rmse"])
    assert _same(rmse, want["val_rmse"]), say("evaluate_rmse", got=rmse, want=want["val_rmse"], pairs=pairs)
    signed = sum(p - a for a, p in zip(OWN_ACTUAL, OWN_PREDICTED)) / len(OWN_ACTUAL)
    assert not _same(mae, signed), say("evaluate_mae_signed", got=mae, want=want["val_mae"])
    assert _same(mae, want["val_mae"]), say("evaluate_mae", got=mae, want=want["val_mae"], pairs=pairs)
    n, hits = want["rows"], want["hits"]
    assert not _same(share, hits), say("evaluate_share_count", got=share, hits=hits, rows=n, want=want["val_within_10pct"])
    assert not _same(share, 100 * hits / n), say("evaluate_share_percent", got=share, want=want["val_within_10pct"])
    strict = sum(abs(p - a) < 0.10 * a for a, p in zip(OWN_ACTUAL, OWN_PREDICTED)) / n
    assert not _same(share, strict), say("evaluate_share_strict", got=share, want=want["val_within_10pct"])
    by_predicted = sum(abs(p - a) <= 0.10 * p for a, p in zip(OWN_ACTUAL, OWN_PREDICTED)) / n
    assert not _same(share, by_predicted), say("evaluate_share_denominator", got=share, want=want["val_within_10pct"])
    assert _same(share, want["val_within_10pct"]), say("evaluate_share", got=share, want=want["val_within_10pct"], pairs=pairs)


def test_validation_split(learner):
    t = data()["train"]
    for name, want in (("fit_idx", t.fit), ("val_idx", t.val)):
        got = getattr(learner, name, None)
        assert isinstance(got, (list, tuple, range)), say("split_not_list", name=name, value=_shown(got))
        assert all(isinstance(i, int) and not isinstance(i, bool) for i in got), say("split_not_indexes", name=name)
        years = sorted({t.years[i] for i in got if 0 <= i < len(t.years)})
        if name == "fit_idx" and VALIDATION_YEAR in years:
            raise AssertionError(say("split_fit_has_validation_year", got=len(got), want=len(want), year=VALIDATION_YEAR))
        assert sorted(got) == want, say("split_wrong", name=name, got=len(got), want=len(want), years=", ".join(map(str, years)) or "—")


def test_runs_logged(learner):
    d = data()
    t = d["train"]
    exp, runs = _runs()
    for run in runs:
        for key in RUN_KEYS:
            assert key in run, say("run_key_missing", run=_shown(run.get("run_id", "?")), key=key)
        name = run["run_id"]
        assert run["data_sha256"] == d["sha"], say("run_hash", run=name, got=str(run["data_sha256"])[:12], want=d["sha"][:12])
        assert run["fit_rows"] == len(t.fit) and run["validation_rows"] == len(t.val), say("run_rows", run=name, fit_rows=_shown(run["fit_rows"]), validation_rows=_shown(run["validation_rows"]), want_fit=len(t.fit), want_val=len(t.val))
    ids = [r["run_id"] for r in runs]
    assert len(set(map(str, ids))) == len(ids), say("run_ids_repeated")
    assert _baseline_runs(runs), say("baseline_missing")
    logged = {_alpha(r) for r in _ridge_runs(runs)}
    wanted = getattr(learner, "ALPHAS", None)
    wanted = [float(a) for a in wanted] if isinstance(wanted, (list, tuple)) and all(_number(a) for a in wanted) else []
    missing = [a for a in wanted if a not in logged]
    assert not missing, say("alphas_missing", missing=", ".join(f"{a:g}" for a in missing))
    assert len(logged) >= 2, say("ridge_runs_missing")
    assert exp.get("chosen_run") in ids, say("chosen_run_missing", got=_shown(exp.get("chosen_run")))


def test_ridge_metrics_are_honest(learner):
    t = data()["train"]
    _, runs = _runs()
    ridge_runs = _ridge_runs(runs)
    for run in ridge_runs:
        alpha = _alpha(run)
        want = t.scores("fit", alpha)
        if _matches(run, want):
            continue
        name, got = run["run_id"], run.get("val_rmse")
        for key in METRICS:
            assert _number(run.get(key)), say("metric_not_number", run=name, key=key, value=_shown(run.get(key)))
        others = [a for a in {_alpha(r) for r in ridge_runs} if a != alpha]
        if any(_matches(run, t.scores("fit", a)) for a in others):
            raise AssertionError(say("same_fit_for_every_alpha", run=name, alpha=alpha, got=got, want=want["val_rmse"]))
        if _matches(run, t.scores("all", alpha)):
            raise AssertionError(say("validation_on_fitted_rows", run=name, alpha=alpha, got=got, want=want["val_rmse"]))
        X_test, y_test = held_out()
        if _matches(run, t.scores("fit", alpha, X_test, y_test)):
            raise AssertionError(say("validation_on_test", run=name, alpha=alpha, got=got, want=want["val_rmse"]))
        if _matches(run, t.scores("fit", alpha, [t.X[i] for i in t.fit], t.y_fit)):
            raise AssertionError(say("validation_on_fit_rows", run=name, got=got, want=want["val_rmse"]))
        for key in METRICS:
            assert _same(run[key], want[key], 1e-6), say("ridge_metric_wrong", run=name, key=key, alpha=alpha, got=run[key], want=want[key])


def test_baseline_is_honest(learner):
    t = data()["train"]
    _, runs = _runs()
    median = statistics.median(t.y_fit)
    want = t.baseline(median)
    for run in _baseline_runs(runs):
        if _matches(run, want, 1e-9):
            continue
        name, got = run["run_id"], run.get("val_rmse")
        for key in METRICS:
            assert _number(run.get(key)), say("metric_not_number", run=name, key=key, value=_shown(run.get(key)))
        assert not _matches(run, t.baseline(statistics.fmean(t.y_fit))), say("baseline_mean", got=got, want=want["val_rmse"], median=median)
        assert not _matches(run, t.baseline(statistics.median(t.y))), say("baseline_all_rows", got=got, want=want["val_rmse"], median=median)
        assert not _matches(run, t.baseline(statistics.median(t.y_val))), say("baseline_validation_median", got=got, want=want["val_rmse"], median=median)
        X_test, y_test = held_out()
        assert not _matches(run, t.baseline(median, y_test)), say("baseline_on_test", got=got, want=want["val_rmse"])
        for key in METRICS:
            assert _same(run[key], want[key]), say("baseline_metric_wrong", key=key, got=run[key], want=want[key], median=median)


def _best(t, runs):
    """The logged run with the lowest validation RMSE, as the check computes it."""
    def rmse(run):
        if run.get("model") == "ridge" and _alpha(run) is not None:
            return t.scores("fit", _alpha(run))["val_rmse"]
        if run.get("model") == "baseline_median":
            return t.baseline(statistics.median(t.y_fit))["val_rmse"]
        return math.inf
    return min(runs, key=rmse), rmse


@from_inputs
def validation_as_test():
    """train.csv's 2009 rows in place of test.csv: there the best alpha on "test" is validation's."""
    d = data()
    lines = d["text"].splitlines()
    return "\n".join([lines[0]] + [lines[i + 1] for i in d["train"].val]) + "\n"


def _choice_follows_test_csv(chosen):
    """Does the program choose another run when test.csv holds other sales? (The alpha best on
    test.csv can also be best by another rule, such as the MAE.)"""
    with run_learner_with({"test.csv": validation_as_test()}) as (module, error):
        try:
            again = _read_json("experiments.json").get("chosen_run") if error is None else None
        except (OSError, ValueError, AttributeError):
            again = None
    return again is not None and again != chosen


def test_chosen_on_validation(learner):
    t = data()["train"]
    exp, runs = _runs()
    best, rmse = _best(t, runs)
    chosen = next((r for r in runs if r["run_id"] == exp.get("chosen_run")), None)
    assert chosen is not None, say("chosen_run_missing", got=_shown(exp.get("chosen_run")))
    if chosen is not best:
        name, alpha = chosen["run_id"], _alpha(chosen)
        ridge_runs = _ridge_runs(runs)
        if alpha is not None:
            X_test, y_test = held_out()
            on_test = min(ridge_runs, key=lambda r: t.scores("fit", _alpha(r), X_test, y_test)["val_rmse"])
            assert not (chosen is on_test and _choice_follows_test_csv(name)), say("chosen_on_test", chosen=name, best=best["run_id"], best_rmse=rmse(best))
            by_mae = min(ridge_runs, key=lambda r: t.scores("fit", _alpha(r))["val_mae"])
            assert chosen is not by_mae, say("chosen_by_mae", chosen=name, best=best["run_id"], best_rmse=rmse(best))
        raise AssertionError(say("chosen_not_best", chosen=name, chosen_rmse=rmse(chosen), best=best["run_id"], best_rmse=rmse(best)))
    assert _alpha(best) is not None, say("ridge_runs_missing")
    model = _artifact("model.json")
    alpha = model.get("alpha")
    assert _number(alpha), say("model_alpha_not_number", got=_shown(alpha))
    assert math.isclose(float(alpha), _alpha(best), rel_tol=1e-12), say("model_alpha_not_chosen", got=alpha, chosen=best["run_id"], want=_alpha(best))


def test_model_refit_on_all_training_rows(learner):
    d = data()
    t = d["train"]
    model = _artifact("model.json")
    for key in MODEL_KEYS:
        assert key in model, say("model_key_missing", key=key)
    assert model["features"] == d["features"], say("model_features")
    coefficients, intercept = model["coefficients"], model["intercept"]
    assert isinstance(coefficients, list) and len(coefficients) == len(d["features"]), say("model_coefficients_count", got=len(coefficients) if isinstance(coefficients, list) else _shown(coefficients), want=len(d["features"]))
    assert _number(intercept) and all(_number(c) for c in coefficients), say("model_not_numbers")
    assert model["data_sha256"] == d["sha"], say("model_hash")
    assert model["target_transform"] == "log", say("model_transform", got=_shown(model["target_transform"]))
    assert _number(model["alpha"]), say("model_alpha_not_number", got=_shown(model["alpha"]))
    alpha = float(model["alpha"])
    mine = [intercept] + coefficients

    def gap(w):
        # The largest difference in predicted log(price) over the 2009 rows, where a fit with and
        # without them differ most.
        return max(abs(mine[0] + math.sumprod(mine[1:], x) - w[0] - math.sumprod(w[1:], x)) for x in t.X_val)

    if gap(t.weights("all", alpha)) <= 1e-6:
        return
    assert gap(t.weights("fit", alpha)) > 1e-6, say("model_not_refitted", alpha=alpha, rows=len(t.y), fit_rows=len(t.fit))
    raise AssertionError(say("model_not_ridge_on_training_rows", alpha=alpha, rows=len(t.y)))


def test_choice_is_computed(learner):
    files, own = own_train()
    with run_learner_with(files) as (module, error):
        assert error is None, say("own_train_crash", fit=len(own.fit), val=len(own.val), error=error["message"])
        try:
            exp, model = _read_json("experiments.json"), _read_json("model.json")
        except (OSError, ValueError):
            exp = model = None
    assert isinstance(exp, dict) and isinstance(model, dict) and isinstance(exp.get("runs"), list), say("own_train_no_files", fit=len(own.fit), val=len(own.val))
    runs = [r for r in exp["runs"] if isinstance(r, dict)]
    best, rmse = _best(own, runs)
    chosen = exp.get("chosen_run")
    assert chosen == best["run_id"], say("own_train_choice", fit=len(own.fit), val=len(own.val), chosen=_shown(chosen), best=best["run_id"], best_rmse=rmse(best))
    alpha = model.get("alpha")
    assert _number(alpha) and math.isclose(float(alpha), _alpha(best), rel_tol=1e-12), say("own_train_alpha", fit=len(own.fit), val=len(own.val), got=_shown(alpha), best=best["run_id"], want=_alpha(best))
