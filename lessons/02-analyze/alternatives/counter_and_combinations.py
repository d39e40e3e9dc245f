# collections.Counter for the missing cells, itertools.combinations for the pairs, quartiles by
# statistics.quantiles' default (exclusive) method, and the report built at module level.
import collections
import csv
import itertools
import json
import statistics

UNKNOWN_VALUES = {"Lot_Frontage": "0"}
NONE_LABELS = {"Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
               "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement"}
SIZES = ["Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
         "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area"]


def is_missing(column, value):
    return not value.strip() or UNKNOWN_VALUES.get(column) == value.strip()


def missing_counts(rows):
    counter = collections.Counter(c for row in rows for c, v in row.items() if is_missing(c, v))
    return dict(counter)


def share_having(rows, column, none_label):
    return statistics.fmean(1.0 if r[column] != none_label and not is_missing(column, r[column]) else 0.0 for r in rows)


def skewness(values):
    mu, sigma = statistics.fmean(values), statistics.pstdev(values)
    return statistics.fmean(((v - mu) / sigma) ** 3 for v in values)


def iqr_fence(values):
    q1, _, q3 = statistics.quantiles(values, n=4)
    spread = q3 - q1
    return (q1 - 1.5 * spread, q3 + 1.5 * spread)


def numeric_columns(rows):
    out = {}
    for name in rows[0]:
        try:
            out[name] = [float(r[name]) for r in rows]
        except ValueError:
            pass
    return out


def top_correlations(rows, target, n):
    cols = numeric_columns(rows)
    y = cols.pop(target)
    rs = {name: statistics.correlation(x, y) for name, x in cols.items() if len(set(x)) > 1}
    return sorted(rs.items(), key=lambda kv: abs(kv[1]), reverse=True)[:n]


def strong_pairs(rows, columns, threshold=0.8):
    cols = {c: [float(r[c]) for r in rows] for c in columns}
    return [(a, b, r) for a, b in itertools.combinations(columns, 2)
            if abs(r := statistics.correlation(cols[a], cols[b])) >= threshold]


with open("data/ames.csv", newline="", encoding="utf-8") as f:
    data = list(csv.DictReader(f))
price = [float(r["Sale_Price"]) for r in data]
fence_low, fence_high = iqr_fence(price)
frontage = [float(r["Lot_Frontage"]) for r in data if not is_missing("Lot_Frontage", r["Lot_Frontage"])]

report = {}
report["rows"] = len(data)
report["columns"] = len(data[0].keys())
report["missing"] = missing_counts(data)
report["has_feature"] = {c: share_having(data, c, none) for c, none in NONE_LABELS.items()}
report["lot_frontage_mean"] = sum(frontage) / len(frontage)
report["sale_price"] = {
    "mean": sum(price) / len(price), "median": statistics.median(price), "skewness": skewness(price),
    "fence_low": fence_low, "fence_high": fence_high,
    "outliers_low": sum(p < fence_low for p in price), "outliers_high": sum(p > fence_high for p in price),
}
report["top_correlations"] = top_correlations(data, "Sale_Price", 10)
report["strong_pairs"] = strong_pairs(data, SIZES)
with open("analysis_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f)
for key, value in report.items():
    print(key, "=", value)
