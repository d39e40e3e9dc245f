# expect: split_fit_has_validation_year
# Fits on the validation year too: <= instead of <.
import csv
import json
import math
import statistics

ALPHAS = [0.1, 1.0, 10.0, 100.0]   # ridge penalties to try
VALIDATION_YEAR = 2009             # fit on 2006-2008, validate on 2009: time-based, like the test

with open("preprocessor.json", encoding="utf-8") as f:
    preprocessor = json.load(f)
with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
FEATURES = preprocessor["features"]
DATA_HASH = datasheet["sha256"]


def load(path):
    """Features, prices and sale years of a preprocessed table."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    X = [[float(r[name]) for name in FEATURES] for r in rows]
    y = [float(r["Sale_Price"]) for r in rows]
    years = [int(r["slice_year_sold"]) for r in rows]
    return X, y, years


# ---- Provided: ridge regression with the normal equations (no need to change) ----
def gram(X, targets):
    """X^T X and X^T y with an intercept column first; skips zeros (most one-hot cells)."""
    p = len(X[0]) + 1
    A = [[0.0] * p for _ in range(p)]
    b = [0.0] * p
    for x, t in zip(X, targets):
        nonzero = [(0, 1.0)] + [(j + 1, v) for j, v in enumerate(x) if v != 0.0]
        for i, vi in nonzero:
            b[i] += vi * t
            row = A[i]
            for j, vj in nonzero:
                row[j] += vi * vj
    return A, b


def solve(A, b):
    """Solve A w = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    M = [A[i][:] + [b[i]] for i in range(n)]
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(M[i][k]))
        M[k], M[pivot] = M[pivot], M[k]
        for i in range(k + 1, n):
            factor = M[i][k] / M[k][k]
            if factor:
                Mi, Mk = M[i], M[k]
                for j in range(k, n + 1):
                    Mi[j] -= factor * Mk[j]
    w = [0.0] * n
    for k in range(n - 1, -1, -1):
        w[k] = (M[k][n] - math.sumprod(M[k][k + 1:n], w[k + 1:n])) / M[k][k]
    return w


def ridge(A, b, alpha):
    """Minimise sum((t - intercept - w.x)^2) + alpha * sum(w^2); the intercept is not penalised."""
    penalised = [row[:] for row in A]
    for i in range(1, len(b)):
        penalised[i][i] += alpha
    w = solve(penalised, b)
    return w[0], w[1:]
# ---- end of the provided part ----


def predict(x, intercept, coefficients):
    """The model predicts log(price); exp turns it back into USD."""
    return math.exp(intercept + math.sumprod(coefficients, x))  # w.x: the sum of coefficient * value


def evaluate(actual, predicted):
    n = len(actual)
    errors = [p - a for a, p in zip(actual, predicted)]
    return {"val_rmse": math.sqrt(sum(e ** 2 for e in errors) / n),
            "val_mae": sum(abs(e) for e in errors) / n,
            "val_within_10pct": sum(1 for a, e in zip(actual, errors) if abs(e) <= 0.10 * a) / n}


X, y, years = load("train.csv")
fit_idx = [i for i in range(len(years)) if years[i] <= VALIDATION_YEAR]
val_idx = [i for i in range(len(years)) if years[i] == VALIDATION_YEAR]
X_fit, y_fit = [X[i] for i in fit_idx], [y[i] for i in fit_idx]
X_val, y_val = [X[i] for i in val_idx], [y[i] for i in val_idx]


def log_run(run_id, model, params, metrics):
    return {"run_id": run_id, "model": model, "params": params, "data_sha256": DATA_HASH,
            "fit_rows": len(fit_idx), "validation_rows": len(val_idx), **metrics}


runs = []
baseline_price = statistics.median(y_fit)
runs.append(log_run("baseline-median", "baseline_median", {},
                    evaluate(y_val, [baseline_price for _ in y_val])))

A_fit, b_fit = gram(X_fit, [math.log(v) for v in y_fit])
for alpha in ALPHAS:
    intercept, coefficients = ridge(A_fit, b_fit, alpha)
    predicted = [predict(x, intercept, coefficients) for x in X_val]
    runs.append(log_run(f"ridge-alpha-{alpha:g}", "ridge", {"alpha": alpha}, evaluate(y_val, predicted)))

best = min(runs, key=lambda run: run["val_rmse"])
with open("experiments.json", "w", encoding="utf-8") as f:
    json.dump({"data_sha256": DATA_HASH, "selection_metric": "val_rmse", "runs": runs,
               "chosen_run": best["run_id"]}, f, indent=2)

alpha = best["params"]["alpha"]
A_all, b_all = gram(X, [math.log(v) for v in y])
intercept, coefficients = ridge(A_all, b_all, alpha)
with open("model.json", "w", encoding="utf-8") as f:
    json.dump({"model": "ridge", "features": FEATURES, "intercept": intercept,
               "coefficients": coefficients, "target_transform": "log", "alpha": alpha,
               "chosen_run": best["run_id"], "data_sha256": DATA_HASH}, f, indent=2)
for run in runs:
    print(run["run_id"], round(run["val_rmse"]), round(run["val_within_10pct"], 3))
