import json


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    """USD the model earns in one month: appraiser time saved, minus what it costs to run."""  # ja: """モデルが 1 か月に生む価値（USD）：削減できた査定時間の金額から運用費を引いたもの。"""
    # TODO: return the time saved in USD minus the running cost
    # ja: TODO: 削減できた時間の金額（USD）から運用費を引いた値を返す
    return None


def cumulative_returns(monthly, development_cost, months):
    """Cumulative return at the end of months 1..months; month m: -development_cost + monthly * m."""  # ja: """1〜months か月目の終わりの累積リターン。m か月目は -development_cost + monthly * m。"""
    # TODO: return a list of `months` numbers
    # ja: TODO: `months` 個の数値のリストを返す
    return []


def payback_month(monthly, development_cost, months=36):
    """First month (1-based) whose cumulative return is >= 0, or None if that never happens."""  # ja: """累積リターンが初めて 0 以上になる月（1 から数える）。そうならなければ None。"""
    # TODO: the first month whose cumulative return is 0 or more; None if there is none
    # ja: TODO: 累積リターンが初めて 0 以上になる月を返す。そんな月がなければ None
    return None


def chart_returns(returns):
    """Bar chart of the cumulative return per month: red while the investment is not paid back."""  # ja: """月ごとの累積リターンの棒グラフ。投資を回収するまでは赤で表示します。"""
    display({
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": "Cumulative return (USD)",  # ja: "title": "累積リターン（USD）",
        "width": 480,
        "data": {"values": [{"month": m, "return": r} for m, r in enumerate(returns, start=1)]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": "Month"},  # ja: "x": {"field": "month", "type": "ordinal", "title": "月"},
            "y": {"field": "return", "type": "quantitative", "title": "USD"},
            "color": {"condition": {"test": "datum.return >= 0", "value": "#0f6b2f"}, "value": "#b00020"},
        },
    })


# The numbers agreed at the kickoff, with the role that owns each one.
# ja: キックオフで合意した数字と、それぞれの数字の持ち主です。
LISTINGS_PER_MONTH = 120        # Maya (product manager): new listings a month  # ja: LISTINGS_PER_MONTH = 120        # マヤさん（プロダクトマネージャー）：月あたりの新規物件数
HOURS_BY_HAND = 3.0             # Ken (senior appraiser): pricing a listing by hand  # ja: HOURS_BY_HAND = 3.0             # ケンさん（ベテラン査定担当者）：手作業で 1 件を査定する時間
HOURS_TO_REVIEW = 0.5           # Ken: reviewing a suggested price  # ja: HOURS_TO_REVIEW = 0.5           # ケンさん：提案価格を確認する時間
HOURLY_COST = 45                # finance, via Maya: USD per appraiser hour  # ja: HOURLY_COST = 45                # 経理部門（マヤさん経由）：査定担当者 1 時間あたりの USD
RUNNING_COST_PER_MONTH = 1500   # system admin: USD a month to run the model  # ja: RUNNING_COST_PER_MONTH = 1500   # システム管理者：モデルの運用費（USD／月）
DEVELOPMENT_COST = 60000        # Maya, with the system admin and IT auditor: USD  # ja: DEVELOPMENT_COST = 60000        # マヤさん（システム管理者・IT監督者と相談）：開発費（USD）
HORIZON_MONTHS = 36

hours_saved = HOURS_BY_HAND - HOURS_TO_REVIEW
monthly = monthly_value(LISTINGS_PER_MONTH, hours_saved, HOURLY_COST, RUNNING_COST_PER_MONTH)
returns = cumulative_returns(monthly, DEVELOPMENT_COST, HORIZON_MONTHS)
payback = payback_month(monthly, DEVELOPMENT_COST, HORIZON_MONTHS)

print("Monthly value (USD):", monthly)  # ja: print("月間価値（USD）：", monthly)
print("Payback month:", payback)  # ja: print("回収月：", payback)
chart_returns(returns)

goal = {
    "problem": "",  # TODO: one sentence, from the appraiser's side  # ja: "problem": "",  # TODO: 査定担当者の立場から書いた 1 文
    "listings_per_month": LISTINGS_PER_MONTH,
    "hours_saved_per_listing": hours_saved,
    "hourly_cost": HOURLY_COST,
    "running_cost_per_month": RUNNING_COST_PER_MONTH,
    "development_cost": DEVELOPMENT_COST,
    "horizon_months": HORIZON_MONTHS,
    "monthly_value": monthly,
    "payback_month": payback,
    "tolerance": None,  # TODO: +-10 % of the final sale price, as a fraction  # ja: "tolerance": None,  # TODO: 最終的な売却価格の ±10 % を小数で
    "min_share_within_tolerance": None,  # TODO: at least half of the listings, as a fraction  # ja: "min_share_within_tolerance": None,  # TODO: 物件の半数以上を小数で
}

with open("business_goal.json", "w") as f:
    json.dump(goal, f, indent=2)
print("Wrote business_goal.json")  # ja: print("business_goal.json を書き出しました")
