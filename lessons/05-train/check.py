import csv
import json
import math
import os
import statistics

from checking import from_inputs


def _json(path):
    assert os.path.exists(path), f"{path} was not written. Keep the json.dump(...) code at the end of the exercise."
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
    assert isinstance(exp.get("runs"), list) and exp["runs"], 'experiments.json needs a "runs" list with one entry per run.'
    return exp


def test_runs_logged(learner):
    """experiments.json logs a baseline and at least two ridge runs, each with its parameters and data hash"""
    s = _setup()
    exp = _runs()
    runs = exp["runs"]
    for run in runs:
        for key in ("run_id", "model", "params", "data_sha256", "fit_rows", "validation_rows", "val_rmse"):
            assert key in run, f"Run {run.get('run_id', '?')} has no \"{key}\". Log every run with log_run(...)."
        assert run["data_sha256"] == s["sha"], (
            f"Run {run['run_id']} logs data_sha256 {str(run['data_sha256'])[:12]}..., but datasheet.json says "
            f"{s['sha'][:12]}...: log the hash of the data the run was trained on, so anyone can reproduce it."
        )
        assert run["fit_rows"] == len(s["fit"]) and run["validation_rows"] == len(s["val"]), (
            f"Run {run['run_id']} logs {run['fit_rows']} fitting and {run['validation_rows']} validation rows; the "
            f"plan is {len(s['fit'])} rows with Year_Sold <= 2008 to fit and the {len(s['val'])} rows of 2009 to validate."
        )
    assert any("baseline" in str(r["model"]) for r in runs), (
        "No baseline run: log a run whose model is 'baseline_median' (every house gets the median price). "
        "Without it nobody can tell how much the model adds."
    )
    alphas = {r["params"].get("alpha") for r in runs if r["model"] == "ridge"}
    assert len(alphas - {None}) >= 2, "Log at least two ridge runs with different alphas (params: {'alpha': ...})."
    assert exp.get("chosen_run") in {r["run_id"] for r in runs}, (
        'experiments.json needs "chosen_run": the run_id of the run you chose.'
    )


def test_validation_metrics_are_honest(learner):
    """Each logged val_rmse is the error on the 2009 rows of a model fitted on 2006-2008"""
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
            why = ""
            if abs(got - _rmse(X_val, y_val, _fit(s, "all", alpha))) <= 0.02 * want:
                why = (" Your number is the error on rows the model was fitted on (2009 included in fitting): "
                       "it is optimistic and cannot tell the alphas apart honestly.")
            elif test_X and abs(got - _rmse(test_X, test_y, w)) <= 0.02 * want:
                why = (" Your number is the error on test.csv: the test set must stay unseen until lesson 06, "
                       "or the test report will be optimistic.")
            raise AssertionError(
                f"Run {run['run_id']} logs val_rmse {got:,.0f} USD, but ridge (alpha={alpha:g}) fitted on the "
                f"Year_Sold <= 2008 rows of train.csv gives {want:,.0f} USD on the 2009 rows.{why}"
            )
        elif "baseline" in str(run["model"]):
            options = [statistics.median(y_fit), statistics.fmean(y_fit)]
            wants = [math.sqrt(sum((c - t) ** 2 for t in y_val) / len(y_val)) for c in options]
            assert any(abs(got - w) <= 0.01 * w for w in wants), (
                f"The baseline logs val_rmse {got:,.0f} USD, but predicting the 2006-2008 median price for every "
                f"2009 sale gives {wants[0]:,.0f} USD (the mean: {wants[1]:,.0f} USD)."
            )


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
    """The chosen run is the one with the best validation metric, and model.json uses its alpha"""
    s = _setup()
    exp = _runs()
    runs = exp["runs"]
    best = min(runs, key=lambda r: float(r["val_rmse"]))
    chosen = next(r for r in runs if r["run_id"] == exp.get("chosen_run"))
    model = _json("model.json")
    assert model.get("alpha") is not None, 'model.json needs "alpha": the penalty of the chosen run.'
    alpha = float(model["alpha"])
    chosen_ok = float(chosen["val_rmse"]) <= float(best["val_rmse"]) * (1 + 1e-9)
    alpha_ok = best["model"] != "ridge" or abs(alpha - float(best["params"]["alpha"])) <= 1e-12
    if chosen_ok and alpha_ok:
        return
    extra = ""
    if _test_best_alpha(s, runs) == alpha:
        extra = f" alpha={alpha:g} is exactly the setting with the lowest error on test.csv."
    raise AssertionError(
        f"You chose {chosen['run_id']} and model.json uses alpha={alpha:g}, but the run with the best validation "
        f"error is {best['run_id']} ({float(best['val_rmse']):,.0f} USD).{extra} Choose on the validation metric "
        "only: a setting picked by its error on test.csv makes the lesson 06 test report optimistic, because the "
        "test set has then been used for choosing, not only for testing."
    )


def test_model_refit_on_all_training_rows(learner):
    """model.json holds the chosen setting refitted on all training rows, with features and data hash"""
    s = _setup()
    model = _json("model.json")
    for key in ("features", "coefficients", "intercept", "target_transform", "alpha", "data_sha256"):
        assert key in model, f'model.json has no "{key}".'
    assert model["features"] == s["features"], "model.json features must be preprocessor.json's features, in the same order."
    assert len(model["coefficients"]) == len(s["features"]), (
        f"model.json has {len(model['coefficients'])} coefficients for {len(s['features'])} features."
    )
    assert model["data_sha256"] == s["sha"], "model.json data_sha256 must be datasheet.json's sha256."
    assert model["target_transform"] == "log", 'target_transform should be "log": the model predicts log(Sale_Price).'
    assert isinstance(model["alpha"], (int, float)), (
        f'model.json alpha is {model["alpha"]!r}: it should be the number from the chosen run\'s params.'
    )
    alpha = float(model["alpha"])
    X_val = [s["X"][i] for i in s["val"]]
    mine = [model["intercept"]] + list(model["coefficients"])

    def gap(w):
        return max(abs(math.sumprod(mine[1:], x) + mine[0] - math.sumprod(w[1:], x) - w[0]) for x in X_val)

    if gap(_fit(s, "all", alpha)) > 0.01:
        only_fit = gap(_fit(s, "fit", alpha)) <= 0.01
        raise AssertionError(
            "model.json's coefficients are not ridge (alpha=%g) fitted on all %d training rows (Year_Sold <= 2009).%s"
            % (alpha, len(s["y"]), " They match the model fitted on 2006-2008 only: after choosing, refit on all "
               "training rows so the model also learns from 2009." if only_fit else "")
        )
