# csv.DictWriter for the dataset, pathlib for the hash, a datasheet with sorted keys.
import csv
import hashlib
import json
from pathlib import Path

SOURCE = "data/ames.csv"

COLUMNS = [
    "Year_Sold", "Mo_Sold", "Neighborhood", "Bldg_Type", "Overall_Cond",
    "Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
    "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars",
    "Central_Air", "Sale_Price",
]

RESIDENTIAL = {
    "Residential_Low_Density", "Residential_Medium_Density",
    "Residential_High_Density", "Floating_Village_Residential",
}

RULES = [
    ("normal sale", lambda row: row["Sale_Condition"] == "Normal"),
    ("residential", lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("at most 4000 sq ft", lambda row: float(row["Gr_Liv_Area"]) <= 4000),
]


def apply_rules(rows):
    report = []
    for text, keep in RULES:
        n = len(rows)
        rows = [row for row in rows if keep(row)]
        report.append({"rule": text, "rows_removed": n - len(rows)})
    return rows, report


def select_columns(row):
    picked = {name: row[name] for name in COLUMNS}
    if float(picked["Lot_Frontage"]) == 0:
        picked["Lot_Frontage"] = ""
    return tuple(picked[name] for name in COLUMNS)


def sha256_of_file(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))

kept, rule_report = apply_rules(source_rows)
table = [select_columns(row) for row in kept]

with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for values in table:
        writer.writerow(dict(zip(COLUMNS, values)))

datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": sum(values[10] == "" for values in table)},
    "split": {"method": "time", "column": "Year_Sold",
              "train": "Year_Sold <= 2009", "test": "Year_Sold == 2010"},
    "sha256": sha256_of_file("dataset.csv"),
}
Path("datasheet.json").write_text(json.dumps(datasheet, indent=2, sort_keys=True), encoding="utf-8")
print(json.dumps(datasheet["rules"], indent=1))
