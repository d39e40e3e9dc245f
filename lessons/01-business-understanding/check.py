import json
import numbers
import os

from checking import say

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
    assert callable(getattr(learner, name, None)), say("require_1", name=name, signature=signature)


def _call(fn, *args):
    """Call a learner function; turn a crash into feedback that names the inputs."""
    shown = ", ".join(repr(a) for a in args)
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - every crash becomes a teaching message
        if isinstance(exc, ZeroDivisionError):
            raise AssertionError(say("call_zero_division", name=fn.__name__, shown=shown, exc=exc)) from None
        raise AssertionError(say("call_1", name=fn.__name__, shown=shown, exc_type=type(exc).__name__, exc=exc)) from None


def _usd(x):
    return f"{x:,.0f} USD" if _is_number(x) else repr(x)


def test_monthly_value(learner):
    _require(learner, "monthly_value", "(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month)")
    got = _call(learner.monthly_value, 120, 2.5, 45, 1500)
    assert got is not None, say("monthly_value_1")
    assert _is_number(got), say("monthly_value_2", got=got)
    assert not _close(got, 13500), say("monthly_value_3")
    assert _close(got, 12000), say("monthly_value_4", got=_usd(got))
    for args, want in (((80, 2.0, 50, 3000), 5000.0), ((200, 1.5, 60, 0), 18000.0)):
        got = _call(learner.monthly_value, *args)
        assert _close(got, want), say("monthly_value_5", args=args, got=_usd(got), want=_usd(want))


def test_monthly_value_can_be_negative(learner):
    _require(learner, "monthly_value", "(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month)")
    got = _call(learner.monthly_value, 10, 1.0, 45, 1500)
    assert _close(got, -1050), say("monthly_value_can_be_negative_1", got=_usd(got))


def test_cumulative_returns(learner):
    _require(learner, "cumulative_returns", "(monthly, development_cost, months)")
    got = _call(learner.cumulative_returns, 12000, 60000, 36)
    assert got is not None, say("cumulative_returns_1")
    got = list(got)
    assert len(got) == 36, say("cumulative_returns_2", got_count=len(got))
    assert all(_is_number(v) for v in got), say("cumulative_returns_3")
    assert not _close(got[0], -60000), say("cumulative_returns_4")
    for m, want in ((1, -48000), (5, 0), (36, 372000)):
        assert _close(got[m - 1], want), say("cumulative_returns_5", m=m, got=_usd(got[m - 1]), want=_usd(want))
    small = _call(learner.cumulative_returns, -500, 1000, 3)
    assert small is not None and len(list(small)) == 3 and all(
        _close(a, b) for a, b in zip(small, (-1500, -2000, -2500))
    ), say("cumulative_returns_6", small=small)


def test_payback_month(learner):
    _require(learner, "payback_month", "(monthly, development_cost, months=36)")
    cases = (
        ((12000, 60000), 5, say("payback_why_exactly_month_5")),
        ((7000, 60000), 9, say("payback_why_month_9")),
        ((12000, 0), 1, say("payback_why_nothing_to_pay")),
        ((2000, 72000, 36), 36, say("payback_why_last_month")),
    )
    for args, want, why in cases:
        got = _call(learner.payback_month, *args)
        shown = ", ".join(str(a) for a in args)
        if _is_number(got) and got == 0:
            raise AssertionError(say("payback_month_1", shown=shown, want=want, why=why))
        if _is_number(got) and got == want - 1:
            raise AssertionError(say("payback_month_2", shown=shown, got=got, total=_usd(-args[1] + args[0] * got), why=why))
        if _is_number(got) and got == want + 1:
            raise AssertionError(say("payback_month_3", shown=shown, got=got, why=why))
        assert got == want and not isinstance(got, bool), say("payback_month_4", shown=shown, got=got, want=want, why=why)


def test_payback_month_never(learner):
    _require(learner, "payback_month", "(monthly, development_cost, months=36)")
    cases = (
        ((1000, 60000, 36), say("never_why_36_months")),
        ((12000, 60000, 4), say("never_why_4_months")),
        ((1500, 60000), say("never_why_default_horizon")),
        ((-1050, 60000, 36), say("never_why_negative")),
        ((0, 60000, 36), say("never_why_earns_nothing")),
    )
    for args, why in cases:
        got = _call(learner.payback_month, *args)
        shown = ", ".join(str(a) for a in args)
        assert got is None, say("payback_month_never_1", shown=shown, got=got, why=why)


def _read_goal():
    assert os.path.exists(GOAL_FILE), say("read_goal_1", goal_file=GOAL_FILE)
    with open(GOAL_FILE) as f:
        text = f.read()
    try:
        goal = json.loads(text)
    except ValueError as exc:
        raise AssertionError(say("read_goal_2", goal_file=GOAL_FILE, exc=exc)) from None
    assert isinstance(goal, dict), say("read_goal_3", goal_file=GOAL_FILE, goal_type=type(goal).__name__)
    return goal


def test_goal_file_keys(learner):
    goal = _read_goal()
    missing = [k for k in EXPECTED_GOAL if k not in goal]
    extra = [k for k in goal if k not in EXPECTED_GOAL]
    assert not missing, say("goal_file_keys_1", goal_file=GOAL_FILE, missing=', '.join(missing))
    assert not extra, say("goal_file_keys_2", goal_file=GOAL_FILE, extra=', '.join(extra))
    problem = goal["problem"]
    assert isinstance(problem, str) and len(problem.split()) >= 5, say("goal_file_keys_3", problem=problem)


def test_goal_file_values(learner):
    goal = _read_goal()
    for key in ("listings_per_month", "hours_saved_per_listing", "hourly_cost",
                "running_cost_per_month", "development_cost", "horizon_months", "monthly_value"):
        want = EXPECTED_GOAL[key]
        got = goal.get(key)
        assert _is_number(got), say("goal_file_values_1", key=key, got=got, want=want)
        if key == "hours_saved_per_listing" and _close(got, 3.0):
            raise AssertionError(say("goal_file_values_2"))
        if key == "monthly_value" and _close(got, 13500):
            raise AssertionError(say("goal_file_values_3"))
        assert _close(got, want), say("goal_file_values_4", key=key, got=got, want=want)
    payback = goal.get("payback_month")
    assert isinstance(payback, int) and not isinstance(payback, bool), say("goal_file_values_5", payback=payback)
    assert payback == 5, say("goal_file_values_6", payback=payback)


def test_goal_file_target(learner):
    goal = _read_goal()
    tol = goal.get("tolerance")
    share = goal.get("min_share_within_tolerance")
    assert _is_number(tol), say("goal_file_target_1", tol=tol)
    assert not _close(tol, 10), say("goal_file_target_2")
    assert _close(tol, 0.10, 1e-9), say("goal_file_target_3", tol=tol)
    assert _is_number(share), say("goal_file_target_4", share=share)
    assert not _close(share, 50), say("goal_file_target_5")
    assert _close(share, 0.5, 1e-9), say("goal_file_target_6", share=share)
