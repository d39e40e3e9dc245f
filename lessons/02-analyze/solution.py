"""Analyze: how much data, what is missing, how the price behaves, what drives it."""  # ja: """データ分析：データの量、欠損、価格のふるまい、価格を左右する列。"""
import csv
import json
import statistics

TARGET = "Sale_Price"
# Disguised missing values: in this column, this value means "not recorded".
# ja: 偽装された欠損値：この列では、この値が「記録されていない」ことを表します。
UNKNOWN_VALUES = {"Lot_Frontage": "0"}
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
    """{column: number of missing cells}, only for columns with at least one."""  # ja: """{列名: 欠損したセルの数}。欠損が 1 つ以上ある列だけ。"""
    counts = {}
    for row in rows:
        for column, value in row.items():
            if is_missing(column, value):
                counts[column] = counts.get(column, 0) + 1
    return counts


def share_having(rows, column, none_label):
    """Share of rows that HAVE the feature: not the 'none' label and not missing."""  # ja: """設備を持つ行の割合：「なし」のラベルでも欠損でもない行。"""
    have = sum(1 for r in rows if r[column] != none_label and not is_missing(column, r[column]))
    return have / len(rows)


def known_mean(rows, column):
    """Mean of a numeric column over the rows where it is known."""  # ja: """数値列の、値がわかっている行だけの平均。"""
    return statistics.mean(float(r[column]) for r in rows if not is_missing(column, r[column]))


def skewness(values):
    """Moment skewness: > 0 means a long tail of high values."""  # ja: """モーメント歪度：0 より大きければ、高い値の側に長い裾があります。"""
    m = statistics.fmean(values)
    n = len(values)
    m2 = sum((v - m) ** 2 for v in values) / n
    m3 = sum((v - m) ** 3 for v in values) / n
    return m3 / m2 ** 1.5


def iqr_fence(values):
    # lang: en
    """(low, high) outlier fence: Q1 - 1.5 IQR, Q3 + 1.5 IQR.
    Quartiles: statistics.quantiles(method="inclusive"), the same as numpy's default."""
    # lang: ja
    # """外れ値の境界 (low, high)：Q1 - 1.5 IQR、Q3 + 1.5 IQR。
    # 四分位数は statistics.quantiles(method="inclusive") で求めます（numpy の既定と同じ）。"""
    # lang: end
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    iqr = q3 - q1
    return q1 - 1.5 * iqr, q3 + 1.5 * iqr


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
    """[(column, Pearson r with target), ...] for the n numeric columns with the largest |r|."""  # ja: """[(列名, 目的変数とのピアソンの r), ...]。|r| の大きい数値列を n 個。"""
    columns = numeric_values(rows)
    y = columns.pop(target)
    result = []
    for column, x in columns.items():
        if len(set(x)) > 1:  # a constant column has no correlation  # ja: if len(set(x)) > 1:  # 値が一定の列には相関がない
            result.append((column, statistics.correlation(x, y)))
    result.sort(key=lambda pair: abs(pair[1]), reverse=True)
    return result[:n]


def strong_pairs(rows, columns, threshold=0.8):
    """[(a, b, r), ...] for the pairs of columns with |r| >= threshold: near-duplicates."""  # ja: """[(a, b, r), ...]。|r| >= threshold の列の組、つまりほぼ重複した列。"""
    data = {c: [float(r[c]) for r in rows] for c in columns}
    pairs = []
    for i, a in enumerate(columns):
        for b in columns[i + 1:]:
            r = statistics.correlation(data[a], data[b])
            if abs(r) >= threshold:
                pairs.append((a, b, r))
    return pairs


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
        "outliers_low": sum(1 for p in prices if p < low),
        "outliers_high": sum(1 for p in prices if p > high),
    },
    "top_correlations": top_correlations(rows, TARGET, 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS, 0.8),
}
with open("analysis_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)

print(f"{report['rows']} rows x {report['columns']} columns")  # ja: print(f"{report['rows']} 行 × {report['columns']} 列")
print("Missing (incl. disguised):", report["missing"])  # ja: print("欠損（偽装を含む）：", report["missing"])
for column, share in report["has_feature"].items():
    print(f"  has {column:<12} {share:6.1%}")  # ja: print(f"  {column:<12} の設備あり：{share:6.1%}")
print(f"Lot_Frontage mean over known values: {report['lot_frontage_mean']:.1f} ft")  # ja: print(f"わかっている値だけの Lot_Frontage の平均：{report['lot_frontage_mean']:.1f} ft")
sp = report["sale_price"]
print(f"Sale_Price: mean {sp['mean']:,.0f}  median {sp['median']:,.0f}  skewness {sp['skewness']:.2f}")  # ja: print(f"Sale_Price：平均値 {sp['mean']:,.0f}、中央値 {sp['median']:,.0f}、歪度 {sp['skewness']:.2f}")
print(f"IQR fence: {low:,.0f} .. {high:,.0f}  ({sp['outliers_high']} sales above)")  # ja: print(f"IQR による境界：{low:,.0f}〜{high:,.0f}（上回る売買 {sp['outliers_high']} 件）")
print("Correlation with Sale_Price:")  # ja: print("Sale_Price との相関：")
for column, r in report["top_correlations"]:
    print(f"  {column:<15} {r:+.2f} {'#' * round(abs(r) * 30)}")
print("Strongly inter-correlated (|r| >= 0.8):")  # ja: print("互いに強く相関する列（|r| >= 0.8）：")
for a, b, r in report["strong_pairs"]:
    print(f"  {a} ~ {b}: {r:.2f}")

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
