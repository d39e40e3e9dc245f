"""The review of test_report.json: Maya decides whether the model goes live, and on what terms."""
import json


def _report(files):
    return json.loads(files["test_report.json"])


def _judged(report):
    """What the report's own figures say, recomputed from its metrics and the business goal."""
    goal = report["business_goal"]["min_share_within_tolerance"]
    overall_meets = report["overall"]["share_within_tolerance"] >= goal
    failing = sorted(name for name, m in report["slices"].items() if m["share_within_tolerance"] < goal)
    decision = "no-go" if not overall_meets else ("go-with-conditions" if failing else "go")
    worst = min(report["slices"].items(), key=lambda item: item[1]["share_within_tolerance"])
    return goal, overall_meets, failing, decision, worst


def _place(name):
    """neighborhood=South_and_West_of_Iowa_State_University -> South and West of Iowa State University."""
    return name.split("=", 1)[-1].replace("_", " ")


def answers(files):
    report = _report(files)
    goal, overall_meets, failing, decision, worst = _judged(report)
    # The report writes "go with conditions"; the options' ids are words joined by hyphens.
    stated = str(report.get("decision", "")).strip().lower().replace(" ", "-")
    findings = []
    if stated != decision:
        findings.append("decision-contradicts-slices" if failing and stated == "go" else "decision-wrong")
    if decision == "go-with-conditions" and not report.get("conditions"):
        findings.append("no-conditions")
    if "not_evaluated" not in report:
        findings.append("small-slices-hidden")
    evidence = {"go": ["overall-meets", "all-slices-meet"], "go-with-conditions": ["overall-meets", "slice-misses"], "no-go": ["overall-misses"]}
    return {
        "worst-share": {
            "value": round(worst[1]["share_within_tolerance"] * 100, 1),
            "tolerance": 0.5,
            "typical": {"overall": round(report["overall"]["share_within_tolerance"] * 100, 1), "goal": round(goal * 100, 1)},
        },
        "findings": {"options": findings},
        "meaning": {"option": "by-hand-there"},
        "decision": {"option": decision, "evidence": evidence[decision]},
        "next": {"option": "ds-correct" if findings else "ken-by-hand"},
    }


def facts(files):
    report = _report(files)
    goal, _overall_meets, failing, decision, worst = _judged(report)
    labels = {"go": "go", "go-with-conditions": "go with conditions", "no-go": "no-go"}
    return {
        "overall": report["overall"]["share_within_tolerance"],
        "goal": goal,
        "rows": report["overall"]["rows"],
        "worst": _place(worst[0]),
        "worst_share": worst[1]["share_within_tolerance"],
        "worst_rows": worst[1]["rows"],
        "failing": ", ".join(_place(name) for name in failing) or "none",
        "failing_count": len(failing),
        "stated": report.get("decision"),
        "right": labels[decision],
        "not_evaluated": len(report.get("not_evaluated", {})),
    }


def view(files):
    report = _report(files)
    goal = report["business_goal"]["min_share_within_tolerance"]
    overall = report["overall"]
    heading("The test report as it arrived")  # ja: heading("届いたテストレポート")
    figures(
        [
            ("Decision stated", report.get("decision"), True),  # ja: ("レポートの判断", report.get("decision"), True),
            ("Within ±10 %, overall", f"{overall['share_within_tolerance']:.1%}", True),  # ja: ("±10 % 以内の割合（全体）", f"{overall['share_within_tolerance']:.1%}", True),
            ("Goal", f"at least {goal:.0%}", False),  # ja: ("目標", f"{goal:.0%} 以上", False),
            ("Test sales (2010)", f"{overall['rows']:,}", False),  # ja: ("テストの売買（2010 年）", f"{overall['rows']:,} 件", False),
            ("Failing slices listed", str(len(report.get("failing_slices", []))), False),  # ja: ("目標に届かないスライス（レポート記載）", f"{len(report.get('failing_slices', []))} 件", False),
        ]
    )
    rows = sorted(report["slices"].items(), key=lambda item: item[1]["share_within_tolerance"])
    heading("Every slice, the weakest first")  # ja: heading("スライスごとの結果（低い順）")
    display(
        [
            # lang: en
            {"slice": _place(name) if name.startswith("neighborhood=") else name, "test sales": m["rows"],
             "within ±10 %": f"{m['share_within_tolerance']:.1%}", "meets the goal": "yes" if m["share_within_tolerance"] >= goal else "NO"}
            # lang: ja
            # {"スライス": _place(name) if name.startswith("neighborhood=") else name, "テストの売買": m["rows"],
            #  "±10 % 以内": f"{m['share_within_tolerance']:.1%}", "目標を満たす": "はい" if m["share_within_tolerance"] >= goal else "いいえ"}
            # lang: end
            for name, m in rows
        ]
    )
    values = [{"slice": _place(name) if name.startswith("neighborhood=") else name, "share": round(m["share_within_tolerance"], 3)} for name, m in rows]
    display(
        {
            "title": "Share within ±10 % by slice (the line is the goal)",  # ja: "title": "スライスごとの ±10 % 以内の割合（線は目標）",
            "width": 480,
            "layer": [
                {
                    "data": {"values": values},
                    "mark": "bar",
                    "encoding": {
                        "y": {"field": "slice", "type": "nominal", "sort": None, "title": None},
                        "x": {"field": "share", "type": "quantitative", "axis": {"format": "%"}, "title": "within ±10 %"},  # ja: "x": {"field": "share", "type": "quantitative", "axis": {"format": "%"}, "title": "±10 % 以内"},
                        "color": {"condition": {"test": f"datum.share < {goal}", "value": "#b3261e"}, "value": "#3b6ea8"},
                    },
                },
                {"data": {"values": [{"goal": goal}]}, "mark": {"type": "rule", "strokeDash": [4, 3]}, "encoding": {"x": {"field": "goal", "type": "quantitative"}}},
            ],
        }
    )
    heading("Conditions written in the report")  # ja: heading("レポートに書かれた条件")
    display([{"condition": c} for c in report.get("conditions", [])] or [{"condition": "none"}])  # ja: display([{"条件": c} for c in report.get("conditions", [])] or [{"条件": "なし"}])
