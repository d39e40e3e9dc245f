# Hand-written median, mean and population standard deviation; transform reads the
# category of each one-hot column from its COLUMN=VALUE name.
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
    train, test = [], []
    for r in rows:
        year = int(r["Year_Sold"])
        if year <= 2009:
            train.append(r)
        elif year == 2010:
            test.append(r)
    return train, test


def median_of(values):
    values = sorted(values)
    n = len(values)
    middle = n // 2
    return values[middle] if n % 2 else (values[middle - 1] + values[middle]) / 2


def fit(train_rows):
    numeric = {}
    for col in NUMERIC:
        known = [float(r[col]) for r in train_rows if r[col].strip() != ""]
        med = median_of(known)
        values = [float(r[col]) if r[col].strip() != "" else med for r in train_rows]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        numeric[col] = {"median": med, "mean": mean, "std": std, "min": min(known), "max": max(known)}
    categorical = {}
    for col in CATEGORICAL:
        seen = set()
        for r in train_rows:
            seen.add(r[col])
        categorical[col] = sorted(seen)
    features = list(NUMERIC)
    for col in CATEGORICAL:
        for value in categorical[col]:
            features.append(col + "=" + value)
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
    out = []
    for name in preprocessor["features"]:
        if "=" in name:
            col, value = name.split("=", 1)
            out.append(1.0 if row.get(col) == value else 0.0)
        else:
            s = preprocessor["numeric"][name]
            cell = row.get(name, "")
            number = float(cell) if cell != "" else s["median"]
            out.append((number - s["mean"]) / s["std"])
    return out


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

