import json
import math
import numbers
import os
import re

from checking import say

GOAL_FILE = "business_goal.json"
# The kickoff's numbers, as the lesson's table states them; every value the file must hold is
# recomputed from these.
STORY = {
    "listings_per_month": 120,
    "hours_by_hand": 3.0,
    "hours_to_review": 0.5,
    "hourly_cost": 45,
    "running_cost_per_month": 1500,
    "development_cost": 60000,
    "horizon_months": 36,
}
TOLERANCE = 0.10
MIN_SHARE = 0.5
MONTHLY_SIGNATURE = "(listings_per_month, hours_saved_per_listing, hourly_cost, running_cost_per_month)"
CUMULATIVE_SIGNATURE = "(monthly, development_cost, months)"
PAYBACK_SIGNATURE = "(monthly, development_cost, months=36)"
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _monthly(listings, hours_saved, hourly_cost, running_cost):
    return listings * hours_saved * hourly_cost - running_cost


def _cumulative(monthly, development_cost, months):
    return [-development_cost + monthly * m for m in range(1, months + 1)]


def _payback(monthly, development_cost, months=36):
    return next((m for m, total in enumerate(_cumulative(monthly, development_cost, months), 1) if total >= 0), None)


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _same(value, expected):
    # Deterministic arithmetic: only float rounding may separate a right answer from ours.
    return _is_number(value) and math.isclose(value, expected, rel_tol=1e-12, abs_tol=1e-9)


def _usd(value):
    return f"{value:,.0f} USD" if _is_number(value) else repr(value)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _call(learner, name, signature, *args):
    """learner.name(*args); a crash becomes feedback for its usual cause."""
    fn = getattr(learner, name, None)
    assert callable(fn), say("not_defined", name=name, signature=signature)
    shown = ", ".join(repr(a) for a in args)
    try:
        return fn(*args)
    except ZeroDivisionError as exc:
        raise AssertionError(say("divides_by_zero", name=name, shown=shown, error=exc)) from None
    except TypeError as exc:
        if "positional argument" in str(exc):
            if name == "payback_month" and len(args) == 2:
                raise AssertionError(say("payback_no_default", shown=shown, error=exc)) from None
            raise AssertionError(say("wrong_parameters", name=name, shown=shown, error=exc, signature=signature)) from None
        raise AssertionError(say("raised", name=name, shown=shown, error_type="TypeError", error=exc)) from None
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("raised", name=name, shown=shown, error_type=type(exc).__name__, error=exc)) from None


def test_monthly_value(learner):
    # The story's numbers first, then the check's own: a negative value, no running cost.
    cases = ((120, 2.5, 45, 1500), (80, 2.0, 50, 3000), (200, 1.5, 60, 0), (10, 1.0, 45, 1500))
    story_value = _monthly(*cases[0])
    for args in cases:
        got = _call(learner, "monthly_value", MONTHLY_SIGNATURE, *args)
        shown = ", ".join(str(a) for a in args)
        want = _monthly(*args)
        assert got is not None, say("monthly_none")
        assert not isinstance(got, str), say("returned_text", name="monthly_value", shown=shown, value=got)
        assert _is_number(got), say("not_a_number", name="monthly_value", shown=shown, value=_shown(got), type=type(got).__name__)
        if _same(got, want):
            continue
        saved = args[0] * args[1] * args[2]
        assert not (args[3] and _same(got, saved)), say("monthly_forgets_running_cost", shown=shown, got=_usd(got), running=_usd(args[3]), want=_usd(want))
        assert not (want < 0 and _same(got, 0)), say("monthly_clipped", shown=shown, want=_usd(want))
        assert not (args != cases[0] and _same(got, story_value)), say("monthly_story_numbers", shown=shown, got=_usd(got), want=_usd(want))
        raise AssertionError(say("monthly_wrong", shown=shown, got=_usd(got), want=_usd(want)))


def test_cumulative_returns(learner):
    cases = ((12000, 60000, 36), (7000, 45000, 10), (-500, 1000, 3), (2500.5, 0, 4))
    story = _cumulative(*cases[0])
    for args in cases:
        got = _call(learner, "cumulative_returns", CUMULATIVE_SIGNATURE, *args)
        monthly, development_cost, months = args
        shown = ", ".join(str(a) for a in args)
        want = _cumulative(*args)
        assert got is not None, say("cumulative_none", shown=shown)
        assert isinstance(got, (list, tuple)), say("cumulative_not_list", shown=shown, value=_shown(got), type=type(got).__name__)
        got = list(got)
        assert all(_is_number(v) for v in got), say("cumulative_not_numbers", shown=shown, value=_shown(got))
        assert not (args != cases[0] and len(got) == len(story) and all(_same(a, b) for a, b in zip(got, story))), say("cumulative_story_numbers", shown=shown)
        if len(got) == months + 1 and _same(got[0], -development_cost):
            raise AssertionError(say("cumulative_month_zero", shown=shown, count=len(got), months=months))
        assert len(got) == months, say("cumulative_length", shown=shown, count=len(got), months=months)
        if all(_same(a, b) for a, b in zip(got, want)):
            continue
        assert not _same(got[0], -development_cost), say("cumulative_starts_at_zero", shown=shown, got=_usd(got[0]), want=_usd(want[0]))
        assert not (development_cost and all(_same(a, monthly * m) for m, a in enumerate(got, 1))), say("cumulative_no_development_cost", shown=shown, development_cost=_usd(development_cost))
        m = next(m for m, (a, b) in enumerate(zip(got, want), 1) if not _same(a, b))
        raise AssertionError(say("cumulative_wrong", shown=shown, m=m, got=_usd(got[m - 1]), want=_usd(want[m - 1]), monthly=monthly, development_cost=development_cost))


def _payback_cases():
    """(args, why-message id) for months that pay back, then for ones that never do."""
    pays = (
        ((12000, 60000, 36), "why_exactly"),
        ((7000, 60000, 36), "why_between"),
        ((12000, 0, 36), "why_nothing_to_pay"),
        ((2000, 72000, 36), "why_last_month"),
        ((2500.0, 10000.0, 12), "why_exactly"),
    )
    never = (
        ((1000, 60000, 36), "why_too_slow"),
        ((12000, 60000, 4), "why_short_horizon"),
        ((-1050, 60000, 36), "why_negative"),
        ((0, 60000, 36), "why_nothing_earned"),
    )
    return pays, never


def _why(why, args):
    """The reason for a case, in the learner's language."""
    monthly, development_cost, months = args
    at = _payback(*args)
    if why == "why_exactly":
        return say("why_exactly", development_cost=f"{development_cost:,.0f}", monthly=f"{monthly:,.0f}", month=at)
    if why == "why_between":
        before, after = _cumulative(*args)[at - 2: at]
        return say("why_between", before_month=at - 1, before=_usd(before), month=at, after=_usd(after))
    if why == "why_nothing_to_pay":
        return say("why_nothing_to_pay", total=_usd(monthly))
    if why == "why_last_month":
        return say("why_last_month", development_cost=f"{development_cost:,.0f}", monthly=f"{monthly:,.0f}", months=months)
    if why == "why_too_slow":
        return say("why_too_slow", months=months, total=_usd(_cumulative(*args)[-1]))
    if why == "why_short_horizon":
        return say("why_short_horizon", months=months, total=_usd(_cumulative(*args)[-1]))
    if why == "why_negative":
        return say("why_negative")
    return say("why_nothing_earned")


def _payback_value(learner, args):
    got = _call(learner, "payback_month", PAYBACK_SIGNATURE, *args)
    shown = ", ".join(str(a) for a in args)
    assert not isinstance(got, str), say("returned_text", name="payback_month", shown=shown, value=got)
    assert got is None or _is_number(got), say("not_a_number", name="payback_month", shown=shown, value=_shown(got), type=type(got).__name__)
    return got, shown


def test_payback_month(learner):
    pays, _ = _payback_cases()
    for args, why in pays:
        got, shown = _payback_value(learner, args)
        want = _payback(*args)
        if _same(got, want):
            continue
        reason = _why(why, args)
        assert got is not None, say("payback_none", shown=shown, want=want, why=reason)
        assert not _same(got, 0), say("payback_month_zero", shown=shown, want=want, why=reason)
        if _same(got, want - 1):
            total = _cumulative(*args)[want - 2]
            raise AssertionError(say("payback_one_early", shown=shown, got=got, total=_usd(total), why=reason))
        assert not _same(got, want + 1), say("payback_one_late", shown=shown, got=got, why=reason)
        raise AssertionError(say("payback_wrong", shown=shown, got=got, want=want, why=reason))


def test_payback_month_never(learner):
    _, never = _payback_cases()
    for args, why in never:
        got, shown = _payback_value(learner, args)
        if got is None:
            continue
        months = args[2]
        reason = _why(why, args)
        assert not _same(got, 0), say("never_zero", shown=shown, why=reason)
        assert not _same(got, months + 1), say("never_after_horizon", shown=shown, got=got, why=reason)
        raise AssertionError(say("never_wrong", shown=shown, got=got, months=months, why=reason))


def test_payback_month_default_horizon(learner):
    def right(got, want):
        return got is None if want is None else _same(got, want)

    for args in ((2000, 72000), (1500, 60000)):
        want = _payback(*args)
        # Only the default is judged here: a horizon ignored altogether has its own message.
        if not right(_payback_value(learner, (*args, 36))[0], want):
            continue
        got, shown = _payback_value(learner, args)
        assert right(got, want), say("payback_default_horizon", shown=shown, got=_shown(got), want=_shown(want))


def _read_goal():
    assert os.path.exists(GOAL_FILE), say("goal_not_written", goal_file=GOAL_FILE)
    with open(GOAL_FILE, encoding="utf-8") as f:
        text = f.read()
    try:
        goal = json.loads(text)
    except ValueError as exc:
        raise AssertionError(say("goal_not_json", goal_file=GOAL_FILE, error=exc)) from None
    assert isinstance(goal, dict), say("goal_not_object", goal_file=GOAL_FILE, type=type(goal).__name__)
    return goal


def _number(goal, key):
    """goal[key], which must be there and be a number."""
    assert key in goal, say("goal_missing_key", goal_file=GOAL_FILE, key=key)
    value = goal[key]
    assert _is_number(value), say("goal_not_number", key=key, value=_shown(value))
    return value


def test_goal_file_inputs(learner):
    goal = _read_goal()
    missing = [k for k in ("problem", "listings_per_month", "hours_saved_per_listing", "hourly_cost",
                           "running_cost_per_month", "development_cost", "horizon_months", "monthly_value",
                           "payback_month", "tolerance", "min_share_within_tolerance") if k not in goal]
    assert not missing, say("goal_missing_keys", goal_file=GOAL_FILE, missing=", ".join(f"`{k}`" for k in missing))
    hours_saved = STORY["hours_by_hand"] - STORY["hours_to_review"]
    got = _number(goal, "hours_saved_per_listing")
    assert not _same(got, STORY["hours_by_hand"]), say("goal_hours_by_hand", got=got, want=hours_saved)
    assert not _same(got, STORY["hours_to_review"]), say("goal_hours_to_review", got=got, want=hours_saved)
    assert _same(got, hours_saved), say("goal_value_wrong", key="hours_saved_per_listing", got=got, want=hours_saved)
    for key in ("listings_per_month", "hourly_cost", "running_cost_per_month", "development_cost", "horizon_months"):
        got = _number(goal, key)
        assert _same(got, STORY[key]), say("goal_value_wrong", key=key, got=got, want=STORY[key])


def test_goal_file_results(learner):
    goal = _read_goal()
    saved = STORY["listings_per_month"] * (STORY["hours_by_hand"] - STORY["hours_to_review"]) * STORY["hourly_cost"]
    monthly = saved - STORY["running_cost_per_month"]
    got = _number(goal, "monthly_value")
    assert not _same(got, saved), say("goal_monthly_forgets_running_cost", got=_usd(got), want=_usd(monthly))
    assert _same(got, monthly), say("goal_monthly_wrong", got=_usd(got), want=_usd(monthly))
    want = _payback(monthly, STORY["development_cost"], STORY["horizon_months"])
    assert "payback_month" in goal, say("goal_missing_key", goal_file=GOAL_FILE, key="payback_month")
    got = goal["payback_month"]
    assert got is not None, say("goal_payback_none", want=want)
    assert _is_number(got), say("goal_not_number", key="payback_month", value=_shown(got))
    assert _same(got, want), say("goal_payback_wrong", got=got, want=want)


def test_goal_file_target(learner):
    goal = _read_goal()
    for key, want in (("tolerance", TOLERANCE), ("min_share_within_tolerance", MIN_SHARE)):
        got = _number(goal, key)
        assert not _same(got, want * 100), say("goal_percent", key=key, got=got, want=want)
        assert _same(got, want), say("goal_target_wrong", key=key, got=got, want=want)


def test_goal_file_problem(learner):
    goal = _read_goal()
    assert "problem" in goal, say("goal_missing_key", goal_file=GOAL_FILE, key="problem")
    problem = goal["problem"]
    assert isinstance(problem, str), say("goal_problem_not_text", value=_shown(problem))
    # A sentence: five words, or ten Japanese characters (Japanese puts no spaces between words).
    sentence = len(problem.split()) >= 5 or len(CJK.findall(problem)) >= 10
    assert sentence and "TODO" not in problem, say("goal_problem_short", value=_shown(problem))
