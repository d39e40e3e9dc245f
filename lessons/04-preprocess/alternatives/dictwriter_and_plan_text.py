# Writes the tables with csv.DictWriter, the price as a float, and prints the statistics; the
# split uses the datasheet's own plan text.
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
    last_training_year = int(datasheet["split"]["train"].split("<=")[1])
    train = [r for r in rows if int(r["Year_Sold"]) <= last_training_year]
    test = [r for r in rows if int(r["Year_Sold"]) == last_training_year + 1]
    return train, test


def column_statistics(train_rows, col):
    known = [float(r[col]) for r in train_rows if r[col] != ""]
    median = statistics.median(known)
    values = [float(r[col]) if r[col] != "" else median for r in train_rows]
    mean = math.fsum(values) / len(values)
    std = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))
    return {"median": median, "mean": mean, "std": std, "min": min(known), "max": max(known)}


def fit(train_rows):
    categorical = {col: sorted(dict.fromkeys(r[col] for r in train_rows)) for col in CATEGORICAL}
    return {
        "numeric": {col: column_statistics(train_rows, col) for col in NUMERIC},
        "categorical": categorical,
        "features": NUMERIC + [f"{col}={value}" for col in CATEGORICAL for value in categorical[col]],
        "target": TARGET,
        "slice_columns": SLICE_COLUMNS,
        "fitted_on": {"split": datasheet["split"]["train"], "rows": len(train_rows),
                      "data_sha256": datasheet["sha256"]},
    }


def transform(row, preprocessor):
    values = []
    for col in NUMERIC:
        s = preprocessor["numeric"][col]
        v = float(row[col]) if row[col] != "" else s["median"]
        values.append((v - s["mean"]) / s["std"])
    for col in CATEGORICAL:
        values.extend([1.0 if row[col] == c else 0.0 for c in preprocessor["categorical"][col]])
    return values


train_rows, test_rows = split_by_time(rows)
preprocessor = fit(train_rows)
with open("preprocessor.json", "w", encoding="utf-8") as f:
    json.dump(preprocessor, f)

for path, part in (("train.csv", train_rows), ("test.csv", test_rows)):
    header = preprocessor["features"] + [TARGET] + list(SLICE_COLUMNS)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for r in part:
            line = dict(zip(preprocessor["features"], transform(r, preprocessor)))
            line[TARGET] = float(r[TARGET])
            for name, source in SLICE_COLUMNS.items():
                line[name] = r[source]
            writer.writerow(line)

for col, s in preprocessor["numeric"].items():
    print(col, round(s["median"], 1), round(s["mean"], 1), round(s["std"], 1))
