import json


def monthly_value(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month):
    """USD the model earns in one month: appraiser time saved, minus what it costs to run."""  # ja: """モデルが 1 か月に生む価値（USD）：削減できた査定時間の金額から運用費を引いたもの。"""
    saved = listings_per_month * hours_saved_per_listing * hourly_cost
    return float(saved - running_cost_per_month)


def cumulative_returns(monthly, development_cost, months):
    """Cumulative return at the end of months 1..months; month m: -development_cost + monthly * m."""  # ja: """1〜months か月目の終わりの累積リターン。m か月目は -development_cost + monthly * m。"""
    return [float(-development_cost + monthly * m) for m in range(1, months + 1)]


def payback_month(monthly, development_cost, months=36):
    """First month (1-based) whose cumulative return is >= 0, or None if that never happens."""  # ja: """累積リターンが初めて 0 以上になる月（1 から数える）。そうならなければ None。"""
    # Walking the months (instead of dividing) handles a zero or negative monthly value and the
    # horizon for free: if no month qualifies, the answer is None, never a made-up month number.
    # ja: 割り算ではなく月を順にたどるので、月間価値が 0 や負の場合も、期間の終わりも自然に扱えます。
    # ja: 条件を満たす月がなければ答えは None で、存在しない月の番号を返すことはありません。
    for month, total in enumerate(cumulative_returns(monthly, development_cost, months), start=1):
        if total >= 0:
            return month
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

print(f"Monthly value: {monthly:,.0f} USD")  # ja: print(f"月間価値：{monthly:,.0f} USD")
print(f"Payback month: {payback}")  # ja: print(f"回収月：{payback} か月目")
chart_returns(returns)

goal = {
    # Written from the user's side, about the change in their work, not about the algorithm.
    # ja: アルゴリズムではなく、使う人の立場から、仕事がどう変わるかを書きます。
    "problem": (
        # lang: en
        "As an appraiser at Prairie Realty, I want a suggested sale price for every new listing, "
        "so that I spend half an hour reviewing it instead of three hours pricing by hand."
        # lang: ja
        # "Prairie Realty の査定担当者として、新しい物件ごとに売却価格の提案がほしい。"
        # "そうすれば、手作業で 3 時間かけて査定する代わりに、30 分の確認で済む。"
        # lang: end
    ),
    "listings_per_month": LISTINGS_PER_MONTH,
    "hours_saved_per_listing": hours_saved,
    "hourly_cost": HOURLY_COST,
    "running_cost_per_month": RUNNING_COST_PER_MONTH,
    "development_cost": DEVELOPMENT_COST,
    "horizon_months": HORIZON_MONTHS,
    "monthly_value": monthly,
    "payback_month": payback,
    # The measurable goal agreed with Maya and Ken: a suggestion is useful within +-10 % of the
    # final sale price, for at least half the listings overall and in every neighbourhood group.
    # ja: マヤさん、ケンさんと合意した測定可能な目標です。提案価格は最終的な売却価格の ±10 % 以内なら
    # ja: 役に立ち、それが全体でも地区グループごとでも物件の半数以上で成り立つことを求めます。
    "tolerance": 0.10,
    "min_share_within_tolerance": 0.5,
}

with open("business_goal.json", "w") as f:
    json.dump(goal, f, indent=2)
print("Wrote business_goal.json")  # ja: print("business_goal.json を書き出しました")
