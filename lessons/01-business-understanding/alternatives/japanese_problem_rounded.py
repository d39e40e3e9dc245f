# 日本語で課題を書き、金額を小数 2 桁に丸める学習者（丸めても 12,000 は 12,000 のまま）。
import json


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    return round(listings_per_month * hours_saved_per_listing * hourly_cost - running_cost_per_month, 2)


def cumulative_returns(monthly, development_cost, months):
    result = []
    for m in range(1, months + 1):
        result.append(round(monthly * m - development_cost, 2))
    return result


def payback_month(monthly, development_cost, months=36):
    for m, total in zip(range(1, months + 1), cumulative_returns(monthly, development_cost, months)):
        if total >= 0:
            return m
    return None


goal = {}
goal["problem"] = "査定担当者として、新しい物件ごとに売却価格の提案がほしい。そうすれば 3 時間の査定が 30 分の確認で済む。"
goal.update(listings_per_month=120, hours_saved_per_listing=2.5, hourly_cost=45)
goal.update(running_cost_per_month=1500, development_cost=60000, horizon_months=36)
goal["monthly_value"] = monthly_value(120, 2.5, 45, 1500)
goal["payback_month"] = payback_month(goal["monthly_value"], 60000, 36)
goal["tolerance"] = 0.10
goal["min_share_within_tolerance"] = 0.5
with open("business_goal.json", "w", encoding="utf-8") as f:
    json.dump(goal, f, ensure_ascii=False, indent=2)
print(goal)
