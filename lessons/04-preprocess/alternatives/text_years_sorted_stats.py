# Years compared as text (four digits sort like numbers), the statistics in one pass per
# column with sorted(), and transform over the preprocessor's own dictionaries.
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
    train = [r for r in rows if r["Year_Sold"] <= "2009"]
    test = [r for r in rows if r["Year_Sold"] == "2010"]
    return train, test


def fit(train_rows):
    numeric = {}
    for col in NUMERIC:
        known = sorted(float(r[col]) for r in train_rows if r[col] != "")
        median = statistics.median(known)
        values = [median if r[col] == "" else float(r[col]) for r in train_rows]
        numeric[col] = {"median": median, "mean": statistics.fmean(values),
                        "std": statistics.pstdev(values), "min": known[0], "max": known[-1]}
    categorical = {}
    for col in CATEGORICAL:
        categorical[col] = sorted({r[col] for r in train_rows})
    names = []
    for col in CATEGORICAL:
        names += [f"{col}={c}" for c in categorical[col]]
    return {
        "numeric": numeric,
        "categorical": categorical,
        "features": NUMERIC + names,
        "target": TARGET,
        "slice_columns": SLICE_COLUMNS,
        "fitted_on": {"split": datasheet["split"]["train"], "rows": len(train_rows),
                      "data_sha256": datasheet["sha256"]},
    }


def transform(row, preprocessor):
    x = []
    for col, s in preprocessor["numeric"].items():
        raw = row.get(col, "")
        x.append(((float(raw) if raw != "" else s["median"]) - s["mean"]) / s["std"])
    for col, categories in preprocessor["categorical"].items():
        for c in categories:
            x.append(float(row.get(col) == c))
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

