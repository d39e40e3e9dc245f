"""Analyze: how much data, what is missing, how the price behaves, what drives it."""
import csv
import json
import statistics

TARGET = "Sale_Price"
# Disguised missing values: in this column, this value means "not recorded".
UNKNOWN_VALUES = {}  # TODO: which column uses which value for "unknown"?
# "The house has none": information, not missing, but not the feature either.
NONE_LABELS = {
    "Pool_QC": "No_Pool", "Alley": "No_Alley_Access", "Fence": "No_Fence",
    "Garage_Type": "No_Garage", "Bsmt_Cond": "No_Basement",
}
SIZE_COLUMNS = [
    "Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
    "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area",
]


def is_missing(column, value):
    """Empty cells are missing; so is a disguised 'unknown' code."""
    value = value.strip()
    if value == "":
        return True
    unknown = UNKNOWN_VALUES.get(column)
    return unknown is not None and float(value) == float(unknown)


def missing_counts(rows):
    """TODO: {column: number of missing cells}, only for columns with at least one."""
    return {}


def share_having(rows, column, none_label):
    """TODO: share of rows that HAVE the feature (not none_label, not missing)."""
    return None


def known_mean(rows, column):
    """Mean of a numeric column over the rows where it is known."""
    return statistics.mean(float(r[column]) for r in rows if not is_missing(column, r[column]))


def skewness(values):
    """TODO: mean of (v - mean)**3 divided by the population standard deviation cubed."""
    return 0.0


def iqr_fence(values):
    """TODO: (Q1 - 1.5 IQR, Q3 + 1.5 IQR); hint: statistics.quantiles(values, n=4, ...)."""
    return None, None


def numeric_values(rows):
    """{column: its values as numbers} for the columns whose every value converts to a number."""
    result = {}
    for column in rows[0]:
        try:
            result[column] = [float(r[column]) for r in rows]
        except ValueError:
            continue  # text, such as a neighborhood name
    return result


def top_correlations(rows, target, n):
    """TODO: [(column, r), ...] for the n numeric columns with the largest |r| with target."""
    return []


def strong_pairs(rows, columns, threshold=0.8):
    """TODO: [(a, b, r), ...] for the pairs of columns with |r| >= threshold."""
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
        "outliers_low": None,  # TODO: how many prices lie below low?
        "outliers_high": None,  # TODO: and above high?
    },
    "top_correlations": top_correlations(rows, TARGET, 10),
    "strong_pairs": strong_pairs(rows, SIZE_COLUMNS, 0.8),
}
with open("analysis_report.json", "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)

print(f"{report['rows']} rows x {report['columns']} columns")
print("Missing (incl. disguised):", report["missing"])
print(f"Lot_Frontage mean over known values: {report['lot_frontage_mean']:.1f} ft")
print("Sale_Price:", report["sale_price"])
print("Correlation with Sale_Price:", report["top_correlations"])
print("Strongly inter-correlated:", report["strong_pairs"])

# The price distribution: a long tail of expensive houses to the right of the median.
display({
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "title": "Sale_Price distribution",
    "width": 480,
    "data": {"values": [{"Sale_Price": p} for p in prices]},
    "mark": "bar",
    "encoding": {
        "x": {"field": "Sale_Price", "bin": {"maxbins": 40}, "title": "Sale price (USD)"},
        "y": {"aggregate": "count", "title": "Sales"},
    },
})
