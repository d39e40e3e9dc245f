# Writes dataset.csv as text joined by hand (no value holds a comma or a quote), counts the
# missing frontage by reading the written file back, and hashes it after it is closed.
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
    ("rule 1: normal sales", lambda row: row["Sale_Condition"] == "Normal"),
    ("rule 2: residential zoning", lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("rule 3: not above 4000 sq ft", lambda row: not float(row["Gr_Liv_Area"]) > 4000),
]


def apply_rules(rows):
    report = []
    for text, keep in RULES:
        kept = [row for row in rows if keep(row)]
        report.append({"rows_removed": len(rows) - len(kept), "rule": text})
        rows = kept
    return rows, report


def select_columns(row):
    out = [row[name] for name in COLUMNS]
    if out[COLUMNS.index("Lot_Frontage")] in ("0", "0.0"):
        out[COLUMNS.index("Lot_Frontage")] = ""
    return out


def sha256_of_file(path):
    f = open(path, "rb")
    digest = hashlib.sha256(f.read()).hexdigest()
    f.close()
    return digest


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))
kept, rule_report = apply_rules(source_rows)

lines = [",".join(COLUMNS)] + [",".join(select_columns(row)) for row in kept]
with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

with open("dataset.csv", newline="", encoding="utf-8") as f:
    written = list(csv.DictReader(f))
empty_frontage = sum(1 for row in written if row["Lot_Frontage"] == "")

datasheet = {
    "sha256": sha256_of_file("dataset.csv"),
    "source": SOURCE,
    "rows": len(written),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": float(empty_frontage)},
    "split": {"method": "time", "column": "Year_Sold",
              "train": "Year_Sold <= 2009", "test": "Year_Sold == 2010"},
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f)
print(f"{len(written)} rows, {empty_frontage} unknown frontages")
