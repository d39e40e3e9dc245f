# Lesson 05 - Train: a baseline and ridge regression, every run logged, the model chosen on
# validation (never on test), then refitted on all training rows and saved.
# ja: レッスン 05 - 学習：ベースラインと ridge 回帰。すべての実行を記録し、モデルは検証データで選び
# ja: （テストデータでは選ばない）、すべての学習データに当てはめ直して保存します。
import csv
import json
import math
import statistics
import time

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
    """val_rmse and val_mae in USD, and the share of predictions within 10 % of the actual price."""  # ja: """USD 単位の val_rmse と val_mae、実際の価格の 10 % 以内に収まる予測の割合を返します。"""
    errors = [p - a for a, p in zip(actual, predicted)]
    return {
        "val_rmse": math.sqrt(sum(e * e for e in errors) / len(errors)),
        "val_mae": sum(abs(e) for e in errors) / len(errors),
        "val_within_10pct": sum(abs(e) <= 0.10 * a for a, e in zip(actual, errors)) / len(errors),
    }


X, y, years = load("train.csv")          # test.csv is never opened in this lesson  # ja: X, y, years = load("train.csv")          # このレッスンでは test.csv を開かない
fit_idx = [i for i, year in enumerate(years) if year < VALIDATION_YEAR]
val_idx = [i for i, year in enumerate(years) if year == VALIDATION_YEAR]
X_fit, y_fit = [X[i] for i in fit_idx], [y[i] for i in fit_idx]
X_val, y_val = [X[i] for i in val_idx], [y[i] for i in val_idx]


def log_run(run_id, model, params, metrics):
    """One entry of the experiment log: what was fitted, on which data, and how well."""  # ja: """実験ログの 1 件：何を、どのデータに当てはめ、どれだけ良かったか。"""
    return {"run_id": run_id, "model": model, "params": params, "data_sha256": DATA_HASH,
            "fit_rows": len(fit_idx), "validation_rows": len(val_idx), **metrics}


runs = []
# 1. Baseline: every house gets the median price of the fitting years.
# ja: 1. ベースライン：すべての家に、当てはめ用の年の価格の中央値を出す。
median_price = statistics.median(y_fit)
runs.append(log_run("baseline-median", "baseline_median", {},
                    evaluate(y_val, [median_price] * len(y_val))))

# 2. Ridge on log(price): X^T X is computed once, then solved for each alpha.
# ja: 2. log(価格) の ridge：X^T X は一度だけ計算し、alpha ごとに解く。
A_fit, b_fit = gram(X_fit, [math.log(v) for v in y_fit])
for alpha in ALPHAS:
    intercept, coefficients = ridge(A_fit, b_fit, alpha)
    predicted = [predict(x, intercept, coefficients) for x in X_val]
    runs.append(log_run(f"ridge-alpha-{alpha:g}", "ridge",
                        {"alpha": alpha, "target": "log(Sale_Price)"}, evaluate(y_val, predicted)))

# 3. Choose on the validation metric only.
# ja: 3. 検証の指標だけで選ぶ。
best = min(runs, key=lambda run: run["val_rmse"])
assert best["model"] == "ridge", "The baseline won: stop and find out why before going on."  # ja: assert best["model"] == "ridge", "ベースラインが勝ちました。先に進む前に、止まって理由を調べてください。"
with open("experiments.json", "w", encoding="utf-8") as f:
    json.dump({"data_sha256": DATA_HASH,
               "validation_plan": {"fit": "Year_Sold <= 2008", "validate": "Year_Sold == 2009"},
               "selection_metric": "val_rmse", "runs": runs, "chosen_run": best["run_id"]},
              f, indent=2)

# 4. Refit the chosen setting on all training rows (2006-2009) and save it.
# ja: 4. 選んだ設定を、すべての学習データ（2006〜2009 年）に当てはめ直して保存する。
alpha = best["params"]["alpha"]
started = time.perf_counter()
A_all, b_all = gram(X, [math.log(v) for v in y])
intercept, coefficients = ridge(A_all, b_all, alpha)
fit_seconds = time.perf_counter() - started
with open("model.json", "w", encoding="utf-8") as f:
    json.dump({"model": "ridge", "features": FEATURES, "intercept": intercept,
               "coefficients": coefficients, "target_transform": "log", "alpha": alpha,
               "chosen_run": best["run_id"], "data_sha256": DATA_HASH,
               "trained_on": {"split": "Year_Sold <= 2009", "rows": len(y)}}, f, indent=2)

print(f"fit on {len(fit_idx)} sales (2006-2008), validated on {len(val_idx)} sales (2009)")  # ja: print(f"当てはめ：{len(fit_idx)} 件（2006〜2008 年）、検証：{len(val_idx)} 件（2009 年）")
print(f"{'run':<18}{'RMSE USD':>10}{'MAE USD':>10}{'within 10%':>12}")  # ja: print(f"{'実行':<18}{'RMSE USD':>10}{'MAE USD':>10}{'10 % 以内':>12}")
for run in runs:
    print(f"{run['run_id']:<18}{run['val_rmse']:>10,.0f}{run['val_mae']:>10,.0f}"
          f"{run['val_within_10pct']:>12.1%}")
print(f"chosen: {best['run_id']}, refitted on {len(y)} sales (2006-2009) in {fit_seconds:.2f} s")  # ja: print(f"選んだ実行：{best['run_id']}。{len(y)} 件（2006〜2009 年）に {fit_seconds:.2f} 秒で当てはめ直しました")
