# Reads with csv.reader and zips each line with the header; picks the columns by position.
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
FRONTAGE = 10

RULES = [
    ("normal sales only", lambda row: row["Sale_Condition"] == "Normal"),
    ("residential zoning only", lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("living area at most 4000 sq ft", lambda row: float(row["Gr_Liv_Area"]) <= 4000),
]


def apply_rules(rows):
    report = []
    for text, keep in RULES:
        before = len(rows)
        rows = [row for row in rows if keep(row)]
        report.append({"rule": text, "rows_removed": before - len(rows)})
    return rows, report


def select_columns(row):
    values = [row[name] for name in COLUMNS]
    if float(values[FRONTAGE]) == 0:
        values[FRONTAGE] = ""
    return values


def sha256_of_file(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


with open(SOURCE, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    source = [dict(zip(header, line)) for line in reader]

kept, report = apply_rules(source)
table = [select_columns(row) for row in kept]
with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(COLUMNS)
    for row in table:
        out.writerow(row)

empty = 0
for row in table:
    if row[FRONTAGE] == "":
        empty += 1

sheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": report,
    "missing": {"Lot_Frontage": empty},
    "split": {"method": "time", "column": "Year_Sold", "train": "Year_Sold <= 2009", "test": "Year_Sold == 2010"},
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(sheet, f)
print(len(table), "rows written, hash", sheet["sha256"])
