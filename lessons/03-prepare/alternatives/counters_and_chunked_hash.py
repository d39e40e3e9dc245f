# Explicit loops with counters, a hash read in chunks, extra datasheet keys and printed lines.
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


def is_normal(row):
    return row["Sale_Condition"] == "Normal"


def is_residential(row):
    return row["MS_Zoning"] in RESIDENTIAL


def not_too_big(row):
    return float(row["Gr_Liv_Area"]) <= 4000.0


RULES = [
    ("Sale_Condition is Normal", is_normal),
    ("MS_Zoning in RESIDENTIAL", is_residential),
    ("Gr_Liv_Area <= 4000", not_too_big),
]


def apply_rules(rows):
    report = []
    for text, keep in RULES:
        kept = []
        removed = 0
        for row in rows:
            if keep(row):
                kept.append(row)
            else:
                removed += 1
        report.append({"rule": text, "rows_removed": removed, "rows_left": len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    out = []
    for name in COLUMNS:
        value = row[name]
        if name == "Lot_Frontage" and float(value) == 0:
            value = ""
        out.append(value)
    return out


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(8192), b""):
            digest.update(block)
    return digest.hexdigest()


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))

kept, rule_report = apply_rules(source_rows)
table = [select_columns(row) for row in kept]

with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)

missing = 0
for r in table:
    if r[COLUMNS.index("Lot_Frontage")] == "":
        missing += 1

datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": missing},
    "split": {"method": "time", "column": "Year_Sold",
              "train": "Year_Sold <= 2009", "test": "Year_Sold == 2010"},
    "sha256": sha256_of_file("dataset.csv"),
    "owner": "data science team",
    "notes": "Longitude and Latitude left out until the IT Auditor answers",
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=4)

for r in rule_report:
    print(r)
print("kept:", len(table), "missing frontage:", missing)
