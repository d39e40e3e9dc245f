#!/usr/bin/python3
"""Recomputes the figures the lessons state, independently of the course's own code.

Run with Debian's Python, which has pandas and scikit-learn (python3-pandas, python3-sklearn):

    /usr/bin/python3 scripts/verify-figures.py            # every lesson that has a section
    /usr/bin/python3 scripts/verify-figures.py 00 02      # some lessons

Each lesson has one section: a function that computes its figures from lessons/data/ames.csv with
pandas (and scikit-learn where a model is involved), never with the lessons' solutions or checks,
and says for each figure which texts must state it. The script prints every comparison and exits
with 1 if a figure differs or a text does not state it. Add a lesson by writing its section and
registering it in SECTIONS.
"""
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
DATA = LESSONS / "data" / "ames.csv"


class Section:
    """The figures of one lesson: each compared with an expected value and looked up in texts."""

    def __init__(self, folder):
        self.folder = folder
        self.failures = 0

    def text(self, name):
        return (LESSONS / self.folder / name).read_text(encoding="utf-8")

    def figure(self, what, computed, expected, shown_as=None, files=()):
        """`computed` (pandas) must equal `expected` (what the course says); `shown_as` must
        appear in each of `files` (a regular expression; a string is matched as is)."""
        same = computed == expected if not isinstance(expected, float) else abs(computed - expected) < 1e-9 * max(1, abs(expected))
        print(f"  {'ok  ' if same else 'FAIL'} {what}: computed {computed!r}, course says {expected!r}")
        self.failures += not same
        for name in files:
            pattern = shown_as if isinstance(shown_as, re.Pattern) else re.compile(re.escape(shown_as))
            found = bool(pattern.search(self.text(name)))
            print(f"  {'ok  ' if found else 'FAIL'}   {name} states it as {shown_as if isinstance(shown_as, str) else shown_as.pattern!r}")
            self.failures += not found


def lesson_00(s):
    """Getting started: the dataset's size and years, the median price, and the check's own data."""
    df = pd.read_csv(DATA)
    texts = ("lesson.en.md", "lesson.ja.md")
    s.figure("sales (rows)", len(df), 2930, "2,930", texts)
    s.figure("columns", df.shape[1], 74, "74", texts)
    s.figure("first year sold", int(df["Year_Sold"].min()), 2006, "2006", texts)
    s.figure("last year sold", int(df["Year_Sold"].max()), 2010, "2010", texts)
    s.figure("median Sale_Price", float(df["Sale_Price"].median()), 160000.0, "160,000 USD", texts)
    # The feedback names the mean and the middle of the prices sorted as text as typical mistakes;
    # check.py recomputes both itself, these confirm they differ from the median as it says.
    s.figure("mean Sale_Price, rounded", round(float(df["Sale_Price"].mean()), 2), 180796.06)
    by_text = sorted(df["Sale_Price"].astype(str))
    s.figure("middle of the prices sorted as text", int(by_text[len(by_text) // 2]), 175000)
    s.figure("first sale's price (hint 1's example)", int(df["Sale_Price"].iloc[0]), 215000, '"215000"', ("hints.en.md", "hints.ja.md"))
    # check.py's own small datasets: the comment states their medians.
    own = pd.Series([99000, 89500, 310000, 142500, 128000, 1250000, 187000])
    check = "check.py"
    s.figure("median of the check's 7 prices", float(own.median()), 142500.0, "142,500", (check,))
    s.figure("median of its first 6 prices", float(own[:6].median()), 135250.0, "135,250", (check,))
    s.figure("their two middle prices", tuple(sorted(own[:6])[2:4]), (128000, 142500), "128,000 and 142,500", (check,))
    s.figure("7 prices without the first: not the median", float(own[1:].median()) != 142500.0, True)
    s.figure("mean of the 6 prices differs from their median", float(own[:6].mean()) != 135250.0, True)


def lesson_01(s):
    """Business Understanding: the value formula's figures, recomputed with a pandas series of months."""
    texts = ("lesson.en.md", "lesson.ja.md")
    hints = ("hints.en.md", "hints.ja.md")
    months = pd.Series(range(1, 37), index=range(1, 37))

    def monthly(review_hours):
        return 120 * (3.0 - review_hours) * 45 - 1500

    def payback(value, cost=60000, horizon=36):
        paid = (-cost + value * months[months <= horizon]) >= 0
        return int(paid.idxmax()) if paid.any() else None

    value = monthly(0.5)
    returns = -60000 + value * months
    s.figure("monthly value", value, 12000.0, "12,000 USD", texts + hints)
    s.figure("time saved without the running cost (hint 1's wrong answer)", 120 * 2.5 * 45, 13500.0, "13,500", hints)
    s.figure("cumulative return after month 1", float(returns[1]), -48000.0, "48,000", texts + hints)
    s.figure("cumulative return after month 5", float(returns[5]), 0.0)
    s.figure("cumulative return after month 36", float(returns[36]), 372000.0, "372,000", texts)
    s.figure("payback month", payback(value), 5)
    s.figure("Why: monthly value with a 1.5-hour review", monthly(1.5), 6600.0, "120 × 1.5 × 45 − 1,500 = 6,600 USD", texts)
    s.figure("Why: payback month with a 1.5-hour review", payback(monthly(1.5)), 10, re.compile(r"month 10\s+instead of month 5|10 か月目"), texts)
    s.figure("Why: three months of value not earned", 3 * value, 36000.0, "36,000 USD", texts)
    # The check's own cases: the reasons its messages give for them.
    check = ("check.py",)
    s.figure("payback of 7,000 a month against 60,000", payback(7000), 9, "(7000, 60000, 36)", check)
    s.figure("payback of 2,000 a month against 72,000: the last month", payback(2000, 72000), 36, "(2000, 72000, 36)", check)
    s.figure("1,000 a month never pays back 60,000 in 36 months", payback(1000), None, "(1000, 60000, 36)", check)
    s.figure("1,500 a month never pays back 60,000 in 36 months", payback(1500), None, "(1500, 60000)", check)
    s.figure("12,000 a month, a 4-month horizon", payback(12000, horizon=4), None, "(12000, 60000, 4)", check)
    s.figure("monthly value of the check's negative case", 10 * 1.0 * 45 - 1500, -1050.0, "(10, 1.0, 45, 1500)", check)


def lesson_02(s):
    """Analyze: size, disguised missing values, "has none" shares, the price's shape, correlations."""
    df = pd.read_csv(DATA, keep_default_na=False, dtype=str)
    num = df.apply(pd.to_numeric, errors="coerce")
    num = num.loc[:, num.notna().all()]
    texts = ("lesson.en.md", "lesson.ja.md")
    how = ("lesson.en.md", "lesson.ja.md")
    checks = ("checks.en.yaml", "checks.ja.yaml")
    s.figure("sales (rows)", len(df), 2930, "2,930", texts)
    s.figure("columns", df.shape[1], 74, '"columns": 74', how)
    s.figure("years of sales", int(num["Year_Sold"].max() - num["Year_Sold"].min() + 1), 5, re.compile(r"five years|5 年間"), texts)
    s.figure("empty cells", int((df == "").sum().sum()), 0)
    zeros = int((num["Lot_Frontage"] == 0).sum())
    s.figure("Lot_Frontage recorded as 0", zeros, 490, "490", texts + checks)
    known = num.loc[num["Lot_Frontage"] > 0, "Lot_Frontage"].mean()
    s.figure("mean Lot_Frontage over known values, rounded", round(known, 1), 69.2, '"lot_frontage_mean": 69.2', how)
    s.figure("... in whole feet", round(known), 69, re.compile(r"69 (ft|フィート)"), texts)
    s.figure("mean Lot_Frontage with the zeros, in whole feet", round(num["Lot_Frontage"].mean()), 58, re.compile(r"58 (ft|フィート)"), texts)
    pools = int((df["Pool_QC"] != "No_Pool").sum())
    s.figure("houses with a pool", pools, 13, re.compile(r"13\s+(houses|件)"), texts)
    s.figure("share of filled Pool_QC cells, in %", round(100 * float((df["Pool_QC"] != "").mean())), 100, "100 %", texts)
    s.figure("share with a pool, in %", round(100 * pools / len(df), 1), 0.4, "0.4 %", texts)
    s.figure("share with a pool, rounded", round(pools / len(df), 4), 0.0044, '"Pool_QC": 0.0044', how)
    s.figure("share with alley access, rounded", round(float((df["Alley"] != "No_Alley_Access").mean()), 3), 0.068, '"Alley": 0.068', how)
    price = num["Sale_Price"]
    s.figure("mean Sale_Price, rounded", round(float(price.mean()), 1), 180796.1, '"mean": 180796.1', how)
    s.figure("median Sale_Price", float(price.median()), 160000.0, '"median": 160000.0', how)
    moment_skew = float(((price - price.mean()) ** 3).mean() / price.std(ddof=0) ** 3)
    s.figure("moment skewness, rounded", round(moment_skew, 2), 1.74, '"skewness": 1.74', how)
    s.figure("... to one decimal", round(moment_skew, 1), 1.7, re.compile(r"(about|およそ) 1\.7"), texts)
    q1, q3 = (float(q) for q in price.quantile([0.25, 0.75]))
    s.figure("Q1, Q3 and IQR of the price", (q1, q3, q3 - q1), (129500.0, 213500.0, 84000.0), "213,500", checks)
    low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    s.figure("IQR fence", (low, high), (3500.0, 339500.0), '"fence_low": 3500.0, "fence_high": 339500.0', how)
    s.figure("sales below / above the fence", (int((price < low).sum()), int((price > high).sum())), (0, 137), '"outliers_low": 0, "outliers_high": 137', how)
    s.figure("most sales between 100,000 and 250,000 USD", bool(price.between(100000, 250000).mean() > 0.5), True, "100,000", texts)
    r = num.corr()["Sale_Price"].drop("Sale_Price")
    top = r.reindex(r.abs().sort_values(ascending=False).index)
    s.figure("strongest correlation with the price", (top.index[0], round(float(top.iloc[0]), 2)), ("Gr_Liv_Area", 0.71), "0.71", texts)
    s.figure("next four: garage and basement size", set(top.index[1:5]), {"Garage_Cars", "Garage_Area", "Total_Bsmt_SF", "First_Flr_SF"})
    s.figure("the ten strongest are all positive (only the check's own rows catch a sort by r)", bool((top.iloc[:10] > 0).all()), True)
    sizes = ["Lot_Area", "Total_Bsmt_SF", "First_Flr_SF", "Second_Flr_SF", "Gr_Liv_Area",
             "TotRms_AbvGrd", "Bedroom_AbvGr", "Full_Bath", "Garage_Cars", "Garage_Area"]
    c = num[sizes].corr()
    strong = {frozenset((a, b)): round(float(c.loc[a, b]), 2) for i, a in enumerate(sizes) for b in sizes[i + 1:] if abs(c.loc[a, b]) >= 0.8}
    s.figure("size pairs with |r| >= 0.8", strong, {frozenset(("Total_Bsmt_SF", "First_Flr_SF")): 0.8,
                                                    frozenset(("Gr_Liv_Area", "TotRms_AbvGrd")): 0.81,
                                                    frozenset(("Garage_Cars", "Garage_Area")): 0.89}, '"Garage_Area", 0.89', how)
    # The check's own rows for top_correlations: the feedback names Age's r.
    own = pd.DataFrame([{"y": 100 + 10 * i + (7 if i % 3 == 0 else 0), "odd": i % 2} for i in range(12)])
    own_age = own["y"].corr(300 - own["y"] + 25 * own["odd"])
    s.figure("r of the check's Age column", round(float(own_age), 2), -0.93, "-0.93", checks)


def lesson_03(s):
    """Prepare: the rows each scope rule removes, the rows and columns kept, the unknown frontages."""
    df = pd.read_csv(DATA, keep_default_na=False)
    residential = {"Residential_Low_Density", "Residential_Medium_Density",
                   "Residential_High_Density", "Floating_Village_Residential"}
    lessons, hints = ("lesson.en.md", "lesson.ja.md"), ("hints.en.md", "hints.ja.md")
    normal = df[df["Sale_Condition"] == "Normal"]
    zoned = normal[normal["MS_Zoning"].isin(residential)]
    kept = zoned[zoned["Gr_Liv_Area"] <= 4000]
    removed = (len(df) - len(normal), len(normal) - len(zoned), len(zoned) - len(kept))
    s.figure("removed per rule", removed, (517, 16, 1), "517, 16 and 1", ("lesson.en.md", "hints.en.md"))
    s.figure("removed per rule (ja)", removed, (517, 16, 1), "517 件、16 件、1 件", ("lesson.ja.md", "hints.ja.md"))
    s.figure("non-normal sales (Why)", removed[0], 517, "517 non-normal", ("lesson.en.md",))
    s.figure("non-normal sales (Why, ja)", removed[0], 517, "通常ではない 517 件", ("lesson.ja.md",))
    s.figure("sales kept", len(kept), 2396, "2,396", (*lessons, *hints))
    s.figure("zones rule 2 drops", sorted(set(df["MS_Zoning"]) - residential), ["A_agr", "C_all", "I_all"],
             "C_all, I_all, A_agr", ("solution.py",))
    s.figure("columns kept", 17, 17, "17", lessons)
    s.figure("kept sales with Lot_Frontage 0 (empty cells)", int((kept["Lot_Frontage"] == 0).sum()), 449, "449", hints)
    # check.py's own data relies on these: no real house of exactly 4,000 sq ft (so `< 4000` passes
    # on the real data), and text comparison drops the houses under 1,000 sq ft.
    s.figure("houses of exactly 4,000 sq ft", int((df["Gr_Liv_Area"] == 4000).sum()), 0, "no real house has exactly 4,000", ("check.py",))
    by_text = zoned[zoned["Gr_Liv_Area"].astype(str) <= "4000"]
    area = zoned["Gr_Liv_Area"]
    lost = (area > 4000) | ((area < 1000) & (area.astype(str).str[0] >= "4"))
    s.figure("text comparison drops exactly the houses over 4,000 and the small ones from 400 sq ft",
             sorted(set(zoned.index) - set(by_text.index)) == sorted(zoned.index[lost]), True)
    s.figure("small houses text comparison drops", int((lost & (area < 1000)).sum()) > 0, True)

def lesson_04(s):
    """Preprocess: the time split, the unknown frontages, the leaked median and the features."""
    df = pd.read_csv(DATA, keep_default_na=False)
    residential = {"Residential_Low_Density", "Residential_Medium_Density",
                   "Residential_High_Density", "Floating_Village_Residential"}
    kept = df[(df["Sale_Condition"] == "Normal") & df["MS_Zoning"].isin(residential) & (df["Gr_Liv_Area"] <= 4000)]
    train, test = kept[kept["Year_Sold"] <= 2009], kept[kept["Year_Sold"] == 2010]
    lessons, hints = ("lesson.en.md", "lesson.ja.md"), ("hints.en.md", "hints.ja.md")
    s.figure("rows of dataset.csv", len(kept), 2396, "2,396", lessons)
    s.figure("sales removed from scope in lesson 03", len(df) - len(kept), 534, "534", lessons)
    s.figure("training rows", len(train), 2095, "2,095", (*lessons, *hints))
    s.figure("test rows", len(test), 301, "301", (*lessons, *hints))
    s.figure("unknown frontages", int((kept["Lot_Frontage"] == 0).sum()), 449, "449", lessons)
    s.figure("unknown frontages in training", int((train["Lot_Frontage"] == 0).sum()), 403, "403", lessons)
    known = lambda rows: rows.loc[rows["Lot_Frontage"] != 0, "Lot_Frontage"]
    s.figure("median frontage, training rows", float(known(train).median()), 67.0, "67 ft", lessons)
    s.figure("median frontage, all rows (leaked)", float(known(kept).median()), 68.0, "68 ft", lessons)
    categorical = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
    names = 10 + sum(train[c].nunique() for c in categorical)
    s.figure("features (10 numbers + training categories)", int(names), 54, "54", lessons)
    s.figure("test rows bring no category unseen in training",
             all(set(test[c]) <= set(train[c]) for c in categorical), True)
    # The How's example: a 1,500 sq ft house, scaled with the training mean and pstdev (ddof=0).
    area = train["Gr_Liv_Area"].astype(float)
    z = (1500 - area.mean()) / area.std(ddof=0)
    s.figure("z of 1,500 sq ft, rounded", round(float(z), 2), 0.04, "0.04", lessons)


# ---- Lessons 05 and 06: the preprocessed tables and the ridge model, rebuilt with pandas and
# scikit-learn from data/ames.csv by the rules the lessons 03 and 04 state. ----
NUMERIC = ["Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
           "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Overall_Cond", "Central_Air"]
RESIDENTIAL = ["Residential_Low_Density", "Residential_Medium_Density", "Residential_High_Density",
               "Floating_Village_Residential"]


def _prepared():
    """(train, test, X_train, X_test, stats): lesson 03's scope, lesson 04's time split and
    preprocessing (median imputation, scaling by the population std, one-hot on training
    categories), all statistics from the training rows."""
    df = pd.read_csv(DATA)
    df = df[df["Sale_Condition"] == "Normal"]
    df = df[df["MS_Zoning"].isin(RESIDENTIAL)]
    df = df[df["Gr_Liv_Area"] <= 4000].copy()
    df["Lot_Frontage"] = df["Lot_Frontage"].replace(0, float("nan"))
    train, test = df[df["Year_Sold"] <= 2009].copy(), df[df["Year_Sold"] == 2010].copy()
    stats = {}
    for col in NUMERIC:
        median = train[col].median()
        filled = train[col].fillna(median)
        stats[col] = {"median": median, "mean": filled.mean(), "std": filled.std(ddof=0),
                      "min": train[col].min(), "max": train[col].max()}

    def features(part):
        out = pd.DataFrame(index=part.index)
        for col in NUMERIC:
            s = stats[col]
            out[col] = (part[col].fillna(s["median"]) - s["mean"]) / s["std"]
        for col in CATEGORICAL:
            for value in sorted(train[col].unique()):
                out[f"{col}={value}"] = (part[col] == value).astype(float)
        return out

    return train, test, features(train), features(test), stats


def _ridge(X, y, alpha):
    from sklearn.linear_model import Ridge
    import numpy as np
    return Ridge(alpha=alpha).fit(X, np.log(y))


def _scores(actual, predicted):
    import numpy as np
    errors = predicted - actual
    return {"rmse": float(np.sqrt((errors ** 2).mean())), "mae": float(errors.abs().mean()),
            "within": float((errors.abs() <= 0.10 * actual).mean())}


def lesson_05(s):
    """Train: the validation split, the baseline and the ridge runs, the choice on validation."""
    import numpy as np
    train, test, X_train, X_test, _ = _prepared()
    texts, comm, check = ("lesson.en.md", "lesson.ja.md"), ("communication.en.yaml", "communication.ja.yaml"), ("check.py",)
    s.figure("features", X_train.shape[1], 54, "54", texts + comm)
    fit, val = train["Year_Sold"] <= 2008, train["Year_Sold"] == 2009
    s.figure("fitting rows (2006-2008)", int(fit.sum()), 1537, "1,537", texts)
    s.figure("validation rows (2009)", int(val.sum()), 558, "558", texts)
    s.figure("all training rows (refit)", len(train), 2095, "2,095", comm)
    price = train["Sale_Price"]
    baseline = _scores(price[val], pd.Series(price[fit].median(), index=price[val].index))
    s.figure("baseline RMSE, to the thousand", round(baseline["rmse"], -3), 78000.0, "78,000 USD", texts)
    s.figure("baseline share within 10 %, in percent", round(100 * baseline["within"]), 22, "22 %", comm)
    scores, on_test = {}, {}
    for alpha in (0.1, 1.0, 10.0, 100.0):
        model = _ridge(X_train[fit], price[fit], alpha)
        scores[alpha] = _scores(price[val], pd.Series(np.exp(model.predict(X_train[val])), index=price[val].index))
        on_test[alpha] = _scores(test["Sale_Price"], pd.Series(np.exp(model.predict(X_test)), index=test.index))["rmse"]
    best = min(scores, key=lambda a: scores[a]["rmse"])
    s.figure("alpha chosen on validation", best, 10.0, "alpha 10", comm[:1])
    s.figure("its RMSE, to the thousand", round(scores[best]["rmse"], -3), 22000.0, "22,000 USD", texts + comm[:1])
    s.figure("its share within 10 %, in percent", round(100 * scores[best]["within"]), 70, "70 %", texts + comm)
    s.figure("outside ±10 %, in percent", 100 - round(100 * scores[best]["within"]), 30, "30 %", comm)
    s.figure("the alpha best on test differs from validation's", min(on_test, key=on_test.get) != best, True)
    # check.py's own inputs: every 30th fitting sale, every 15th validation sale, numeric features.
    own_fit, own_val = train[fit].iloc[::30], train[val].iloc[::15]
    s.figure("check's own train.csv: fitting and validation sales", (len(own_fit), len(own_val)), (52, 38), "52 and 38", check)
    numeric = [c for c in X_train.columns if "=" not in c]
    s.figure("check's own preprocessor.json: numeric features", len(numeric), 10, "10 numeric features", check)
    own = {}
    for alpha in (0.1, 1.0, 10.0, 100.0):
        model = _ridge(X_train.loc[own_fit.index, numeric], own_fit["Sale_Price"], alpha)
        predicted = np.exp(model.predict(X_train.loc[own_val.index, numeric]))
        own[alpha] = _scores(own_val["Sale_Price"], pd.Series(predicted, index=own_val.index))["rmse"]
    s.figure("check's own inputs: the alpha chosen there", min(own, key=own.get), 0.1, "alpha 0.1 has the", check)


def lesson_06(s):
    """Test: the 2010 sales, the model overall and per slice, data validation, the decision."""
    import numpy as np
    train, test, X_train, X_test, stats = _prepared()
    texts, hints, check = ("lesson.en.md", "lesson.ja.md"), ("hints.en.md", "hints.ja.md"), ("check.py",)
    s.figure("test sales (2010)", len(test), 301, "301", texts)
    model = _ridge(X_train, train["Sale_Price"], 10.0)
    test = test.assign(predicted=np.exp(model.predict(X_test)))
    overall = _scores(test["Sale_Price"], test["predicted"])
    comm = ("communication.en.yaml", "communication.ja.yaml")
    s.figure("overall RMSE, to the thousand", round(overall["rmse"], -3), 21000.0, "21,000 USD", hints[:1] + comm)
    s.figure("overall share within 10 %, in percent", round(100 * overall["within"]), 67, "67 %", hints + comm)
    s.figure("the overall share is comfortably above 50 %", overall["within"] > 0.6, True)
    age = test["Year_Sold"] - test["Year_Built"]
    test["band"] = np.where(age < 10, "<10", np.where(age < 50, "10-49", ">=50"))
    sizes = test["Neighborhood"].value_counts()
    s.figure("most test sales are in North Ames", sizes.index[0], "North_Ames", "North Ames", texts)
    judged = sorted(sizes[sizes >= 10].index)
    s.figure("neighbourhoods with at least 10 test sales", len(judged), 13)
    s.figure("neighbourhoods not evaluated (fewer than 10)", int((sizes < 10).sum()), 12, "12", comm)
    failing = []
    for name in judged:
        part = test[test["Neighborhood"] == name]
        if _scores(part["Sale_Price"], part["predicted"])["within"] < 0.5:
            failing.append(name)
    for band in ("<10", "10-49", ">=50"):
        part = test[test["band"] == band]
        if _scores(part["Sale_Price"], part["predicted"])["within"] < 0.5:
            failing.append(band)
    s.figure("slices that miss the goal: one neighbourhood", failing, ["South_and_West_of_Iowa_State_University"])
    s.figure("its test sales", int(sizes["South_and_West_of_Iowa_State_University"]), 10, "Ten test sales", ("lesson.en.md",))
    part = test[test["Neighborhood"] == "South_and_West_of_Iowa_State_University"]
    hits = int(((part["predicted"] - part["Sale_Price"]).abs() <= 0.10 * part["Sale_Price"]).sum())
    s.figure("its predictions within 10 %", hits, 3, "3 of 10", comm[:1])
    s.figure("its predictions within 10 % (ja)", hits, 3, "10 件中 3 件", comm[1:])
    built = stats["Year_Built"]["max"]
    s.figure("training houses built up to", int(built), 2008, "built up to 2008", ("lesson.en.md",))
    s.figure("training houses built up to (ja)", int(built), 2008, "2008 年までに建てられた家", ("lesson.ja.md",))
    newer = test[test["Year_Built"] > built]["Year_Built"].value_counts().sort_index()
    s.figure("test houses built later: 2009 and 2010", {int(k): int(v) for k, v in newer.items()}, {2009: 3, 2010: 1},
             "three in 2009 and one in 2010", ("lesson.en.md",))
    s.figure("test houses built later (communication)", {int(k): int(v) for k, v in newer.items()}, {2009: 3, 2010: 1},
             "three in 2009, one in 2010", comm[:1])
    s.figure("test houses built later (ja)", int(newer.sum()), 4, "3 件は 2009 年、1 件は 2010 年", ("lesson.ja.md", "communication.ja.yaml"))
    s.figure("test remodels after the training maximum", int((test["Year_Remod_Add"] > stats["Year_Remod_Add"]["max"]).sum()), 2)
    below = {col: int((test[col] < stats[col]["min"]).sum()) for col in NUMERIC}
    s.figure("test values below a training minimum", sum(below.values()), 0)
    s.figure("unseen neighbourhoods in 2010", int((~test["Neighborhood"].isin(train["Neighborhood"])).sum()), 0)
    # Undoing the scaling of a basement of 0 is not exactly 0. The noise depends on the last bit
    # of the mean and the std, so these two are the correctly rounded ones (math.fsum, exact
    # pstdev), as lesson 04 computes them, not numpy's pairwise sums.
    import math
    import statistics
    basements = train["Total_Bsmt_SF"].fillna(stats["Total_Bsmt_SF"]["median"]).tolist()
    mean, std = math.fsum(basements) / len(basements), statistics.pstdev(basements)
    back = float(repr((0 - mean) / std)) * std + mean
    s.figure("a basement of 0 after undoing the scaling", f"{back:.2g}", "-1.1e-13", "-1.1e-13", texts)
    # check.py's own test sets: the first 120 sales outside the failing neighbourhood meet the
    # goal on every slice ("go"); 40 missed sales and 15 hits, with 2 young houses, do not ("no-go").
    test["hit"] = (test["predicted"] - test["Sale_Price"]).abs() <= 0.10 * test["Sale_Price"]
    go = test[test["Neighborhood"] != "South_and_West_of_Iowa_State_University"].head(120)
    shares = [go["hit"].mean()] + [g["hit"].mean() for _, g in go.groupby("band")]
    shares += [g["hit"].mean() for _, g in go.groupby("Neighborhood") if len(g) >= 10]
    s.figure("check's go copy: every slice meets the goal", min(shares) >= 0.5, True, "120 sales", check)
    kept = test.drop(test[test["band"] == "<10"].index[3:])
    nogo = pd.concat([kept[~kept["hit"]].head(40), kept[kept["hit"]].head(15)])
    s.figure("check's no-go copy: the overall share misses the goal", nogo["hit"].mean() < 0.5, True, "55 sales", check)
    s.figure("check's no-go copy: its youngest age band", int((nogo["band"] == "<10").sum()), 2, "age band of 2 sales", check)


SECTIONS = {
    "00": ("00-getting-started", lesson_00),
    "01": ("01-business-understanding", lesson_01),
    "02": ("02-analyze", lesson_02),
    "03": ("03-prepare", lesson_03),
    "04": ("04-preprocess", lesson_04),
    "05": ("05-train", lesson_05),
    "06": ("06-test", lesson_06),
}


def main(wanted):
    unknown = [key for key in wanted if key not in SECTIONS]
    if unknown:
        print(f"No section for {', '.join(unknown)}; sections: {', '.join(SECTIONS)}")
        return 2
    failures = 0
    for key in wanted or SECTIONS:
        folder, section = SECTIONS[key]
        print(f"{folder}: {section.__doc__.splitlines()[0]}")
        s = Section(folder)
        section(s)
        failures += s.failures
    print("all figures agree" if failures == 0 else f"{failures} figure(s) disagree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
