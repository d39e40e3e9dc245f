"""The review of analysis_report.json: Ken checks the analysis against what he knows of Ames houses."""  # ja: """analysis_report.json のレビュー：ケンさんが、Ames の家について知っていることと分析を照らし合わせます。"""
import csv
import json
import statistics

FRONTAGE = "Lot_Frontage"
UNKNOWN_FRONTAGE = 0.0  # the lesson's rule: 0 ft means "not recorded"  # ja: UNKNOWN_FRONTAGE = 0.0  # レッスンの決まり：0 ft は「記録されていない」
POOL, NO_POOL = "Pool_QC", "No_Pool"
TOWNHOUSES = {"Twnhs", "TwnhsE"}
SAMPLE_COLUMNS = ["Neighborhood", "Bldg_Type", "Lot_Config", "Lot_Area", "Street", "Lot_Frontage", "Sale_Price"]


def _report(files):
    return json.loads(files["analysis_report.json"])


def _sales():
    with open("data/ames.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _share(rows, test):
    return sum(1 for r in rows if test(r)) / len(rows) if rows else 0.0


def _median(rows, column):
    return statistics.median(float(r[column]) for r in rows)


def _export(rows):
    """What Ken sees when he opens the sales export himself: the 0 ft lots beside the others."""  # ja: """ケンさんが自分で売買データを開いて見るもの：間口 0 ft の敷地とそのほかの敷地。"""
    empty = [r for r in rows if r[FRONTAGE].strip() == ""]
    zero = [r for r in rows if r[FRONTAGE].strip() != "" and float(r[FRONTAGE]) == UNKNOWN_FRONTAGE]
    known = [r for r in rows if r[FRONTAGE].strip() != "" and float(r[FRONTAGE]) != UNKNOWN_FRONTAGE]
    cul_de_sac = [float(r[FRONTAGE]) for r in known if r["Lot_Config"] == "CulDSac"]
    return {
        "sales": len(rows),
        "empty": len(empty),
        "zero": zero,
        "known": known,
        "zeros": len(zero),
        "known_count": len(known),
        "known_mean": statistics.fmean(float(r[FRONTAGE]) for r in known),
        "all_mean": statistics.fmean(float(r[FRONTAGE]) for r in zero + known),
        "smallest": min(float(r[FRONTAGE]) for r in known),
        "cul_de_sac_known": len(cul_de_sac),
        "cul_de_sac_smallest": min(cul_de_sac) if cul_de_sac else None,
        "pools": sum(1 for r in rows if r[POOL] not in ("", NO_POOL)),
    }


def _profile(group):
    return {
        "one_family": _share(group, lambda r: r["Bldg_Type"] == "OneFam"),
        "townhouse": _share(group, lambda r: r["Bldg_Type"] in TOWNHOUSES),
        "area": _median(group, "Lot_Area"),
        "street": _share(group, lambda r: r["Street"] in ("Pave", "Grvl")),
        "cul_de_sac": _share(group, lambda r: r["Lot_Config"] == "CulDSac"),
        "irregular": _share(group, lambda r: r["Lot_Shape"] != "Regular"),
        "price": _median(group, "Sale_Price"),
    }


def _counted_real(report, export):
    """Zero frontages the report takes as real: those beyond what it counts as missing."""  # ja: """レポートが本物として扱う 0 の間口：欠損に数えた分を超える件数。"""
    reported = report.get("missing", {}).get(FRONTAGE, 0)
    return max(0, export["zeros"] + export["empty"] - reported)


def _findings(report, export):
    found = []
    if _counted_real(report, export) > 0:
        found.append("zeros-counted-real")
    if abs(report["lot_frontage_mean"] - export["known_mean"]) > 0.05:
        found.append("mean-pulled-down")
    return found


def _pool_wrong(report, export):
    return abs(report["has_feature"][POOL] - export["pools"] / export["sales"]) > 1e-9


def _what_zero_means(zero, known):
    """Whether the 0 ft lots look like ordinary house lots (so 0 is 'not recorded'), or like lots without frontage of their own."""  # ja: """間口 0 ft の敷地が普通の住宅の敷地に見えるか（それなら 0 は「記録なし」）、自分の間口を持たない敷地に見えるか。"""
    z, k = _profile(zero), _profile(known)
    if z["one_family"] >= 0.5 and z["area"] >= 0.5 * k["area"] and z["street"] >= 0.95:
        return "not-recorded"
    if z["townhouse"] >= 0.5:
        return "shared-lot"
    if z["cul_de_sac"] >= 0.5:
        return "cul-de-sac"
    return "no-street"


def answers(files):
    report = _report(files)
    export = _export(_sales())
    found = _findings(report, export)
    # The decision weighs what Ken can check against the export: the frontage, and the pools.
    # ja: 判断では、ケンさんが売買データで確かめられること（間口とプール）を見ます。
    evidence = found + (["pool-share-wrong"] if _pool_wrong(report, export) else [])
    return {
        "zeros-as-real": {
            "value": _counted_real(report, export),
            "tolerance": 0.5,
            "typical": {
                "reported-missing": report.get("missing", {}).get(FRONTAGE, 0),
                "all-frontages": export["sales"],
                "known-frontages": export["known_count"],
            },
        },
        "findings": {"options": found},
        "what-zero-means": {"option": _what_zero_means(export["zero"], export["known"])},
        "decision": {"option": "send-back", "evidence": evidence} if evidence else {"option": "sign-off", "evidence": ["zeros-missing"]},
        "next": {"option": "ds-recount" if evidence else "architect-recording"},
    }


def facts(files):
    report = _report(files)
    export = _export(_sales())
    sp = report["sale_price"]
    z, k = _profile(export["zero"]), _profile(export["known"])
    garage = [r for a, b, r in report["strong_pairs"] if {a, b} == {"Garage_Cars", "Garage_Area"}]
    return {
        "missing_text": _missing_text(report),
        "sales": export["sales"],
        "zeros": export["zeros"],
        "zero_pct": export["zeros"] / export["sales"] * 100,
        "known_count": export["known_count"],
        "reported_missing": report.get("missing", {}).get(FRONTAGE, 0),
        "counted_real": _counted_real(report, export),
        "report_mean": report["lot_frontage_mean"],
        "known_mean": export["known_mean"],
        "all_mean": export["all_mean"],
        "smallest": export["smallest"],
        "cul_de_sac_known": export["cul_de_sac_known"],
        "cul_de_sac_smallest": export["cul_de_sac_smallest"] or 0.0,
        "pools": export["pools"],
        "pool_pct": report["has_feature"][POOL] * 100,
        "garage_pct": report["has_feature"]["Garage_Type"] * 100,
        "one_family_zero_pct": z["one_family"] * 100,
        "one_family_known_pct": k["one_family"] * 100,
        "townhouse_zero_pct": z["townhouse"] * 100,
        "area_zero": z["area"],
        "area_known": k["area"],
        "street_zero_pct": z["street"] * 100,
        "cul_de_sac_zero_pct": z["cul_de_sac"] * 100,
        "cul_de_sac_known_pct": k["cul_de_sac"] * 100,
        "irregular_zero_pct": z["irregular"] * 100,
        "irregular_known_pct": k["irregular"] * 100,
        "fence_high": sp["fence_high"],
        "outliers_high": sp["outliers_high"],
        "skewness": sp["skewness"],
        "median_price": sp["median"],
        "garage_r": garage[0] if garage else float("nan"),
    }


def _missing_text(report):
    """The report's missing values as a reader says them."""  # ja: """レポートの欠損値を、読み手が言うとおりの形で。"""
    return ", ".join(f"{column}: {count:,}" for column, count in report["missing"].items()) or "none"  # ja: return "、".join(f"{column}：{count:,} 件" for column, count in report["missing"].items()) or "なし"


def _bins(values, width):
    """Counts per bin of `width`, for a small chart (the values stay out of the spec)."""  # ja: """幅 `width` の区間ごとの件数。小さなグラフのためで、値そのものは仕様に入れません。"""
    counts = {}
    for v in values:
        start = v // width * width
        counts[start] = counts.get(start, 0) + 1
    return [{"from": start, "to": start + width, "sales": n} for start, n in sorted(counts.items())]


def _histogram(values, width, title, x_title, y_title, highlight_below=None):
    color = {"value": "#3a6ea5"}
    if highlight_below is not None:
        color = {"condition": {"test": f"datum.to <= {highlight_below}", "value": "#b00020"}, "value": "#3a6ea5"}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": title,
        "width": 420,
        "height": 180,
        "data": {"values": _bins(values, width)},
        "mark": "bar",
        "encoding": {
            "x": {"field": "from", "type": "quantitative", "bin": {"binned": True}, "title": x_title},
            "x2": {"field": "to"},
            "y": {"field": "sales", "type": "quantitative", "title": y_title},
            "color": color,
        },
    }


def view(files):
    report = _report(files)
    rows = _sales()
    export = _export(rows)
    sp = report["sale_price"]
    missing = _missing_text(report)
    heading("The analysis report as it arrived: analysis_report.json")  # ja: heading("届いた分析レポート：analysis_report.json")
    figures(
        [
            ("Sales × columns", f"{report['rows']:,} × {report['columns']}", False),  # ja: ("売買件数 × 列数", f"{report['rows']:,} × {report['columns']}", False),
            ("Missing values (disguised included)", missing, True),  # ja: ("欠損値（偽装を含む）", missing, True),
            ("Average Lot_Frontage", f"{report['lot_frontage_mean']:.1f} ft", True),  # ja: ("Lot_Frontage の平均", f"{report['lot_frontage_mean']:.1f} ft", True),
            ("Median sale price", f"{sp['median']:,.0f} USD", False),  # ja: ("売却価格の中央値", f"{sp['median']:,.0f} USD", False),
            ("Skewness of the price", f"{sp['skewness']:.2f}", False),  # ja: ("価格の歪度", f"{sp['skewness']:.2f}", False),
            ("Sales above the IQR fence", f"{sp['outliers_high']:,} (above {sp['fence_high']:,.0f} USD)", False),  # ja: ("IQR の境界を上回る売買", f"{sp['outliers_high']:,} 件（{sp['fence_high']:,.0f} USD 超）", False),
        ]
    )
    display(
        [[column, f"{share * 100:.1f} %"] for column, share in report["has_feature"].items()],
        headers=["Column", "Share of sales that have it"],  # ja: headers=["列", "その設備がある売買の割合"],
    )
    display(
        [[column, f"{r:+.2f}"] for column, r in report["top_correlations"]],
        headers=["Goes with Sale_Price", "r"],  # ja: headers=["Sale_Price と相関する列", "r"],
    )
    display(
        [[a, b, f"{r:.2f}"] for a, b, r in report["strong_pairs"]],
        headers=["Column", "Near-duplicate of", "r"],  # ja: headers=["列", "ほぼ重複する列", "r"],
    )
    display(_histogram(
        [float(r["Sale_Price"]) for r in rows], 20000,
        "Sale_Price distribution",  # ja: "Sale_Price の分布",
        "Sale price (USD)",  # ja: "売却価格（USD）",
        "Sales",  # ja: "売買件数",
    ))

    heading("Your own look at the sales export: Lot_Frontage")  # ja: heading("あなた自身が売買データで確かめたこと：Lot_Frontage")
    figures(
        [
            ("Sales with Lot_Frontage 0", f"{export['zeros']:,} of {export['sales']:,}", True),  # ja: ("Lot_Frontage が 0 の売買", f"{export['sales']:,} 件中 {export['zeros']:,} 件", True),
            ("Smallest frontage other than 0", f"{export['smallest']:.0f} ft", False),  # ja: ("0 以外で最も短い間口", f"{export['smallest']:.0f} ft", False),
            ("Average over the frontages other than 0", f"{export['known_mean']:.1f} ft", False),  # ja: ("0 以外の間口の平均", f"{export['known_mean']:.1f} ft", False),
        ]
    )
    display(_histogram(
        [float(r[FRONTAGE]) for r in rows if r[FRONTAGE].strip() != ""], 10,
        "Lot_Frontage in the export (the bar at 0 in red)",  # ja: "売買データの Lot_Frontage（0 の棒を赤で表示）",
        "Lot_Frontage (ft)",  # ja: "Lot_Frontage（ft）",
        "Sales",  # ja: "売買件数",
        highlight_below=10,
    ))
    z, k = _profile(export["zero"]), _profile(export["known"])
    display(
        [
            ["Sales", f"{len(export['zero']):,}", f"{len(export['known']):,}"],  # ja: ["売買件数", f"{len(export['zero']):,} 件", f"{len(export['known']):,} 件"],
            ["One-family houses", f"{z['one_family'] * 100:.0f} %", f"{k['one_family'] * 100:.0f} %"],  # ja: ["一戸建て", f"{z['one_family'] * 100:.0f} %", f"{k['one_family'] * 100:.0f} %"],
            ["Townhouses", f"{z['townhouse'] * 100:.0f} %", f"{k['townhouse'] * 100:.0f} %"],  # ja: ["タウンハウス", f"{z['townhouse'] * 100:.0f} %", f"{k['townhouse'] * 100:.0f} %"],
            ["Median lot area", f"{z['area']:,.0f} sq ft", f"{k['area']:,.0f} sq ft"],  # ja: ["敷地面積の中央値", f"{z['area']:,.0f} sq ft", f"{k['area']:,.0f} sq ft"],
            ["Road access recorded (paved or gravel)", f"{z['street'] * 100:.0f} %", f"{k['street'] * 100:.0f} %"],  # ja: ["接道の記録あり（舗装・砂利）", f"{z['street'] * 100:.0f} %", f"{k['street'] * 100:.0f} %"],
            ["On a cul-de-sac", f"{z['cul_de_sac'] * 100:.0f} %", f"{k['cul_de_sac'] * 100:.0f} %"],  # ja: ["袋小路に面する", f"{z['cul_de_sac'] * 100:.0f} %", f"{k['cul_de_sac'] * 100:.0f} %"],
            ["Irregular lot shape", f"{z['irregular'] * 100:.0f} %", f"{k['irregular'] * 100:.0f} %"],  # ja: ["不整形な敷地", f"{z['irregular'] * 100:.0f} %", f"{k['irregular'] * 100:.0f} %"],
            ["Median sale price", f"{z['price']:,.0f} USD", f"{k['price']:,.0f} USD"],  # ja: ["売却価格の中央値", f"{z['price']:,.0f} USD", f"{k['price']:,.0f} USD"],
        ],
        headers=["", "Lot_Frontage 0", "Other sales"],  # ja: headers=["", "Lot_Frontage が 0", "そのほかの売買"],
    )
    display(
        [[r[c] for c in SAMPLE_COLUMNS] for r in export["zero"][:8]],
        headers=SAMPLE_COLUMNS,
    )
