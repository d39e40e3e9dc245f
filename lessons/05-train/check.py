import csv
import json
import math
import os
import statistics

from checking import from_inputs, say


def _json(path):
    assert os.path.exists(path), say("json_1", path=path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _table(path, features):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    X = [[float(r[n]) for n in features] for r in rows]
    y = [float(r["Sale_Price"]) for r in rows]
    years = [int(r["slice_year_sold"]) for r in rows]
    return X, y, years


def _gram(X, y):
    p = len(X[0]) + 1
    A = [[0.0] * p for _ in range(p)]
    b = [0.0] * p
    for x, t in zip(X, y):
        nz = [(0, 1.0)] + [(j + 1, v) for j, v in enumerate(x) if v != 0.0]
        for i, vi in nz:
            b[i] += vi * math.log(t)
            row = A[i]
            for j, vj in nz:
                row[j] += vi * vj
    return A, b


def _ridge(A, b, alpha):
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


def _rmse(X, y, w):
    coefficients = w[1:]
    e = [math.exp(w[0] + math.sumprod(coefficients, x)) - t for x, t in zip(X, y)]
    return math.sqrt(math.sumprod(e, e) / len(e))


@from_inputs
def _setup():
    """Everything the checks recompute from the inputs, once: the data and the Gram matrices."""
    features = _json("preprocessor.json")["features"]
    X, y, years = _table("train.csv", features)
    fit = [i for i, yr in enumerate(years) if yr <= 2008]
    val = [i for i, yr in enumerate(years) if yr == 2009]
    A_fit, b_fit = _gram([X[i] for i in fit], [y[i] for i in fit])
    A_val, b_val = _gram([X[i] for i in val], [y[i] for i in val])
    A_all = [[a + c for a, c in zip(r1, r2)] for r1, r2 in zip(A_fit, A_val)]
    b_all = [a + c for a, c in zip(b_fit, b_val)]
    return dict(features=features, X=X, y=y, fit=fit, val=val, A_fit=A_fit, b_fit=b_fit,
                A_all=A_all, b_all=b_all, sha=_json("datasheet.json")["sha256"])


@from_inputs
def _fits():
    """Ridge weights by (rows, alpha): they depend only on the inputs and the alpha, so they are kept
    between checks like the Gram matrices they come from."""
    return {}


def _fit(s, rows, alpha):
    """Ridge (alpha) fitted on the "fit" rows (2006-2008) or on "all" training rows."""
    fits = _fits()
    if (rows, alpha) not in fits:
        fits[(rows, alpha)] = _ridge(s[f"A_{rows}"], s[f"b_{rows}"], alpha)
    return fits[(rows, alpha)]


def _runs():
    exp = _json("experiments.json")
    assert isinstance(exp.get("runs"), list) and exp["runs"], say("runs_1")
    return exp


def test_runs_logged(learner):
    s = _setup()
    exp = _runs()
    runs = exp["runs"]
    for run in runs:
        for key in ("run_id", "model", "params", "data_sha256", "fit_rows", "validation_rows", "val_rmse"):
            assert key in run, say("runs_logged_1", run=run.get('run_id', '?'), key=key)
        assert run["data_sha256"] == s["sha"], say("runs_logged_2", run=run['run_id'], got=str(run['data_sha256'])[:12], want=s['sha'][:12])
        assert run["fit_rows"] == len(s["fit"]) and run["validation_rows"] == len(s["val"]), say("runs_logged_3", run=run['run_id'], fit_rows=run['fit_rows'], validation_rows=run['validation_rows'], want_fit=len(s['fit']), want_val=len(s['val']))
    assert any("baseline" in str(r["model"]) for r in runs), say("runs_logged_4")
    alphas = {r["params"].get("alpha") for r in runs if r["model"] == "ridge"}
    assert len(alphas - {None}) >= 2, say("runs_logged_5")
    assert exp.get("chosen_run") in {r["run_id"] for r in runs}, say("runs_logged_6")


def test_validation_metrics_are_honest(learner):
    s = _setup()
    X, y = s["X"], s["y"]
    X_val, y_val = [X[i] for i in s["val"]], [y[i] for i in s["val"]]
    y_fit = [y[i] for i in s["fit"]]
    test_X, test_y = None, None
    if os.path.exists("test.csv"):
        test_X, test_y, _ = _table("test.csv", s["features"])
    for run in _runs()["runs"]:
        got = float(run["val_rmse"])
        if run["model"] == "ridge":
            alpha = float(run["params"]["alpha"])
            w = _fit(s, "fit", alpha)
            want = _rmse(X_val, y_val, w)
            if abs(got - want) <= 0.02 * want:
                continue
            if abs(got - _rmse(X_val, y_val, _fit(s, "all", alpha))) <= 0.02 * want:
                raise AssertionError(say("validation_on_fitted_rows", run=run["run_id"], got=got, alpha=alpha, want=want))
            if test_X and abs(got - _rmse(test_X, test_y, w)) <= 0.02 * want:
                raise AssertionError(say("validation_on_test", run=run["run_id"], got=got, alpha=alpha, want=want))
            raise AssertionError(say("validation_metrics_are_honest_1", run=run["run_id"], got=got, alpha=alpha, want=want))
        elif "baseline" in str(run["model"]):
            options = [statistics.median(y_fit), statistics.fmean(y_fit)]
            wants = [math.sqrt(sum((c - t) ** 2 for t in y_val) / len(y_val)) for c in options]
            assert any(abs(got - w) <= 0.01 * w for w in wants), say("validation_metrics_are_honest_2", got=got, median=wants[0], mean=wants[1])


def _test_best_alpha(s, runs):
    """The ridge alpha with the lowest error on test.csv (to explain a test-set choice), or None."""
    if not os.path.exists("test.csv"):
        return None
    tX, ty, _ = _table("test.csv", s["features"])
    errors = {float(r["params"]["alpha"]): 0.0 for r in runs if r["model"] == "ridge"}
    for a in errors:
        errors[a] = _rmse(tX, ty, _fit(s, "fit", a))
    return min(errors, key=errors.get) if errors else None


def test_chosen_on_validation(learner):
    s = _setup()
    exp = _runs()
    runs = exp["runs"]
    best = min(runs, key=lambda r: float(r["val_rmse"]))
    chosen = next(r for r in runs if r["run_id"] == exp.get("chosen_run"))
    model = _json("model.json")
    assert model.get("alpha") is not None, say("chosen_on_validation_1")
    alpha = float(model["alpha"])
    chosen_ok = float(chosen["val_rmse"]) <= float(best["val_rmse"]) * (1 + 1e-9)
    alpha_ok = best["model"] != "ridge" or abs(alpha - float(best["params"]["alpha"])) <= 1e-12
    if chosen_ok and alpha_ok:
        return
    if _test_best_alpha(s, runs) == alpha:
        raise AssertionError(say("chosen_on_test", chosen=chosen["run_id"], alpha=alpha, best=best["run_id"], best_rmse=float(best["val_rmse"])))
    raise AssertionError(say("chosen_on_validation_2", chosen=chosen["run_id"], alpha=alpha, best=best["run_id"], best_rmse=float(best["val_rmse"])))


def test_model_refit_on_all_training_rows(learner):
    s = _setup()
    model = _json("model.json")
    for key in ("features", "coefficients", "intercept", "target_transform", "alpha", "data_sha256"):
        assert key in model, say("model_refit_on_all_training_rows_1", key=key)
    assert model["features"] == s["features"], say("model_refit_on_all_training_rows_2")
    assert len(model["coefficients"]) == len(s["features"]), say("model_refit_on_all_training_rows_3", got=len(model['coefficients']), want=len(s['features']))
    assert model["data_sha256"] == s["sha"], say("model_refit_on_all_training_rows_4")
    assert model["target_transform"] == "log", say("model_refit_on_all_training_rows_5")
    assert isinstance(model["alpha"], (int, float)), say("model_refit_on_all_training_rows_6", got=model["alpha"])
    alpha = float(model["alpha"])
    X_val = [s["X"][i] for i in s["val"]]
    mine = [model["intercept"]] + list(model["coefficients"])

    def gap(w):
        return max(abs(math.sumprod(mine[1:], x) + mine[0] - math.sumprod(w[1:], x) - w[0]) for x in X_val)

    if gap(_fit(s, "all", alpha)) > 0.01:
        if gap(_fit(s, "fit", alpha)) <= 0.01:
            raise AssertionError(say("model_not_refitted", alpha=alpha, rows=len(s["y"])))
        raise AssertionError(say("model_not_ridge_on_training_rows", alpha=alpha, rows=len(s["y"])))
