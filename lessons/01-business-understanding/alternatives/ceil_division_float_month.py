# The payback month by division, rounded up, with every case the task names handled first; it
# returns the month as a float (5.0 is still month 5), which also lands in the goal file.
import json
import math

HOURS_SAVED = 3.0 - 0.5


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    return float(listings_per_month) * hours_saved_per_listing * hourly_cost - running_cost_per_month


def cumulative_returns(monthly, development_cost, months):
    return [monthly * m - development_cost for m in range(1, months + 1)]


def payback_month(monthly, development_cost, months=36):
    if development_cost <= 0:
        return 1.0 if monthly >= 0 else None
    if monthly <= 0:
        return None
    month = max(1, math.ceil(development_cost / monthly))
    return float(month) if month <= months else None


monthly = monthly_value(120, HOURS_SAVED, 45, 1500)
goal = dict(
    problem="Appraisers at Prairie Realty need a suggested price per listing, cutting three hours of work to a half-hour review.",
    listings_per_month=120, hours_saved_per_listing=HOURS_SAVED, hourly_cost=45,
    running_cost_per_month=1500, development_cost=60000, horizon_months=36,
    monthly_value=monthly, payback_month=payback_month(monthly, 60000),
    tolerance=10 / 100, min_share_within_tolerance=1 / 2,
)
with open("business_goal.json", "w", encoding="utf-8") as f:
    f.write(json.dumps(goal, indent=4))
print(json.dumps(goal, indent=4))
