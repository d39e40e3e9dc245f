# Lesson 04 - Preprocess: fit on training rows only, transform every row, save the preprocessor.
import csv
import json
import statistics

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
TARGET = "Sale_Price"
# Raw values kept for splitting (lesson 05) and slicing (lesson 06); never model inputs.
SLICE_COLUMNS = {"slice_neighborhood": "Neighborhood",
                 "slice_year_built": "Year_Built",
                 "slice_year_sold": "Year_Sold"}

with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
with open("dataset.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))   # every value is a string; "" means missing


def split_by_time(rows):
    """Return (train_rows, test_rows): Year_Sold <= 2009 and Year_Sold == 2010."""
    # TODO: follow the datasheet's split plan (datasheet["split"])
    return rows, []


def fit(train_rows):
    """Learn every statistic from the rows you are given."""
    numeric = {}
    for col in NUMERIC:
        # TODO: median of the non-empty values, then mean / std / min / max
        numeric[col] = {"median": 0.0, "mean": 0.0, "std": 1.0, "min": 0.0, "max": 0.0}
    categorical = {}  # TODO: {column: sorted list of the categories seen in train_rows}
    features = []     # TODO: NUMERIC + ["Neighborhood=North_Ames", ...]
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
    """One raw row (dict of strings) -> list of floats in preprocessor['features'] order."""
    x = []
    # TODO: numeric: impute "" with the median, then (value - mean) / std
    # TODO: categorical: 1.0 for the row's category, 0.0 for the others (unseen -> all 0.0)
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
print(f"train: {len(train_rows)} rows, test: {len(test_rows)} rows, "
      f"{len(preprocessor['features'])} features")
