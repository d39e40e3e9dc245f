# The payback month as the position of the first non-negative total in the list of returns,
# with the goal's fractions written as percentages divided by 100 and the file written in a
# function.
import json

PERCENT = 100


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    gross = 0
    for _ in range(int(listings_per_month)):
        gross += hours_saved_per_listing * hourly_cost
    gross += (listings_per_month - int(listings_per_month)) * hours_saved_per_listing * hourly_cost
    return gross - running_cost_per_month


def cumulative_returns(monthly, development_cost, months):
    return [-development_cost + monthly * (index + 1) for index in range(months)]


def payback_month(monthly, development_cost, months=36):
    returns = cumulative_returns(monthly, development_cost, months)
    paid = [total >= 0 for total in returns]
    if True not in paid:
        return None
    return paid.index(True) + 1


def write_goal(path):
    value = monthly_value(120, 2.5, 45, 1500)
    goal = {
        "problem": "As an appraiser I would like the system to propose a price for each listing, so I only check it.",
        "listings_per_month": 120, "hours_saved_per_listing": 2.5, "hourly_cost": 45,
        "running_cost_per_month": 1500, "development_cost": 60000, "horizon_months": 36,
        "monthly_value": value, "payback_month": payback_month(value, 60000),
        "tolerance": 10 / PERCENT, "min_share_within_tolerance": 50 / PERCENT,
    }
    with open(path, "w") as f:
        json.dump(goal, f, sort_keys=True)
    return goal


print(write_goal("business_goal.json"))
