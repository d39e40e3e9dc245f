# expect: not_scaled
# Imputes the numbers but forgets to scale them.
# Lesson 04 - Preprocess: fit the statistics on training rows only, apply them to every row,
# and save the fitted preprocessor so serving can repeat exactly the same transformation.
import csv
import json
import statistics

NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
TARGET = "Sale_Price"
# Raw values kept next to the features for splitting (lesson 05) and slicing (lesson 06).
# They are never model inputs, so they get a clearly different name.
SLICE_COLUMNS = {"slice_neighborhood": "Neighborhood",
                 "slice_year_built": "Year_Built",
                 "slice_year_sold": "Year_Sold"}

with open("datasheet.json", encoding="utf-8") as f:
    datasheet = json.load(f)
with open("dataset.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))


def split_by_time(rows):
    """The datasheet's plan: train on Year_Sold <= 2009, test on Year_Sold == 2010."""
    train = [r for r in rows if int(r["Year_Sold"]) <= 2009]
    test = [r for r in rows if int(r["Year_Sold"]) == 2010]
    return train, test


def fit(train_rows):
    """Learn every statistic from the training rows only."""
    numeric = {}
    for col in NUMERIC:
        known = [float(r[col]) for r in train_rows if r[col] != ""]
        median = statistics.median(known)
        # Impute first, then scale: the scaler sees what the model will see.
        values = [float(r[col]) if r[col] != "" else median for r in train_rows]
        numeric[col] = {
            "median": median,
            "mean": statistics.fmean(values),
            "std": statistics.pstdev(values) or 1.0,  # a constant column would divide by 0
            "min": min(known),
            "max": max(known),
        }
    categorical = {col: sorted({r[col] for r in train_rows}) for col in CATEGORICAL}
    features = NUMERIC + [f"{col}={value}" for col in CATEGORICAL for value in categorical[col]]
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
    """One raw row (a dict of strings) -> the feature values, in preprocessor['features'] order."""
    x = []
    for col, s in preprocessor["numeric"].items():
        value = float(row[col]) if row.get(col, "") != "" else s["median"]
        x.append(value)
    for col, categories in preprocessor["categorical"].items():
        # A category never seen in training matches no column: all zeros, no crash.
        x.extend(1.0 if row.get(col) == c else 0.0 for c in categories)
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

print(f"train: {len(train_rows)} rows (Year_Sold <= 2009), test: {len(test_rows)} rows (2010)")
print(f"{len(preprocessor['features'])} features")
print(f"{'column':<15}{'median':>10}{'mean':>11}{'std':>10}   (training rows only)")
for col, s in preprocessor["numeric"].items():
    print(f"{col:<15}{s['median']:>10.1f}{s['mean']:>11.1f}{s['std']:>10.1f}")
unseen = {"Neighborhood": "Atlantis", "Lot_Frontage": ""}
x = transform({**test_rows[0], **unseen}, preprocessor)
print("unseen neighbourhood -> Neighborhood columns:",
      sum(x[i] for i, name in enumerate(preprocessor["features"]) if name.startswith("Neighborhood=")))
