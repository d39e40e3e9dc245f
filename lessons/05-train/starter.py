# Lesson 05 - Train: a baseline and ridge runs logged, chosen on validation, refitted, saved.
# ja: レッスン 05 - 学習：ベースラインと ridge の実行を記録し、検証データで選び、当てはめ直して保存します。
import csv
import json
import math
import statistics

ALPHAS = [0.1, 1.0, 10.0, 100.0]   # ridge penalties to try  # ja: ALPHAS = [0.1, 1.0, 10.0, 100.0]   # 試す ridge の罰則
VALIDATION_YEAR = 2009             # fit on 2006-2008, validate on 2009: time-based, like the test  # ja: VALIDATION_YEAR = 2009             # 2006〜2008 年に当てはめ、2009 年で検証する（テストと同じく時間で分ける）

with open("preprocessor.json", encoding="utf-8") as f:
    preprocessor = json.load(f)
with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
FEATURES = preprocessor["features"]
DATA_HASH = datasheet["sha256"]


def load(path):
    """Features, prices and sale years of a preprocessed table."""  # ja: """前処理済みの表の特徴量、価格、売却年を返します。"""
    with open(path, newline="", encoding="utf-8") as f:
        header, *rows = [row for row in csv.reader(f) if row]  # blank lines skipped  # ja: header, *rows = [row for row in csv.reader(f) if row]  # 空行は飛ばす
    # Each column's position is looked up once in the header: faster than a dict for every row.
    # ja: 各列の位置はヘッダーで一度だけ調べます。行ごとに辞書を作るより速く読めます。
    columns = [header.index(name) for name in FEATURES]
    price, year = header.index("Sale_Price"), header.index("slice_year_sold")
    X = [[float(r[i]) for i in columns] for r in rows]
    y = [float(r[price]) for r in rows]
    years = [int(r[year]) for r in rows]
    return X, y, years


# ---- Provided: ridge regression with the normal equations (no need to change) ----
# ja: ---- 用意済み：正規方程式による ridge 回帰（変更は不要） ----
def gram(X, targets):
    """X^T X and X^T y with an intercept column first; skips zeros (most one-hot cells)."""  # ja: """切片の列を先頭にした X^T X と X^T y。0（ワンホットのセルのほとんど）は飛ばします。"""
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
    """Solve A w = b by Gaussian elimination with partial pivoting."""  # ja: """部分ピボット選択付きのガウスの消去法で A w = b を解きます。"""
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
    """Minimise sum((t - intercept - w.x)^2) + alpha * sum(w^2); the intercept is not penalised."""  # ja: """sum((t - intercept - w.x)^2) + alpha * sum(w^2) を最小にします。切片には罰則をかけません。"""
    penalised = [row[:] for row in A]
    for i in range(1, len(b)):
        penalised[i][i] += alpha
    w = solve(penalised, b)
    return w[0], w[1:]
# ---- end of the provided part ----
# ja: ---- 用意済みの部分はここまで ----


def predict(x, intercept, coefficients):
    """The model predicts log(price); exp turns it back into USD."""  # ja: """モデルは log(価格) を予測します。exp で USD に戻します。"""
    return math.exp(intercept + math.sumprod(coefficients, x))  # w.x: the sum of coefficient * value  # ja: return math.exp(intercept + math.sumprod(coefficients, x))  # w.x：「係数 * 値」の合計


def evaluate(actual, predicted):
    """TODO: RMSE and MAE in USD, and the share of predictions within 10 % of the actual price."""  # ja: """TODO: USD 単位の RMSE と MAE、実際の価格の 10 % 以内に収まる予測の割合。"""
    return {"val_rmse": 0.0, "val_mae": 0.0, "val_within_10pct": 0.0}


X, y, years = load("train.csv")          # test.csv is never opened in this lesson  # ja: X, y, years = load("train.csv")          # このレッスンでは test.csv を開かない
fit_idx = []  # TODO: indexes of the rows sold before VALIDATION_YEAR  # ja: fit_idx = []  # TODO: VALIDATION_YEAR より前に売られた行の位置
val_idx = []  # TODO: indexes of the rows sold in VALIDATION_YEAR  # ja: val_idx = []  # TODO: VALIDATION_YEAR に売られた行の位置
X_fit, y_fit = [X[i] for i in fit_idx], [y[i] for i in fit_idx]
X_val, y_val = [X[i] for i in val_idx], [y[i] for i in val_idx]


def log_run(run_id, model, params, metrics):
    """One entry of the experiment log: what was fitted, on which data, and how well."""  # ja: """実験ログの 1 件：何を、どのデータに当てはめ、どれだけ良かったか。"""
    return {"run_id": run_id, "model": model, "params": params, "data_sha256": DATA_HASH,
            "fit_rows": len(fit_idx), "validation_rows": len(val_idx), **metrics}


runs = []
# TODO 1: baseline - the median of y_fit for every 2009 sale:
#         runs.append(log_run("baseline-median", "baseline_median", {}, evaluate(...)))
# TODO 2: A_fit, b_fit = gram(X_fit, log prices) once; for each alpha in ALPHAS: ridge(...),
#         predict X_val, runs.append(log_run(f"ridge-alpha-{alpha:g}", "ridge", {"alpha": alpha}, ...))
# ja: TODO 1: ベースライン - 2009 年のすべての売買に y_fit の中央値を出す：
# ja:         runs.append(log_run("baseline-median", "baseline_median", {}, evaluate(...)))
# ja: TODO 2: A_fit, b_fit = gram(X_fit, 対数の価格) を一度だけ。ALPHAS の alpha ごとに ridge(...)、
# ja:         X_val を予測し、runs.append(log_run(f"ridge-alpha-{alpha:g}", "ridge", {"alpha": alpha}, ...))

# TODO 3: choose the run with the lowest val_rmse
# ja: TODO 3: val_rmse が最も小さい実行を選ぶ
best = {"run_id": None, "model": "ridge", "params": {"alpha": None}}
with open("experiments.json", "w", encoding="utf-8") as f:
    json.dump({"data_sha256": DATA_HASH,
               "validation_plan": {"fit": "Year_Sold <= 2008", "validate": "Year_Sold == 2009"},
               "selection_metric": "val_rmse", "runs": runs, "chosen_run": best["run_id"]},
              f, indent=2)

# TODO 4: refit the chosen alpha on ALL training rows (X, y)
# ja: TODO 4: 選んだ alpha を、すべての学習データ（X, y）に当てはめ直す
alpha = best["params"]["alpha"]
intercept, coefficients = 0.0, [0.0] * len(FEATURES)
with open("model.json", "w", encoding="utf-8") as f:
    json.dump({"model": "ridge", "features": FEATURES, "intercept": intercept,
               "coefficients": coefficients, "target_transform": "log", "alpha": alpha,
               "chosen_run": best["run_id"], "data_sha256": DATA_HASH,
               "trained_on": {"split": "Year_Sold <= 2009", "rows": len(y)}}, f, indent=2)

print(f"{'run':<18}{'RMSE USD':>10}{'within 10%':>10}")  # ja: print(f"{'実行':<18}{'RMSE USD':>10}{'10 % 以内':>10}")
for run in runs:
    print(f"{run['run_id']:<18}{run['val_rmse']:>10,.0f}{run['val_within_10pct']:>10.1%}")
