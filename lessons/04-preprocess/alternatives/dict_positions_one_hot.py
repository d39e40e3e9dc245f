# One-hot through a dictionary of column positions (.get: an unseen value has none), a split
# with two comprehensions, statistics.mean and pvariance, extra keys in the preprocessor.
import csv
import json
import math
import statistics

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
TARGET = "Sale_Price"
SLICE_COLUMNS = {"slice_neighborhood": "Neighborhood",
                 "slice_year_built": "Year_Built",
                 "slice_year_sold": "Year_Sold"}

with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
with open("dataset.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))


def split_by_time(rows):
    return ([r for r in rows if int(r["Year_Sold"]) <= 2009],
            [r for r in rows if int(r["Year_Sold"]) == 2010])


def fit(train_rows):
    numeric = {}
    for col in NUMERIC:
        known = [float(r[col]) for r in train_rows if r[col]]
        median = statistics.median(known)
        filled = [float(r[col]) if r[col] else median for r in train_rows]
        numeric[col] = {
            "median": median,
            "mean": statistics.mean(filled),
            "std": math.sqrt(statistics.pvariance(filled)),
            "min": min(known),
            "max": max(known),
            "missing_in_training": len(train_rows) - len(known),
        }
    categorical = {col: sorted(set(r[col] for r in train_rows)) for col in CATEGORICAL}
    features = NUMERIC + [f"{col}={value}" for col in CATEGORICAL for value in categorical[col]]
    return {
        "numeric": numeric,
        "categorical": categorical,
        "features": features,
        "version": 1,
        "notes": "fit on the training years only",
        "target": TARGET,
        "slice_columns": SLICE_COLUMNS,
        "fitted_on": {"split": datasheet["split"]["train"], "rows": len(train_rows),
                      "data_sha256": datasheet["sha256"]},
    }


def transform(row, preprocessor):
    x = []
    for col in NUMERIC:
        s = preprocessor["numeric"][col]
        value = s["median"] if row[col] == "" else float(row[col])
        x.append((value - s["mean"]) / s["std"])
    for col in CATEGORICAL:
        categories = preprocessor["categorical"][col]
        position = {c: i for i, c in enumerate(categories)}
        one_hot = [0.0] * len(categories)
        i = position.get(row[col])
        if i is not None:
            one_hot[i] = 1.0
        x += one_hot
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

