"""The review of business_goal.json: Maya checks the value case before she takes it to finance."""  # ja: """business_goal.json のレビュー：マヤさんが価値の試算を経理部門に持っていく前に確かめます。"""
import json

# Maya's notes from the kickoff (the lesson's table): what the file is checked against.
# ja: キックオフでのマヤさんのメモ（レッスンの表）。ファイルはこれと照らし合わせて確かめます。
KICKOFF = {
    "listings_per_month": 120,
    "hours_by_hand": 3.0,
    "hours_to_review": 0.5,
    "hourly_cost": 45,
    "running_cost_per_month": 1500,
    "development_cost": 60000,
    "horizon_months": 36,
    "tolerance": 0.10,
    "min_share_within_tolerance": 0.5,
}
# Ken's worry in the lesson's Why: weak suggestions make a review take 1.5 hours instead of 0.5.
# ja: レッスンの「なぜ」にあるケンさんの心配：提案が弱いと、確認に 0.5 時間ではなく 1.5 時間かかります。
SLOW_REVIEW_HOURS = 1.5
INPUTS = ["listings_per_month", "hourly_cost", "running_cost_per_month", "development_cost", "horizon_months"]


def _goal(files):
    return json.loads(files["business_goal.json"])


def _monthly(listings, hours_saved, hourly_cost, running_cost):
    return listings * hours_saved * hourly_cost - running_cost


def _payback(monthly, development_cost, months):
    return next((m for m in range(1, months + 1) if -development_cost + monthly * m >= 0), None)


def _close(a, b):
    return abs(a - b) <= 1e-6


def _case(goal):
    """The file's figures beside what the kickoff notes give."""  # ja: """ファイルの数字と、キックオフのメモから導かれる数字を並べます。"""
    k = KICKOFF
    saved_right = k["hours_by_hand"] - k["hours_to_review"]
    right_monthly = _monthly(k["listings_per_month"], saved_right, k["hourly_cost"], k["running_cost_per_month"])
    right_return = -k["development_cost"] + right_monthly * k["horizon_months"]
    right_payback = _payback(right_monthly, k["development_cost"], k["horizon_months"])
    file_return = -goal["development_cost"] + goal["monthly_value"] * goal["horizon_months"]
    # The what-if finance asks, on the file's own inputs: a review of 1.5 hours.
    # ja: 経理部門が聞く「もしも」を、ファイル自身の入力で計算します：確認に 1.5 時間かかる場合。
    slow_saved = k["hours_by_hand"] - SLOW_REVIEW_HOURS
    slow_monthly = _monthly(goal["listings_per_month"], slow_saved, goal["hourly_cost"], goal["running_cost_per_month"])
    before_running = goal["listings_per_month"] * goal["hours_saved_per_listing"] * goal["hourly_cost"]
    return {
        "saved_right": saved_right,
        "right_monthly": right_monthly,
        "right_payback": right_payback,
        "right_return": right_return,
        "file_return": file_return,
        "gap_monthly": goal["monthly_value"] - right_monthly,
        "gap_return": file_return - right_return,
        "before_running": before_running,
        "file_payback_follows": _payback(goal["monthly_value"], goal["development_cost"], goal["horizon_months"]),
        "slow_saved": slow_saved,
        "slow_monthly": slow_monthly,
        "slow_payback": _payback(slow_monthly, goal["development_cost"], goal["horizon_months"]),
        # The wrong intuition: the payback stretches as much as the review does.
        # ja: よくある誤った直感：確認時間が延びた分だけ回収も延びる。
        "slow_ratio": SLOW_REVIEW_HOURS / k["hours_to_review"],
        "scaled_payback": round(SLOW_REVIEW_HOURS / k["hours_to_review"] * right_payback),
    }


def _findings(goal, case):
    k = KICKOFF
    found = []
    if _close(goal["hours_saved_per_listing"], k["hours_by_hand"]):
        found.append("review-counted-as-saved")
    if goal["running_cost_per_month"] > 0 and _close(goal["monthly_value"], case["before_running"]):
        found.append("running-cost-left-out")
    if goal["payback_month"] != case["file_payback_follows"]:
        found.append("payback-does-not-follow")
    if any(not _close(goal[key], k[key]) for key in INPUTS):
        found.append("input-differs")
    if not (_close(goal["tolerance"], k["tolerance"]) and _close(goal["min_share_within_tolerance"], k["min_share_within_tolerance"])):
        found.append("goal-differs")
    return found


def answers(files):
    goal = _goal(files)
    case = _case(goal)
    found = _findings(goal, case)
    flawed = bool(found) or not _close(case["gap_return"], 0)
    evidence = []
    if "review-counted-as-saved" in found:
        evidence.append("review-counted-as-saved")
    if not _close(case["gap_return"], 0):
        evidence.append("horizon-gap")
    if slow := case["slow_payback"]:
        what_if = "in-proportion" if slow == case["scaled_payback"] else "pays-later"
    else:
        what_if = "never"
    return {
        "findings": {"options": found},
        "overstated-return": {
            "value": case["gap_return"],
            "tolerance": 1,
            "typical": {
                "monthly-gap": case["gap_monthly"],
                "file-return": case["file_return"],
                "right-return": case["right_return"],
                "running-cost": goal["running_cost_per_month"] * goal["horizon_months"],
            },
        },
        "slow-review": {"option": what_if},
        "decision": {"option": "send-back", "evidence": evidence or ["inputs-match"]} if flawed else {"option": "present-as-is", "evidence": ["inputs-match"]},
        "next": {"option": "ds-fix" if flawed else "ken-confirm"},
    }


def facts(files):
    goal = _goal(files)
    case = _case(goal)
    k = KICKOFF
    return {
        "stated": goal["monthly_value"],
        "payback": goal["payback_month"],
        "horizon": goal["horizon_months"],
        "hours_file": goal["hours_saved_per_listing"],
        "listings": goal["listings_per_month"],
        "hourly": goal["hourly_cost"],
        "running": goal["running_cost_per_month"],
        "development": goal["development_cost"],
        "hand": k["hours_by_hand"],
        "review": k["hours_to_review"],
        "review_minutes": round(k["hours_to_review"] * 60),
        "tolerance": goal["tolerance"],
        "min_share": goal["min_share_within_tolerance"],
        "tolerance_pct": goal["tolerance"] * 100,
        "min_share_pct": goal["min_share_within_tolerance"] * 100,
        "running_horizon": goal["running_cost_per_month"] * goal["horizon_months"],
        "review_value": k["listings_per_month"] * k["hours_to_review"] * k["hourly_cost"],
        "slow_review": SLOW_REVIEW_HOURS,
        **case,
    }


def view(files):
    goal = _goal(files)
    case = _case(goal)
    heading("The value case as it arrived: business_goal.json")  # ja: heading("届いた価値の試算：business_goal.json")
    figures(
        [
            ("Monthly value", f"{goal['monthly_value']:,.0f} USD", True),  # ja: ("月間価値", f"{goal['monthly_value']:,.0f} USD", True),
            ("Payback month", f"month {goal['payback_month']}", False),  # ja: ("回収月", f"{goal['payback_month']} か月目", False),
            (f"Return after {goal['horizon_months']} months", f"{case['file_return']:,.0f} USD", True),  # ja: (f"{goal['horizon_months']} か月後の累積リターン", f"{case['file_return']:,.0f} USD", True),
        ]
    )
    # Every key as the file holds it (3.0 stays 3.0), the problem sentence first.
    # ja: ファイルのとおりのキーと値（3.0 は 3.0 のまま）。問題文が先頭です。
    display(
        [[key, value if isinstance(value, str) else json.dumps(value)] for key, value in goal.items()],
        headers=["key", "value"],
    )
    display({
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Cumulative return by the file's figures (USD)",  # ja: "title": "ファイルの数字による累積リターン（USD）",
        "width": 420,
        "height": 180,
        "data": {"values": [{"month": m, "return": -goal["development_cost"] + goal["monthly_value"] * m} for m in range(1, goal["horizon_months"] + 1)]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": "Month"},  # ja: "x": {"field": "month", "type": "ordinal", "title": "月"},
            "y": {"field": "return", "type": "quantitative", "title": "USD"},
            "color": {"condition": {"test": "datum.return >= 0", "value": "#0f6b2f"}, "value": "#b00020"},
        },
    })
    k = KICKOFF
    heading("Your notes from the kickoff")  # ja: heading("キックオフでのあなたのメモ")
    display(
        [
            ["New listings a month", f"{k['listings_per_month']}", "Maya (product manager)"],  # ja: ["月あたりの新規物件数", f"{k['listings_per_month']} 件", "マヤさん（プロダクトマネージャー）"],
            ["Pricing a listing by hand", f"{k['hours_by_hand']} hours", "Ken (senior appraiser)"],  # ja: ["手作業で 1 件を査定する時間", f"{k['hours_by_hand']} 時間", "ケンさん（ベテラン査定担当者）"],
            ["Reviewing a suggested price", f"{k['hours_to_review']} hours", "Ken and his appraisers"],  # ja: ["提案価格を確認する時間", f"{k['hours_to_review']} 時間", "ケンさんと査定チーム"],
            ["Cost of an appraiser hour", f"{k['hourly_cost']} USD", "Maya, from finance"],  # ja: ["査定担当者 1 時間あたりのコスト", f"{k['hourly_cost']} USD", "マヤさん（経理部門に確認）"],
            ["Running the model", f"{k['running_cost_per_month']:,} USD a month", "System admin"],  # ja: ["モデルの運用費", f"月 {k['running_cost_per_month']:,} USD", "システム管理者"],
            ["Developing the model", f"{k['development_cost']:,} USD", "Maya, with the system admin and IT auditor"],  # ja: ["モデルの開発費", f"{k['development_cost']:,} USD", "マヤさん（システム管理者・IT監督者と相談）"],
            ["Horizon", f"{k['horizon_months']} months", "Maya"],  # ja: ["評価期間", f"{k['horizon_months']} か月", "マヤさん"],
            ["Goal", f"within ±{k['tolerance'] * 100:.0f} % for at least {k['min_share_within_tolerance'] * 100:.0f} % of listings", "Maya and Ken"],  # ja: ["目標", f"物件の {k['min_share_within_tolerance'] * 100:.0f} % 以上で ±{k['tolerance'] * 100:.0f} % 以内", "マヤさんとケンさん"],
        ],
        headers=["Input", "Value", "Owner"],  # ja: headers=["入力", "値", "持ち主"],
    )
