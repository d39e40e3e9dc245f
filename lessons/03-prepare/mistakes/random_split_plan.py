# expect: split_method
# Plans a random 80/20 split.
"""Prepare: apply the scope rules, write dataset.csv and its datasheet (with a SHA-256)."""
import csv
import hashlib
import json

SOURCE = "data/ames.csv"

# The columns an appraiser knows when a listing comes in, plus the target and the sale date.
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

# The domain expert's scope rules, applied in this order: (description, keep-this-row test).
RULES = [
    ('Sale_Condition == "Normal" (only normal market sales)',
     lambda row: row["Sale_Condition"] == "Normal"),
    ("MS_Zoning is residential (drops C_all, I_all, A_agr)",
     lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("Gr_Liv_Area <= 4000 (very large houses are priced by a specialist)",
     lambda row: float(row["Gr_Liv_Area"]) <= 4000),
]


def apply_rules(rows):
    """Apply RULES in order; return (kept rows, [{"rule", "rows_removed"}, ...])."""
    report = []
    for text, keep in RULES:
        kept = [row for row in rows if keep(row)]
        report.append({"rule": text, "rows_removed": len(rows) - len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    """The 17 kept columns, in order; a Lot_Frontage of 0 means unknown and becomes empty."""
    out = [row[name] for name in COLUMNS]
    i = COLUMNS.index("Lot_Frontage")
    if float(out[i]) == 0:
        out[i] = ""
    return out


def sha256_of_file(path):
    """The SHA-256 of the bytes on disk: exactly what the next lessons will read."""
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))

kept, rule_report = apply_rules(source_rows)
table = [select_columns(row) for row in kept]

with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)

# Hash AFTER the file is written and closed, from its bytes on disk.
datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": sum(1 for r in table if r[COLUMNS.index("Lot_Frontage")] == "")},
    "split": {"method": "random", "train": "80 %", "test": "20 %", "seed": 42},
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=2)

print(f"{len(source_rows)} sales in {SOURCE}")
for r in rule_report:
    print(f"  - {r['rows_removed']:4d} removed by: {r['rule']}")
print(f"{len(table)} rows x {len(COLUMNS)} columns written to dataset.csv")
print(f"Lot_Frontage unknown (empty): {datasheet['missing']['Lot_Frontage']}")
train = sum(1 for r in table if int(r[0]) <= 2009)
print(f"Split plan (time): train {train} rows (2006-2009), test {len(table) - train} rows (2010)")
print(f"sha256: {datasheet['sha256']}")
