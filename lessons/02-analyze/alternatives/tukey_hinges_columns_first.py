# Turns the rows into columns once, takes the quartiles as Tukey's hinges (the medians of the
# lower and upper halves), stores the missing counts of every column (zeros too) and the pairs
# in the other order.
import csv
import json
import statistics

UNKNOWN_VALUES = {"Lot_Frontage": "0"}
NONE_LABELS = {"Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
               "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement"}
SIZE_COLUMNS = ["Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
                "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area"]


def columns_of(rows):
    return {name: [r[name] for r in rows] for name in rows[0]}


def is_missing(column, value):
    text = value.strip()
    if not text:
        return True
    if column in UNKNOWN_VALUES:
        return float(text) == float(UNKNOWN_VALUES[column])
    return False


def missing_counts(rows):
    result = {}
    for name, values in columns_of(rows).items():
        count = sum(is_missing(name, v) for v in values)
        if count:
            result[name] = count
    return result


def share_having(rows, column, none_label):
    values = columns_of(rows)[column]
    having = [v for v in values if v != none_label and not is_missing(column, v)]
    return len(having) / len(values)


def skewness(values):
    n = len(values)
    m = sum(values) / n
    var = sum((v - m) ** 2 for v in values) / n
    third = sum((v - m) ** 3 for v in values) / n
    return third / var ** 1.5


def iqr_fence(values):
    s = sorted(values)
    half = len(s) // 2
    q1 = statistics.median(s[:half])
    q3 = statistics.median(s[len(s) - half:])
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


def numbers(values):
    try:
        return [float(v) for v in values]
    except ValueError:
        return None


def top_correlations(rows, target, n):
    cols = columns_of(rows)
    y = numbers(cols[target])
    scored = []
    for name, values in cols.items():
        x = numbers(values)
        if name != target and x is not None and len(set(x)) > 1:
            scored.append((abs(statistics.correlation(x, y)), name, statistics.correlation(x, y)))
    scored.sort(reverse=True)
    return [(name, r) for _, name, r in scored[:n]]


def strong_pairs(rows, columns, threshold=0.8):
    cols = columns_of(rows)
    found = []
    for j, b in enumerate(columns):
        for a in columns[:j]:
            r = statistics.correlation(numbers(cols[b]), numbers(cols[a]))
            if abs(r) >= threshold:
                found.append((b, a, r))
    return found


with open("data/ames.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
cols = columns_of(rows)
prices = numbers(cols["Sale_Price"])
low, high = iqr_fence(prices)
counts = {name: sum(is_missing(name, v) for v in values) for name, values in cols.items()}
report = {
    "rows": len(rows),
    "columns": len(cols),
    "missing": counts,
    "has_feature": {c: share_having(rows, c, label) for c, label in NONE_LABELS.items()},
    "lot_frontage_mean": statistics.mean(float(v) for v in cols["Lot_Frontage"] if not is_missing("Lot_Frontage", v)),
    "sale_price": {"mean": statistics.mean(prices), "median": statistics.median(prices),
                   "skewness": skewness(prices), "fence_low": low, "fence_high": high,
                   "outliers_low": sum(1 for p in prices if p < low),
                   "outliers_high": sum(1 for p in prices if p > high)},
    "top_correlations": top_correlations(rows, "Sale_Price", 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS, threshold=0.8),
}
with open("analysis_report.json", "w") as f:
    f.write(json.dumps(report, sort_keys=True))
print("missing:", {k: v for k, v in counts.items() if v})
print("top 3:", report["top_correlations"][:3])
