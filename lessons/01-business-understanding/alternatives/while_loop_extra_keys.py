# A while loop for the payback month, a running total for the returns, integers where the
# numbers are whole, and extra keys in the goal file (the task does not forbid them).
import json


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    time_saved_usd = listings_per_month * hours_saved_per_listing * hourly_cost
    return time_saved_usd - running_cost_per_month


def cumulative_returns(monthly, development_cost, months):
    totals = []
    running_total = -development_cost
    for _ in range(months):
        running_total += monthly
        totals.append(running_total)
    return totals


def payback_month(monthly, development_cost, months=36):
    month = 1
    while month <= months:
        if -development_cost + monthly * month >= 0:
            return month
        month += 1
    return None


value = monthly_value(120, 3.0 - 0.5, 45, 1500)
paid_back = payback_month(value, 60000, 36)
print("value per month", value)
print("paid back in month", paid_back)
print("last month's total", cumulative_returns(value, 60000, 36)[-1])

with open("business_goal.json", "w") as f:
    json.dump({
        "problem": "Appraisers want a suggested price for each new listing so they review instead of pricing from scratch.",
        "listings_per_month": 120,
        "hours_saved_per_listing": 2.5,
        "hourly_cost": 45,
        "running_cost_per_month": 1500,
        "development_cost": 60000,
        "horizon_months": 36,
        "monthly_value": value,
        "payback_month": paid_back,
        "tolerance": 0.1,
        "min_share_within_tolerance": 0.50,
        "currency": "USD",
        "notes": "Estimates from the kickoff; to be confirmed with Ken and the system admin.",
    }, f)
