import json
import numbers
import os

GOAL_FILE = "business_goal.json"

EXPECTED_GOAL = {
    "problem": str,
    "listings_per_month": 120,
    "hours_saved_per_listing": 2.5,
    "hourly_cost": 45,
    "running_cost_per_month": 1500,
    "development_cost": 60000,
    "horizon_months": 36,
    "monthly_value": 12000.0,
    "payback_month": 5,
    "tolerance": 0.10,
    "min_share_within_tolerance": 0.5,
}


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _close(a, b, tol=0.01):
    return _is_number(a) and abs(a - b) <= tol


def _require(learner, name, signature):
    assert callable(getattr(learner, name, None)), f"Define a function {name}{signature} at the top level of your code."


def _call(fn, *args):
    """Call a learner function; turn a crash into feedback that names the inputs."""
    shown = ", ".join(repr(a) for a in args)
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - every crash becomes a teaching message
        hint = ""
        if isinstance(exc, ZeroDivisionError):
            hint = (" A monthly value of 0 means the model never pays back: loop over the months "
                    "instead of dividing, and return None when no month reaches 0.")
        raise AssertionError(
            f"{fn.__name__}({shown}) raised {type(exc).__name__}: {exc}.{hint}"
        ) from None


def _usd(x):
    return f"{x:,.0f} USD" if _is_number(x) else repr(x)


def test_monthly_value(learner):
    """monthly_value() subtracts the running cost from the time saved"""
    _require(learner, "monthly_value", "(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month)")
    got = _call(learner.monthly_value, 120, 2.5, 45, 1500)
    assert got is not None, "monthly_value(...) returned None: return listings x hours saved x hourly cost - running cost."
    assert _is_number(got), f"monthly_value(120, 2.5, 45, 1500) returned {got!r}; return a number (USD a month)."
    assert not _close(got, 13500), (
        "monthly_value(120, 2.5, 45, 1500) returned 13,500 USD: that is the appraiser time saved, "
        "but the model also costs 1,500 USD a month to run. Subtract the running cost: "
        "120 x 2.5 x 45 - 1,500 = 12,000 USD."
    )
    assert _close(got, 12000), (
        f"monthly_value(120, 2.5, 45, 1500) returned {_usd(got)}, expected 12,000 USD "
        "(120 listings x 2.5 hours saved x 45 USD an hour - 1,500 USD running cost)."
    )
    for args, want in (((80, 2.0, 50, 3000), 5000.0), ((200, 1.5, 60, 0), 18000.0)):
        got = _call(learner.monthly_value, *args)
        assert _close(got, want), (
            f"monthly_value{args} returned {_usd(got)}, expected {_usd(want)}. Use the four "
            "arguments, not the story's numbers: listings x hours saved x hourly cost - running cost."
        )


def test_monthly_value_can_be_negative(learner):
    """monthly_value() can be negative when the model costs more than it saves"""
    _require(learner, "monthly_value", "(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month)")
    got = _call(learner.monthly_value, 10, 1.0, 45, 1500)
    assert _close(got, -1050), (
        f"monthly_value(10, 1.0, 45, 1500) returned {_usd(got)}, expected -1,050 USD: 10 listings "
        "save 450 USD of time but running the model costs 1,500 USD. Do not clip at 0; a negative "
        "value is exactly what tells the business the model does not pay for itself."
    )


def test_cumulative_returns(learner):
    """cumulative_returns() gives the running total at the end of each month"""
    _require(learner, "cumulative_returns", "(monthly, development_cost, months)")
    got = _call(learner.cumulative_returns, 12000, 60000, 36)
    assert got is not None, (
        "cumulative_returns(12000, 60000, 36) returned None: return a list with one value per "
        "month, -development_cost + monthly * m for m = 1..months."
    )
    got = list(got)
    assert len(got) == 36, (
        f"cumulative_returns(12000, 60000, 36) returned {len(got)} values; return exactly one per "
        "month, for months 1 to 36 (range(1, months + 1))."
    )
    assert all(_is_number(v) for v in got), "cumulative_returns(...) must contain numbers only (USD)."
    assert not _close(got[0], -60000), (
        "cumulative_returns(12000, 60000, 36)[0] is -60,000 USD, the position before any month has "
        "passed. The first value is the end of month 1: -60,000 + 12,000 x 1 = -48,000 USD."
    )
    for m, want in ((1, -48000), (5, 0), (36, 372000)):
        assert _close(got[m - 1], want), (
            f"The value for month {m} is {_usd(got[m - 1])}, expected {_usd(want)} "
            f"(-60,000 + 12,000 x {m})."
        )
    small = _call(learner.cumulative_returns, -500, 1000, 3)
    assert small is not None and len(list(small)) == 3 and all(
        _close(a, b) for a, b in zip(small, (-1500, -2000, -2500))
    ), (
        f"cumulative_returns(-500, 1000, 3) returned {small!r}, expected [-1500.0, -2000.0, -2500.0]: "
        "with a negative monthly value the loss grows every month."
    )


def test_payback_month(learner):
    """payback_month() finds the first month the investment is paid back"""
    _require(learner, "payback_month", "(monthly, development_cost, months=36)")
    cases = (
        ((12000, 60000), 5, "-60,000 + 12,000 x 5 = 0, so it is paid back exactly at the end of month 5"),
        ((7000, 60000), 9, "after 8 months the total is -4,000 USD, after 9 it is +3,000 USD"),
        ((12000, 0), 1, "with nothing to pay back, month 1 already ends at +12,000 USD"),
        ((2000, 72000, 36), 36, "-72,000 + 2,000 x 36 = 0, so it pays back in the very last month of the horizon"),
    )
    for args, want, why in cases:
        got = _call(learner.payback_month, *args)
        shown = ", ".join(str(a) for a in args)
        if _is_number(got) and got == 0:
            raise AssertionError(
                f"payback_month({shown}) returned 0, but months are numbered from 1: month 0 is "
                f"before the model has run at all. Expected {want} ({why})."
            )
        if _is_number(got) and got == want - 1:
            raise AssertionError(
                f"payback_month({shown}) returned {got}, but after {got} months the cumulative "
                f"return is still {_usd(-args[1] + args[0] * got)}: count the month when it first "
                f"reaches 0 or more, with months numbered from 1 ({why})."
            )
        if _is_number(got) and got == want + 1:
            raise AssertionError(
                f"payback_month({shown}) returned {got}, one month late ({why}). A cumulative "
                "return of exactly 0 already counts as paid back (>= 0, not > 0), and the first "
                "month is month 1, not month 0."
            )
        assert got == want and not isinstance(got, bool), (
            f"payback_month({shown}) returned {got!r}, expected {want} ({why})."
        )


def test_payback_month_never(learner):
    """payback_month() returns None when the model never pays back"""
    _require(learner, "payback_month", "(monthly, development_cost, months=36)")
    cases = (
        ((1000, 60000, 36), "after 36 months the total is still -24,000 USD"),
        ((12000, 60000, 4), "within a 4-month horizon the total only reaches -12,000 USD"),
        ((1500, 60000), "with the default horizon of 36 months the total is still -6,000 USD at the end"),
        ((-1050, 60000, 36), "with a negative monthly value the loss only grows"),
        ((0, 60000, 36), "a model that earns nothing never pays back"),
    )
    for args, why in cases:
        got = _call(learner.payback_month, *args)
        shown = ", ".join(str(a) for a in args)
        assert got is None, (
            f"payback_month({shown}) returned {got!r}, but {why}: it never pays back within the "
            "horizon, so return None (not 0, not months + 1, not a month beyond the horizon). "
            "None cannot be mistaken for a real month when someone reads the goal file."
        )


def _read_goal():
    assert os.path.exists(GOAL_FILE), (
        f"{GOAL_FILE} was not found. Write the goal dictionary with json.dump(goal, f) into a file "
        f"opened with open(\"{GOAL_FILE}\", \"w\") in the working folder."
    )
    with open(GOAL_FILE) as f:
        text = f.read()
    try:
        goal = json.loads(text)
    except ValueError as exc:
        raise AssertionError(
            f"{GOAL_FILE} is not valid JSON ({exc}). Write it with json.dump(goal, f), not by hand."
        ) from None
    assert isinstance(goal, dict), f"{GOAL_FILE} must hold one JSON object (a dict), not {type(goal).__name__}."
    return goal


def test_goal_file_keys(learner):
    """business_goal.json has exactly the agreed keys"""
    goal = _read_goal()
    missing = [k for k in EXPECTED_GOAL if k not in goal]
    extra = [k for k in goal if k not in EXPECTED_GOAL]
    assert not missing, f"{GOAL_FILE} is missing the key(s) {', '.join(missing)}. Later lessons read these names exactly."
    assert not extra, (
        f"{GOAL_FILE} has unexpected key(s) {', '.join(extra)}. Keep exactly the agreed keys "
        "(check the spelling): later lessons read them by name."
    )
    problem = goal["problem"]
    assert isinstance(problem, str) and len(problem.split()) >= 5, (
        f"\"problem\" is {problem!r}; write one sentence that states the business problem from the "
        "appraiser's side, e.g. what they want and what it changes in their work."
    )


def test_goal_file_values(learner):
    """business_goal.json holds the value calculation"""
    goal = _read_goal()
    for key in ("listings_per_month", "hours_saved_per_listing", "hourly_cost",
                "running_cost_per_month", "development_cost", "horizon_months", "monthly_value"):
        want = EXPECTED_GOAL[key]
        got = goal.get(key)
        assert _is_number(got), f"\"{key}\" is {got!r}; it must be a number, expected {want}."
        if key == "hours_saved_per_listing" and _close(got, 3.0):
            raise AssertionError(
                "\"hours_saved_per_listing\" is 3.0, the time to price a listing by hand. The "
                "appraiser still reviews each suggestion (0.5 hours), so the time saved is 3.0 - 0.5 = 2.5."
            )
        if key == "monthly_value" and _close(got, 13500):
            raise AssertionError(
                "\"monthly_value\" is 13,500 USD: the running cost of 1,500 USD a month is missing. "
                "Expected 12,000 USD."
            )
        assert _close(got, want), f"\"{key}\" is {got!r}, expected {want}."
    payback = goal.get("payback_month")
    assert isinstance(payback, int) and not isinstance(payback, bool), (
        f"\"payback_month\" is {payback!r}; expected the whole number 5 (the first month whose "
        "cumulative return, -60,000 + 12,000 x m, is 0 or more)."
    )
    assert payback == 5, (
        f"\"payback_month\" is {payback}, expected 5: -60,000 + 12,000 x 5 = 0 is the first month "
        "that is not negative. Store the result of your payback_month(...)."
    )


def test_goal_file_target(learner):
    """business_goal.json states the measurable goal"""
    goal = _read_goal()
    tol = goal.get("tolerance")
    share = goal.get("min_share_within_tolerance")
    assert _is_number(tol), f"\"tolerance\" is {tol!r}; it must be a number: +-10 % written as a fraction, 0.10."
    assert not _close(tol, 10), "\"tolerance\" is 10; write percentages as fractions: +-10 % is 0.10."
    assert _close(tol, 0.10, 1e-9), (
        f"\"tolerance\" is {tol!r}, expected 0.10: a suggestion is useful when it is within +-10 % "
        "of the final sale price."
    )
    assert _is_number(share), f"\"min_share_within_tolerance\" is {share!r}; it must be a number, 0.5."
    assert not _close(share, 50), "\"min_share_within_tolerance\" is 50; write it as a fraction: 50 % is 0.5."
    assert _close(share, 0.5, 1e-9), (
        f"\"min_share_within_tolerance\" is {share!r}, expected 0.5: the model must be useful for at "
        "least half of the listings (overall and in every neighbourhood group)."
    )
