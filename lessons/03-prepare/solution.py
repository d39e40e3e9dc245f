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

# The domain expert's scope rules, applied in this order: (description, keep-this-row test).
# ja: 業務有識者が決めたスコープの規則です。この順に適用します：(説明, 残す行の判定)。
RULES = [
    ('Sale_Condition == "Normal" (only normal market sales)',  # ja: ('Sale_Condition == "Normal"（通常の市場での売買だけ）',
     lambda row: row["Sale_Condition"] == "Normal"),
    ("MS_Zoning is residential (drops C_all, I_all, A_agr)",  # ja: ("MS_Zoning が住宅地（C_all、I_all、A_agr を除く）",
     lambda row: row["MS_Zoning"] in RESIDENTIAL),
    ("Gr_Liv_Area <= 4000 (very large houses are priced by a specialist)",  # ja: ("Gr_Liv_Area <= 4000（非常に大きな家は専門の担当者が査定する）",
     lambda row: float(row["Gr_Liv_Area"]) <= 4000),
]


def apply_rules(rows):
    """Apply RULES in order; return (kept rows, [{"rule", "rows_removed"}, ...])."""  # ja: """RULES を順に適用し、(残った行, [{"rule", "rows_removed"}, ...]) を返します。"""
    report = []
    for text, keep in RULES:
        kept = [row for row in rows if keep(row)]
        report.append({"rule": text, "rows_removed": len(rows) - len(kept)})
        rows = kept
    return rows, report


def select_columns(row):
    """The 17 kept columns, in order; a Lot_Frontage of 0 means unknown and becomes empty."""  # ja: """残す 17 列の値を順に返します。Lot_Frontage の 0 は不明を意味するので、空にします。"""
    out = [row[name] for name in COLUMNS]
    i = COLUMNS.index("Lot_Frontage")
    if float(out[i]) == 0:
        out[i] = ""
    return out


def sha256_of_file(path):
    """The SHA-256 of the bytes on disk: exactly what the next lessons will read."""  # ja: """ディスク上のバイト列の SHA-256 です。次のレッスンが読むものそのものです。"""
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
# ja: ファイルを書き出して閉じた後で、ディスク上のバイト列からハッシュを計算します。
datasheet = {
    "source": SOURCE,
    "rows": len(table),
    "columns": COLUMNS,
    "rules": rule_report,
    "missing": {"Lot_Frontage": sum(1 for r in table if r[COLUMNS.index("Lot_Frontage")] == "")},
    "split": {"method": "time", "column": "Year_Sold",
              "train": "Year_Sold <= 2009", "test": "Year_Sold == 2010"},
    "sha256": sha256_of_file("dataset.csv"),
}
with open("datasheet.json", "w", encoding="utf-8") as f:
    json.dump(datasheet, f, indent=2)

print(f"{len(source_rows):,} sales in {SOURCE}")  # ja: print(f"{SOURCE} の売買：{len(source_rows):,} 件")
for r in rule_report:
    print(f"  - {r['rows_removed']:4d} removed by: {r['rule']}")  # ja: print(f"  - 除外 {r['rows_removed']:4d} 件：{r['rule']}")
print(f"{len(table):,} rows x {len(COLUMNS)} columns written to dataset.csv")  # ja: print(f"dataset.csv に書き出した行と列：{len(table):,} 行 × {len(COLUMNS)} 列")
print(f"Lot_Frontage unknown (empty): {datasheet['missing']['Lot_Frontage']}")  # ja: print(f"Lot_Frontage が不明（空）：{datasheet['missing']['Lot_Frontage']} 件")
train = sum(1 for r in table if int(r[0]) <= 2009)
print(f"Split plan (time): train {train:,} rows (2006-2009), test {len(table) - train} rows (2010)")  # ja: print(f"分割計画（時系列）：学習データ {train:,} 行（2006〜2009 年）、テストデータ {len(table) - train} 行（2010 年）")
print(f"sha256: {datasheet['sha256']}")
