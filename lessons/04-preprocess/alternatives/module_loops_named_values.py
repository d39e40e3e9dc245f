# Everything in module-level loops first, then the functions the exercise asks for wrap them;
# transform pairs each value with its name through zip.
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
        (train if int(r["Year_Sold"]) <= 2009 else test if int(r["Year_Sold"]) == 2010 else []).append(r)
    return train, test


def fit(train_rows):
    numeric = {}
    for col in NUMERIC:
        present = [float(r[col]) for r in train_rows if r[col] != ""]
        middle = statistics.median(present)
        column = [float(r[col]) if r[col] != "" else middle for r in train_rows]
        numeric[col] = dict(median=middle, mean=statistics.fmean(column), std=statistics.pstdev(column),
                            min=min(present), max=max(present))
    categorical = {}
    for col in CATEGORICAL:
        categorical[col] = sorted({r[col] for r in train_rows})
    features = NUMERIC.copy()
    for col in CATEGORICAL:
        features.extend(col + "=" + c for c in categorical[col])
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
    named = {}
    for col, s in preprocessor["numeric"].items():
        v = s["median"] if row.get(col, "") == "" else float(row[col])
        named[col] = (v - s["mean"]) / s["std"]
    for col, categories in preprocessor["categorical"].items():
        for c in categories:
            named[f"{col}={c}"] = 1.0 if row.get(col) == c else 0.0
    return [named[name] for name in preprocessor["features"]]


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

