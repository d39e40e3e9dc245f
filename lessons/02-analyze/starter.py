"""Analyze: how much data, what is missing, how the price behaves, what drives it."""  # ja: """データ分析：データの量、欠損、価格のふるまい、価格を左右する列。"""
import csv
import json
import statistics

TARGET = "Sale_Price"
# Disguised missing values: in this column, this value means "not recorded".
# ja: 偽装された欠損値：この列では、この値が「記録されていない」ことを表します。
UNKNOWN_VALUES = {}  # TODO: which column uses which value for "unknown"?  # ja: UNKNOWN_VALUES = {}  # TODO: どの列が、どの値を「不明」の意味で使っている？
# "The house has none": information, not missing, but not the feature either.
# ja: 「その家には設備がない」：欠損ではなく情報ですが、設備があるわけでもありません。
NONE_LABELS = {
    "Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
    "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement",
}
SIZE_COLUMNS = [
    "Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
    "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area",
]


def is_missing(column, value):
    """Empty cells are missing; so is a disguised 'unknown' code such as Lot_Frontage 0."""  # ja: """空のセルは欠損です。Lot_Frontage の 0 のような、偽装された「不明」のコードも欠損です。"""
    value = value.strip()
    if value == "":
        return True
    unknown = UNKNOWN_VALUES.get(column)
    return unknown is not None and float(value) == float(unknown)


def missing_counts(rows):
    """TODO: {column: number of missing cells}, only for columns with at least one."""  # ja: """TODO: {列名: 欠損したセルの数}。欠損が 1 つ以上ある列だけ。"""
    return {}


def share_having(rows, column, none_label):
    """TODO: share of rows that HAVE the feature (not none_label, not missing)."""  # ja: """TODO: 設備を持つ行の割合（none_label でも欠損でもない行）。"""
    return None


def known_mean(rows, column):
    """Mean of a numeric column over the rows where it is known."""  # ja: """数値列の、値がわかっている行だけの平均。"""
    return statistics.mean(float(r[column]) for r in rows if not is_missing(column, r[column]))


def skewness(values):
    """TODO: mean of (v - mean)**3 divided by the population standard deviation cubed."""  # ja: """TODO: (v - 平均)**3 の平均を、母標準偏差の 3 乗で割った値。"""
    return 0.0


def iqr_fence(values):
    """TODO: (Q1 - 1.5 IQR, Q3 + 1.5 IQR); hint: statistics.quantiles(values, n=4, ...)."""  # ja: """TODO: (Q1 - 1.5 IQR, Q3 + 1.5 IQR)。ヒント：statistics.quantiles(values, n=4, ...)。"""
    return None, None


def numeric_values(rows):
    """{column: its values as numbers} for the columns whose every value converts to a number."""  # ja: """{列名: 数値に変換した値}。すべての値を数値に変換できる列だけ。"""
    result = {}
    for column in rows[0]:
        try:
            result[column] = [float(r[column]) for r in rows]
        except ValueError:
            continue  # text, such as a neighborhood name  # ja: continue  # 地区名のような文字列
    return result


def top_correlations(rows, target, n):
    """TODO: [(column, r), ...] for the n numeric columns with the largest |r| with target."""  # ja: """TODO: [(列名, r), ...]。目的変数との |r| が大きい数値列を n 個。"""
    return []


def strong_pairs(rows, columns, threshold=0.8):
    """TODO: [(a, b, r), ...] for the pairs of columns with |r| >= threshold."""  # ja: """TODO: [(a, b, r), ...]。|r| >= threshold となる列の組。"""
    return []


with open("data/ames.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))

prices = [float(r[TARGET]) for r in rows]
low, high = iqr_fence(prices)
report = {
    "rows": len(rows),
    "columns": len(rows[0]),
    "missing": missing_counts(rows),
    "has_feature": {c: share_having(rows, c, label) for c, label in NONE_LABELS.items()},
    "lot_frontage_mean": known_mean(rows, "Lot_Frontage"),
    "sale_price": {
        "mean": statistics.fmean(prices),
        "median": statistics.median(prices),
        "skewness": skewness(prices),
        "fence_low": low,
        "fence_high": high,
        "outliers_low": None,  # TODO: how many prices lie below low?  # ja: "outliers_low": None,  # TODO: low より安い価格は何件？
        "outliers_high": None,  # TODO: and above high?  # ja: "outliers_high": None,  # TODO: high より高い価格は何件？
    },
    "top_correlations": top_correlations(rows, TARGET, 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS, 0.8),
}
with open("analysis_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)

print(f"{report['rows']} rows x {report['columns']} columns")  # ja: print(f"{report['rows']} 行 × {report['columns']} 列")
print("Missing (incl. disguised):", report["missing"])  # ja: print("欠損（偽装を含む）：", report["missing"])
print("Has the feature:", report["has_feature"])  # ja: print("設備ありの割合：", report["has_feature"])
print(f"Lot_Frontage mean over known values: {report['lot_frontage_mean']:.1f} ft")  # ja: print(f"わかっている値だけの Lot_Frontage の平均：{report['lot_frontage_mean']:.1f} ft")
print("Sale_Price:", report["sale_price"])  # ja: print("Sale_Price：", report["sale_price"])
print("Correlation with Sale_Price:", report["top_correlations"])  # ja: print("Sale_Price との相関：", report["top_correlations"])
print("Strongly inter-correlated:", report["strong_pairs"])  # ja: print("互いに強く相関する列：", report["strong_pairs"])

# The price distribution: a long tail of expensive houses to the right of the median.
# ja: 価格の分布：中央値の右側に、高額物件の長い裾が伸びています。
display({
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "title": "Sale_Price distribution",  # ja: "title": "Sale_Price の分布",
    "width": 480,
    "data": {"values": [{"Sale_Price": p} for p in prices]},
    "mark": "bar",
    "encoding": {
        "x": {"field": "Sale_Price", "bin": {"maxbins": 40}, "title": "Sale price (USD)"},  # ja: "x": {"field": "Sale_Price", "bin": {"maxbins": 40}, "title": "売却価格（USD）"},
        "y": {"aggregate": "count", "title": "Sales"},  # ja: "y": {"aggregate": "count", "title": "売買件数"},
    },
})
