"""The review of business_goal.json: Maya checks the value case before she takes it to finance."""
import json


def _goal(files):
    return json.loads(files["business_goal.json"])


def _recomputed(goal):
    """The monthly value and payback month the goal's own inputs give."""
    monthly = goal["listings_per_month"] * goal["hours_saved_per_listing"] * goal["hourly_cost"] - goal["running_cost_per_month"]
    payback = next(
        (m for m in range(1, goal["horizon_months"] + 1) if -goal["development_cost"] + monthly * m >= 0),
        None,
    )
    return monthly, payback


def answers(files):
    goal = _goal(files)
    monthly, payback = _recomputed(goal)
    findings = []
    if abs(goal["monthly_value"] - monthly) > 0.5:
        findings.append("value-without-running-cost" if abs(goal["monthly_value"] - monthly - goal["running_cost_per_month"]) <= 0.5 else "value-wrong")
    if goal["payback_month"] != payback:
        findings.append("payback-wrong")
    return {
        "stated-value": {"value": goal["monthly_value"], "tolerance": 0.5, "typical": {"recomputed": monthly}},
        "findings": {"options": findings},
        "decision": {"option": "send-back" if findings else "accept", "evidence": ["value-differs"] if findings else ["value-agrees"]},
        "next": {"option": "ds-fix" if findings else "finance-share"},
    }


def facts(files):
    goal = _goal(files)
    monthly, payback = _recomputed(goal)
    return {"stated": goal["monthly_value"], "monthly": monthly, "running": goal["running_cost_per_month"], "payback": payback}


def view(files):
    goal = _goal(files)
    heading("The value case as it arrived")  # ja: heading("届いた価値の試算")
    figures(
        [
            ("Monthly value", f"{goal['monthly_value']:,.0f} USD", True),  # ja: ("月間価値", f"{goal['monthly_value']:,.0f} USD", True),
            ("Payback month", str(goal["payback_month"]), True),  # ja: ("回収月", str(goal["payback_month"]), True),
            ("Running cost a month", f"{goal['running_cost_per_month']:,.0f} USD", False),  # ja: ("月々の運用コスト", f"{goal['running_cost_per_month']:,.0f} USD", False),
        ]
    )
    display([{"key": k, "value": v} for k, v in goal.items() if k != "problem"])
