"""The review of preprocessor.json: Ken, the senior appraiser, checks what the statistics were learned from.

He does not read the code. He compares the fitted file with the plan in the datasheet and with
the houses he knows: how many sales the statistics were fitted on, against the training sales of
the plan counted in dataset.csv; the latest build and remodel years the file allows, against the
latest among the training sales; the stand-in frontage, against zero; the neighbourhoods, against
those in the training sales.
"""
import csv
import io
import json
import re
import statistics


def _plan_year(split_text):
    """The last training year of the plan, e.g. 2009 from "Year_Sold <= 2009"."""
    return int(re.search(r"(\d{4})", split_text).group(1))


def _check(files):
    pre = json.loads(files["preprocessor.json"])
    with open("datasheet.json", encoding="utf-8") as f:
        sheet = json.load(f)
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    last_train_year = _plan_year(sheet["split"]["train"])
    train = [r for r in rows if int(r["Year_Sold"]) <= last_train_year]
    test = [r for r in rows if int(r["Year_Sold"]) > last_train_year]

    def train_max(col):
        return max(float(r[col]) for r in train if r[col] != "")

    numeric = pre["numeric"]
    beyond = [col for col, s in numeric.items() if col in train[0] and s["max"] > train_max(col)]
    known_front = [float(r["Lot_Frontage"]) for r in train if r["Lot_Frontage"] != ""]
    unseen = {
        col: [v for v in values if v not in {r[col] for r in train}]
        for col, values in pre["categorical"].items()
    }
    return {
        "pre": pre,
        "sheet": sheet,
        "rows": rows,
        "train": train,
        "test": test,
        "last_train_year": last_train_year,
        "fitted_rows": int(pre["fitted_on"]["rows"]),
        "beyond": beyond,
        "yb_max": numeric["Year_Built"]["max"],
        "yb_train_max": train_max("Year_Built"),
        "yr_max": numeric["Year_Remod_Add"]["max"],
        "yr_train_max": train_max("Year_Remod_Add"),
        "frontage": numeric["Lot_Frontage"]["median"],
        "frontage_mean": numeric["Lot_Frontage"]["mean"],
        "frontage_train_median": statistics.median(known_front),
        "unseen": [v for values in unseen.values() for v in values],
        "n_neigh": len(pre["categorical"]["Neighborhood"]),
        "n_neigh_train": len({r["Neighborhood"] for r in train}),
    }


def _findings(c):
    found = []
    if c["fitted_rows"] != len(c["train"]):
        found.append("fitted-on-all-rows")
    if c["beyond"]:
        found.append("range-reaches-test-years")
    if c["frontage"] == 0:
        found.append("frontage-imputed-zero")
    if c["unseen"]:
        found.append("categories-from-test")
    return found


def answers(files):
    c = _check(files)
    found = _findings(c)
    leaked = bool({"fitted-on-all-rows", "range-reaches-test-years", "categories-from-test"} & set(found))
    if found:
        evidence = []
        if "fitted-on-all-rows" in found:
            evidence.append("rows-exceed-plan")
        if "range-reaches-test-years" in found:
            evidence.append("range-beyond-training")
        decision = {"option": "send-back", "evidence": evidence}
    else:
        decision = {"option": "accept", "evidence": ["rows-match-plan", "range-within-training"]}
    return {
        "stand-in": {
            "value": c["frontage"],
            "tolerance": 0.05,
            "typical": {"zero": 0, "mean": round(c["frontage_mean"], 2)},
        },
        "against-plan": {"options": found},
        "test-sales": {"option": "learned-from" if leaked else "kept-out"},
        "go": decision,
        # A flawed fit goes back to its owner, the data scientist; a sound one leaves Ken's own
        # open question from lesson 04's communication exercise: the stand-in for townhouses.
        "next": {"option": "ds-refit" if found else "ken-townhouses"},
    }


def facts(files):
    c = _check(files)
    return {
        "fitted_rows": c["fitted_rows"],
        "planned_rows": len(c["train"]),
        "test_rows": len(c["test"]),
        "all_rows": len(c["rows"]),
        "extra_rows": c["fitted_rows"] - len(c["train"]),
        "last_train_year": c["last_train_year"],
        "test_year": c["last_train_year"] + 1,
        "split": c["sheet"]["split"]["train"],
        "yb_max": int(c["yb_max"]),
        "yb_train_max": int(c["yb_train_max"]),
        "yr_max": int(c["yr_max"]),
        "yr_train_max": int(c["yr_train_max"]),
        "frontage": c["frontage"],
        "frontage_mean": c["frontage_mean"],
        "frontage_train_median": c["frontage_train_median"],
        "n_neigh": c["n_neigh"],
        "n_neigh_train": c["n_neigh_train"],
    }


def view(files):
    c = _check(files)
    pre = c["pre"]
    rows_flag = c["fitted_rows"] != len(c["train"])
    heading("preprocessor.json, as the data scientist sent it")  # ja: heading("データサイエンティストから届いた preprocessor.json")
    figures(
        [
            ("Fitted on (stated split)", pre["fitted_on"]["split"], False),  # ja: ("当てはめた対象（記載された分割）", pre["fitted_on"]["split"], False),
            ("Rows fitted on", f"{c['fitted_rows']:,}", True),  # ja: ("当てはめた行数", f"{c['fitted_rows']:,} 行", True),
            ("Latest Year_Built allowed", f"{int(c['yb_max'])}", True),  # ja: ("Year_Built の最大値", f"{int(c['yb_max'])} 年", True),
            ("Latest Year_Remod_Add allowed", f"{int(c['yr_max'])}", False),  # ja: ("Year_Remod_Add の最大値", f"{int(c['yr_max'])} 年", False),
            ("Stand-in for an unknown Lot_Frontage", f"{c['frontage']:g} ft", True),  # ja: ("不明な Lot_Frontage の代わりの値", f"{c['frontage']:g} フィート", True),
            ("Neighbourhoods", str(c["n_neigh"]), False),  # ja: ("地区の数", str(c["n_neigh"]), False),
            ("Features", str(len(pre["features"])), False),  # ja: ("特徴量の数", str(len(pre["features"])), False),
        ]
    )
    heading("The fitted statistics of the numeric columns")  # ja: heading("数値の列に当てはめた統計量")
    display(
        [
            {"column": col, "median": round(s["median"], 2), "mean": round(s["mean"], 2), "std": round(s["std"], 2), "min": s["min"], "max": s["max"]}  # ja: {"列": col, "中央値": round(s["median"], 2), "平均": round(s["mean"], 2), "標準偏差": round(s["std"], 2), "最小": s["min"], "最大": s["max"]}
            for col, s in pre["numeric"].items()
        ]
    )
    heading("Your own check on dataset.csv, by the datasheet's plan")  # ja: heading("データシートの計画に沿って dataset.csv をあなた自身が確かめた結果")
    figures(
        [
            ("Training sales by the plan (" + c["sheet"]["split"]["train"] + ")", f"{len(c['train']):,}", rows_flag),  # ja: ("計画どおりの学習データ（" + c["sheet"]["split"]["train"] + "）", f"{len(c['train']):,} 件", rows_flag),
            ("Test sales (" + c["sheet"]["split"]["test"] + ")", f"{len(c['test']):,}", False),  # ja: ("テストデータ（" + c["sheet"]["split"]["test"] + "）", f"{len(c['test']):,} 件", False),
            ("Latest Year_Built among the training sales", f"{int(c['yb_train_max'])}", False),  # ja: ("学習データの Year_Built の最大値", f"{int(c['yb_train_max'])} 年", False),
            ("Latest Year_Remod_Add among the training sales", f"{int(c['yr_train_max'])}", False),  # ja: ("学習データの Year_Remod_Add の最大値", f"{int(c['yr_train_max'])} 年", False),
            ("Neighbourhoods among the training sales", str(c["n_neigh_train"]), False),  # ja: ("学習データの地区の数", str(c["n_neigh_train"]), False),
        ]
    )
