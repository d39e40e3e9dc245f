# csv.reader instead of DictReader (rows built with zip), hand-written Pearson r, quartiles by
# linear interpolation written out, and an extra key in the report.
import csv
import json
import math

UNKNOWN_VALUES = {"Lot_Frontage": "0"}
NONE_LABELS = {"Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
               "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement"}
SIZE_COLUMNS = ["Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
                "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area"]


def is_missing(column, value):
    if value.strip() == "":
        return True
    return column in UNKNOWN_VALUES and value.strip() == UNKNOWN_VALUES[column]


def missing_counts(rows):
    counts = {}
    for column in rows[0]:
        n = 0
        for row in rows:
            if is_missing(column, row[column]):
                n += 1
        if n > 0:
            counts[column] = n
    return counts


def share_having(rows, column, none_label):
    count = 0
    for row in rows:
        value = row[column]
        if value != none_label and not is_missing(column, value):
            count += 1
    return count / len(rows)


def mean(xs):
    return sum(xs) / len(xs)


def skewness(values):
    m = mean(values)
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / len(values))
    return sum((v - m) ** 3 for v in values) / len(values) / sd ** 3


def quantile(sorted_values, q):
    position = (len(sorted_values) - 1) * q
    below = math.floor(position)
    above = min(below + 1, len(sorted_values) - 1)
    return sorted_values[below] + (sorted_values[above] - sorted_values[below]) * (position - below)


def iqr_fence(values):
    s = sorted(values)
    q1, q3 = quantile(s, 0.25), quantile(s, 0.75)
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


def pearson(x, y):
    mx, my = mean(x), mean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def as_numbers(rows, column):
    try:
        return [float(r[column]) for r in rows]
    except ValueError:
        return None


def top_correlations(rows, target, n):
    y = as_numbers(rows, target)
    found = []
    for column in rows[0]:
        x = as_numbers(rows, column)
        if column == target or x is None or min(x) == max(x):
            continue
        found.append([column, pearson(x, y)])
    found.sort(key=lambda item: -abs(item[1]))
    return found[:n]


def strong_pairs(rows, columns, threshold=0.8):
    result = []
    for i in range(len(columns)):
        for j in range(i + 1, len(columns)):
            r = pearson(as_numbers(rows, columns[i]), as_numbers(rows, columns[j]))
            if abs(r) >= threshold:
                result.append([columns[i], columns[j], r])
    return result


with open("data/ames.csv", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = [dict(zip(header, line)) for line in reader]

prices = [float(r["Sale_Price"]) for r in rows]
low, high = iqr_fence(prices)
known_frontage = [float(r["Lot_Frontage"]) for r in rows if not is_missing("Lot_Frontage", r["Lot_Frontage"])]
report = {
    "rows": len(rows),
    "columns": len(header),
    "missing": missing_counts(rows),
    "has_feature": {column: share_having(rows, column, label) for column, label in NONE_LABELS.items()},
    "lot_frontage_mean": mean(known_frontage),
    "sale_price": {
        "mean": mean(prices),
        "median": quantile(sorted(prices), 0.5),
        "skewness": skewness(prices),
        "fence_low": low,
        "fence_high": high,
        "outliers_low": len([p for p in prices if p < low]),
        "outliers_high": len([p for p in prices if p > high]),
    },
    "top_correlations": top_correlations(rows, "Sale_Price", 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS),
    "source": "data/ames.csv",
}
json.dump(report, open("analysis_report.json", "w"), indent=1)
print(json.dumps(report, indent=1))
