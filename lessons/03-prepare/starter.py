"""Prepare: apply the scope rules, write dataset.csv and its datasheet (with a SHA-256)."""
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

# The scope rules, in order: (description, keep-this-row test).
RULES = [
    ('Sale_Condition == "Normal" (only normal market sales)',
     lambda row: True),  # TODO: keep only normal sales
    # TODO: rule 2 (residential MS_Zoning) and rule 3 (Gr_Liv_Area <= 4000, as a number)
]


def apply_rules(rows):
    """Apply RULES in order; return (kept rows, [{"rule", "rows_removed"}, ...])."""
    report = []
    for text, keep in RULES:
        kept = rows  # TODO: keep only the rows for which keep(row) is true
        report.append({"rule": text, "rows_removed": len(rows) - len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    """The 17 kept columns, in order; TODO: a Lot_Frontage of 0 means unknown, write ""."""
    return [row[name] for name in COLUMNS]


def sha256_of_file(path):
    """TODO: return the hex SHA-256 of the file's bytes (open it in "rb" mode)."""
    return None


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
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": None},  # TODO: count the empty Lot_Frontage cells
    "split": {"method": None},  # TODO: the time-based split plan (see the How)
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=2)

print(f"{len(source_rows)} sales in {SOURCE}")
for r in rule_report:
    print(f"  - {r['rows_removed']:4d} removed by: {r['rule']}")
print(f"{len(table)} rows x {len(COLUMNS)} columns written to dataset.csv")
print(f"sha256: {datasheet['sha256']}")
