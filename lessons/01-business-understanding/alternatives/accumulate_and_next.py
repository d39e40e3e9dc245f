# itertools.accumulate for the running total and next() for the first month paid back.
import itertools
import json


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    hours = listings_per_month * hours_saved_per_listing
    return hours * hourly_cost - running_cost_per_month


def cumulative_returns(monthly, development_cost, months):
    return list(itertools.accumulate([monthly] * months, initial=-development_cost))[1:]


def payback_month(monthly, development_cost, months=36):
    totals = cumulative_returns(monthly, development_cost, months)
    return next((i + 1 for i, total in enumerate(totals) if total >= 0), None)


inputs = {
    "listings_per_month": 120,
    "hours_saved_per_listing": 3.0 - 0.5,
    "hourly_cost": 45,
    "running_cost_per_month": 1500,
    "development_cost": 60000,
    "horizon_months": 36,
}
value = monthly_value(inputs["listings_per_month"], inputs["hours_saved_per_listing"],
                      inputs["hourly_cost"], inputs["running_cost_per_month"])
goal = {
    "problem": "Pricing a new listing takes an appraiser three hours; a suggested price would turn that into a short review.",
    **inputs,
    "monthly_value": value,
    "payback_month": payback_month(value, inputs["development_cost"], inputs["horizon_months"]),
    "tolerance": 0.10,
    "min_share_within_tolerance": 0.5,
}
for key, val in goal.items():
    print(f"{key:>28}: {val}")
with open("business_goal.json", "w") as out:
    json.dump(goal, out)
