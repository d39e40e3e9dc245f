# Lesson 06 - Test: metrics overall and per slice, data validation, a go / no-go decision.
# ja: レッスン 06 - テスト：全体とスライスごとの指標、データ検証、Go / No-Go の判断。
import csv
import json
import math

MIN_SLICE_ROWS = 10   # a neighbourhood with fewer test sales is listed, not judged  # ja: MIN_SLICE_ROWS = 10   # テストの売買がこれより少ない地区は、判断せずに一覧に載せる

with open("business_goal.json", encoding="utf-8") as f:
    goal = json.load(f)
with open("preprocessor.json", encoding="utf-8") as f:
    preprocessor = json.load(f)
with open("model.json", encoding="utf-8") as f:
    model = json.load(f)
with open("test.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
TOLERANCE = goal["tolerance"]                      # 0.10: within +-10 % of the sale price  # ja: TOLERANCE = goal["tolerance"]                      # 0.10：売却価格の ±10 % 以内
MIN_SHARE = goal["min_share_within_tolerance"]     # 0.5: for at least half of the listings  # ja: MIN_SHARE = goal["min_share_within_tolerance"]     # 0.5：物件の半分以上で


def predict(row, model):
    """Price in USD for one preprocessed row (a dict of strings from test.csv)."""  # ja: """前処理済みの 1 行（test.csv の文字列の辞書）の価格を USD で返します。"""
    log_price = model["intercept"] + sum(
        c * float(row[name]) for name, c in zip(model["features"], model["coefficients"]))
    return math.exp(log_price)


def metrics(actual, predicted, tolerance):
    """TODO: rows, rmse and mae in USD, share_within_tolerance (|error| <= tolerance * actual)."""  # ja: """TODO: 件数 rows、USD 単位の rmse と mae、share_within_tolerance（|誤差| <= tolerance * actual）。"""
    return {"rows": len(actual), "rmse": 0.0, "mae": 0.0, "share_within_tolerance": 0.0}


def age_band(year_sold, year_built):
    """TODO: '<10', '10-49' or '>=50' years old at sale (the values may be strings)."""  # ja: """TODO: 売却時の築年数で '<10'、'10-49'、'>=50' のいずれか（値は文字列のこともある）。"""
    return "<10"


def validate_inputs(rows, preprocessor):
    # lang: en
    """TODO: count missing feature values, numbers outside the training min / max
    (undo the scaling: value * std + mean; allow a margin of 1e-6 for float rounding)
    and unseen categories (an all-zero one-hot block)."""
    # lang: ja
    # """TODO: 欠損した特徴量の値、学習データの min / max の外にある数値（標準化を value * std + mean で
    # 戻す。丸め誤差のために 1e-6 の余裕をとる）、見たことのないカテゴリ（すべて 0 のワンホット）を数える。"""
    # lang: end
    return {"rows": len(rows), "missing_values": 0,
            "out_of_training_range": {}, "unseen_categories": {}}


actual = [float(r["Sale_Price"]) for r in rows]
predicted = [predict(r, model) for r in rows]
overall = metrics(actual, predicted, TOLERANCE)
overall["meets_goal"] = overall["share_within_tolerance"] >= MIN_SHARE

slices, not_evaluated = {}, {}
# TODO: group the row indexes by f"neighborhood={...}" and f"age={age_band(...)}";
#       neighbourhoods with fewer than MIN_SLICE_ROWS rows go to not_evaluated[name] = rows,
#       the others get slices[name] = metrics(...) plus "meets_goal"
# ja: TODO: 行の位置を f"neighborhood={...}" と f"age={age_band(...)}" でグループにまとめる。
# ja:       行が MIN_SLICE_ROWS 件未満の地区は not_evaluated[name] に件数を入れ、
# ja:       それ以外は slices[name] = metrics(...) に "meets_goal" を加えて入れる

failing = []         # TODO: the names of the slices that miss the goal  # ja: failing = []         # TODO: 目標に届かないスライスの名前
decision = "go"      # TODO: "no-go", "go with conditions" or "go"  # ja: decision = "go"      # TODO: "no-go"、"go with conditions"、"go" のいずれか
conditions = []      # TODO: one sentence per failing slice, naming it  # ja: conditions = []      # TODO: 目標に届かないスライスごとに、その名前を入れた文を 1 つずつ

report = {
    "model": {"chosen_run": model.get("chosen_run"), "alpha": model["alpha"],
              "data_sha256": model["data_sha256"]},
    "business_goal": {"tolerance": TOLERANCE, "min_share_within_tolerance": MIN_SHARE},
    "overall": overall,
    "slices": slices,
    "not_evaluated": not_evaluated,
    "data_validation": validate_inputs(rows, preprocessor),
    "failing_slices": failing,
    "decision": decision,
    "conditions": conditions,
}
with open("test_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
for name, m in [("overall", overall)] + list(slices.items()):
    print(f"{name:<56}{m['rows']:>5}{m['rmse']:>10,.0f}{m['share_within_tolerance']:>8.0%}")
print("decision:", decision, failing)  # ja: print("判断：", decision, failing)
