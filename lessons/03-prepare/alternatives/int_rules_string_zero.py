# Rule 3 with int(), the zero frontage recognised as the text "0", the missing count taken from
# the kept source rows, and a split plan with one more key.
import csv
import hashlib
import json

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
    ('Sale_Condition == "Normal"', lambda row: row["Sale_Condition"] == "Normal"),
    ("MS_Zoning residential", lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("Gr_Liv_Area <= 4000", lambda row: int(row["Gr_Liv_Area"]) <= 4000),
]


def apply_rules(rows):
    report = []
    for text, keep in RULES:
        kept = list(filter(keep, rows))
        report.append({"rule": text, "rows_removed": len(rows) - len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    return [("" if name == "Lot_Frontage" and row[name] == "0" else row[name]) for name in COLUMNS]


def sha256_of_file(path):
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.sha256(data).hexdigest()


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))

kept, rule_report = apply_rules(source_rows)
table = [select_columns(row) for row in kept]

with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)

datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": list(COLUMNS),
    "rules": rule_report,
    "missing": {"Lot_Frontage": len([row for row in kept if row["Lot_Frontage"] == "0"])},
    "split": {"method": "time", "column": "Year_Sold",
              "train": "Year_Sold<=2009", "test": "Year_Sold==2010",
              "reason": "the model prices future listings"},
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=2, ensure_ascii=False)
