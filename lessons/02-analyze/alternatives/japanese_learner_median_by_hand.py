# 日本語で出力し、中央値と平均を自分で計算する学習者。四分位数は両端を含む方法（中央値を含めた半分の中央値）。
import csv
import json
import statistics

UNKNOWN_VALUES = {"Lot_Frontage": "0"}
NONE_LABELS = {"Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
               "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement"}
SIZE_COLUMNS = ["Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
                "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area"]


def is_missing(column, value):
    return value.strip() == "" or (column in UNKNOWN_VALUES and float(value) == float(UNKNOWN_VALUES[column]))


def missing_counts(rows):
    counts = dict.fromkeys(rows[0], 0)
    for row in rows:
        for column in row:
            counts[column] += is_missing(column, row[column])
    return {c: n for c, n in counts.items() if n}


def share_having(rows, column, none_label):
    return len([r for r in rows if not (r[column] == none_label or is_missing(column, r[column]))]) / len(rows)


def middle(sorted_values):
    n = len(sorted_values)
    if n % 2:
        return sorted_values[n // 2]
    return (sorted_values[n // 2 - 1] + sorted_values[n // 2]) / 2


def skewness(values):
    m = sum(values) / len(values)
    return sum((v - m) ** 3 for v in values) / len(values) / statistics.pstdev(values) ** 3


def iqr_fence(values):
    s = sorted(values)
    n = len(s)
    q1 = middle(s[: (n + 1) // 2])
    q3 = middle(s[n // 2:])
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


def top_correlations(rows, target, n):
    y = [float(r[target]) for r in rows]
    result = []
    for column in rows[0]:
        if column == target:
            continue
        try:
            x = [float(r[column]) for r in rows]
        except ValueError:
            continue
        if len(set(x)) == 1:
            continue
        result.append((column, statistics.correlation(x, y)))
    return sorted(result, key=lambda t: abs(t[1]), reverse=True)[:n]


def strong_pairs(rows, columns, threshold=0.8):
    out = []
    for k, a in enumerate(columns):
        xa = [float(r[a]) for r in rows]
        for b in columns[k + 1:]:
            r = statistics.correlation(xa, [float(row[b]) for row in rows])
            if abs(r) >= threshold:
                out.append((a, b, r))
    return out


with open("data/ames.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
prices = sorted(float(r["Sale_Price"]) for r in rows)
low, high = iqr_fence(prices)
frontage = [float(r["Lot_Frontage"]) for r in rows if not is_missing("Lot_Frontage", r["Lot_Frontage"])]
report = {
    "rows": len(rows), "columns": len(rows[0]),
    "missing": missing_counts(rows),
    "has_feature": {c: share_having(rows, c, l) for c, l in NONE_LABELS.items()},
    "lot_frontage_mean": sum(frontage) / len(frontage),
    "sale_price": {"mean": sum(prices) / len(prices), "median": middle(prices), "skewness": skewness(prices),
                   "fence_low": low, "fence_high": high,
                   "outliers_low": sum(1 for p in prices if p < low), "outliers_high": sum(1 for p in prices if p > high)},
    "top_correlations": top_correlations(rows, "Sale_Price", 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS),
    "メモ": "Lot_Frontage の 0 は不明",
}
with open("analysis_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, ensure_ascii=False)
print(f"売買 {report['rows']} 件、{report['columns']} 列")
print(f"価格の歪度：{report['sale_price']['skewness']:.2f}")
