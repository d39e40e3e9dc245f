"""Prepare: apply the scope rules, write dataset.csv and its datasheet (with a SHA-256)."""  # ja: """準備：スコープの規則を適用し、dataset.csv とそのデータシート（SHA-256 付き）を書き出します。"""
import csv
import hashlib
import json

SOURCE = "data/ames.csv"

# The columns an appraiser knows when a listing comes in, plus the target and the sale date.
# ja: 物件の受付時点で査定担当者が知っている列に、目的変数と売却時期を加えたものです。
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
# TODO: rule 1 keeps only normal sales; add rule 2 (residential MS_Zoning) and
# rule 3 (Gr_Liv_Area <= 4000, compared as a number).
# ja: スコープの規則です。この順に適用します：(説明, 残す行の判定)。
# ja: TODO: 規則 1 は通常の売買だけを残すようにする。規則 2（MS_Zoning が住宅地）と
# ja: 規則 3（Gr_Liv_Area <= 4000、数値として比べる）を加える。
RULES = [
    ('Sale_Condition == "Normal" (only normal market sales)',  # ja: ('Sale_Condition == "Normal"（通常の市場での売買だけ）',
     lambda row: True),
]


def apply_rules(rows):
    """Apply RULES in order; return (kept rows, [{"rule", "rows_removed"}, ...])."""  # ja: """RULES を順に適用し、(残った行, [{"rule", "rows_removed"}, ...]) を返します。"""
    report = []
    for text, keep in RULES:
        # TODO: keep only the rows for which keep(row) is true
        # ja: TODO: keep(row) が真になる行だけを残す
        kept = rows
        report.append({"rule": text, "rows_removed": len(rows) - len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    """The 17 kept columns, in order, as in the source."""  # ja: """残す 17 列の値を、元データのまま順に返します。"""
    # TODO: a Lot_Frontage of 0 means unknown: write "" (an empty cell) instead
    # ja: TODO: Lot_Frontage の 0 は不明を意味するので、代わりに ""（空のセル）を書く
    return [row[name] for name in COLUMNS]


def sha256_of_file(path):
    """The SHA-256 of the file's bytes, as hex text."""  # ja: """ファイルのバイト列の SHA-256 を、16 進の文字列で返します。"""
    # TODO: open the file in binary mode ("rb") and return hashlib.sha256(f.read()).hexdigest()
    # ja: TODO: ファイルをバイナリモード（"rb"）で開き、hashlib.sha256(f.read()).hexdigest() を返す
    return None


with open(SOURCE, newline="", encoding="utf-8") as f:
    source_rows = list(csv.DictReader(f))

kept, rule_report = apply_rules(source_rows)
table = [select_columns(row) for row in kept]

with open("dataset.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)

# TODO: count the empty Lot_Frontage cells of table; write the time-based split plan of the How.
# ja: TODO: table の空の Lot_Frontage のセルを数える。「How」の時系列の分割計画を書く。
datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": None},
    "split": {"method": None},
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=2)

print(f"{len(source_rows):,} sales in {SOURCE}")  # ja: print(f"{SOURCE} の売買：{len(source_rows):,} 件")
for r in rule_report:
    print(f"  - {r['rows_removed']:4d} removed by: {r['rule']}")  # ja: print(f"  - 除外 {r['rows_removed']:4d} 件：{r['rule']}")
print(f"{len(table):,} rows x {len(COLUMNS)} columns written to dataset.csv")  # ja: print(f"dataset.csv に書き出した行と列：{len(table):,} 行 × {len(COLUMNS)} 列")
print(f"sha256: {datasheet['sha256']}")
