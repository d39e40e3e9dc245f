# Lesson 04 - Preprocess: fit on training rows only, transform every row, save the preprocessor.
# ja: レッスン 04 - 前処理：学習データだけに当てはめ、すべての行を変換し、前処理器を保存します。
import csv
import json
import statistics

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
TARGET = "Sale_Price"
# Raw values kept for splitting (lesson 05) and slicing (lesson 06); never model inputs.
# ja: 分割（レッスン 05）とスライス（レッスン 06）のために残す元の値です。モデルの入力には使いません。
SLICE_COLUMNS = {"slice_neighborhood": "Neighborhood",
                 "slice_year_built": "Year_Built",
                 "slice_year_sold": "Year_Sold"}

with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
with open("dataset.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))   # every value is a string; "" means missing  # ja: rows = list(csv.DictReader(f))   # 値はすべて文字列で、"" は欠損を表す


def split_by_time(rows):
    """Return (train_rows, test_rows): Year_Sold <= 2009 and Year_Sold == 2010."""  # ja: """(train_rows, test_rows) を返します：Year_Sold <= 2009 と Year_Sold == 2010 です。"""
    # TODO: follow the datasheet's split plan (datasheet["split"]), keeping the order of the rows
    # ja: TODO: データシートの分割計画（datasheet["split"]）に従い、行の順序は保つ
    return rows, []


def fit(train_rows):
    """Learn every statistic from the rows you are given."""  # ja: """すべての統計量を、渡された行から学びます。"""
    numeric = {}
    for col in NUMERIC:
        # TODO: median of the non-empty values, then mean / std / min / max
        # ja: TODO: 空でない値の中央値を求め、続けて mean / std / min / max を求める
        numeric[col] = {"median": 0.0, "mean": 0.0, "std": 1.0, "min": 0.0, "max": 0.0}
    # TODO: categorical: {column: sorted list of the categories seen in train_rows}
    # TODO: features: NUMERIC + ["Neighborhood=North_Ames", ...]
    # ja: TODO: categorical：{列: train_rows に現れたカテゴリを並べ替えたリスト}
    # ja: TODO: features：NUMERIC + ["Neighborhood=North_Ames", ...]
    categorical = {}
    features = []
    return {
        "numeric": numeric,
        "categorical": categorical,
        "features": features,
        "target": TARGET,
        "slice_columns": SLICE_COLUMNS,
        "fitted_on": {"split": datasheet["split"]["train"], "rows": len(train_rows),
                      "data_sha256": datasheet["sha256"]},
    }


def transform(row, preprocessor):
    """One raw row (dict of strings) -> list of floats in preprocessor['features'] order."""  # ja: """元の行 1 つ（文字列の辞書）から、preprocessor['features'] の順に float のリストを返します。"""
    x = []
    # TODO: numeric: impute "" with the median, then (value - mean) / std
    # TODO: categorical: 1.0 for the row's category, 0.0 for the others (unseen -> all 0.0)
    # ja: TODO: 数値："" は中央値で補完し、(value - mean) / std にする
    # ja: TODO: カテゴリ：その行のカテゴリは 1.0、ほかは 0.0（学習データにないカテゴリはすべて 0.0）
    return x


def write_table(path, rows, preprocessor):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(preprocessor["features"] + [TARGET] + list(SLICE_COLUMNS))
        for r in rows:
            extra = [r[source] for source in SLICE_COLUMNS.values()]
            writer.writerow(transform(r, preprocessor) + [r[TARGET]] + extra)


train_rows, test_rows = split_by_time(rows)
preprocessor = fit(train_rows)
with open("preprocessor.json", "w", encoding="utf-8") as f:
    json.dump(preprocessor, f, indent=2)
write_table("train.csv", train_rows, preprocessor)
write_table("test.csv", test_rows, preprocessor)
print(f"train: {len(train_rows):,} rows, test: {len(test_rows)} rows, "  # ja: print(f"学習データ：{len(train_rows):,} 行、テストデータ：{len(test_rows)} 行、"
      f"{len(preprocessor['features'])} features")  # ja: f"特徴量：{len(preprocessor['features'])} 個")
