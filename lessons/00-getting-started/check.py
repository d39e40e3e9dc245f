import csv
import math
import numbers
import statistics

from checking import from_inputs, run_learner_with, say

DATA = "data/ames.csv"
# The check's own small datasets: the first rows of data/ames.csv with these prices. Seven sales
# have one middle price (142,500), which a program that skips a sale misses; the first six have
# two (128,000 and 142,500), whose mean (135,250) is their median. Each median also differs from
# the mean, the middle of the prices sorted as text, and the real data's answers.
OWN_PRICES = [99000, 89500, 310000, 142500, 128000, 1250000, 187000]


@from_inputs
def sales():
    """What the task asks for, recomputed from data/ames.csv, and the typical wrong answers."""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [row["Sale_Price"] for row in rows]
    prices = [int(text) for text in texts]
    by_text = sorted(texts)
    return {
        "count": len(rows),
        "median": statistics.median(prices),
        "mean": statistics.mean(prices),
        "text_middles": {int(by_text[len(by_text) // 2 - 1]), int(by_text[len(by_text) // 2])},
    }


@from_inputs
def own_data():
    """data/ames.csv cut to its first 7 and first 6 rows, with OWN_PRICES as their Sale_Price."""
    with open(DATA, newline="") as f:
        lines = f.read().splitlines()
    column = lines[0].split(",").index("Sale_Price")
    rows = []
    for line, price in zip(lines[1:], OWN_PRICES):
        fields = line.split(",")
        fields[column] = str(price)
        rows.append(",".join(fields))
    return {n: "\n".join([lines[0], *rows[:n]]) + "\n" for n in (7, 6)}


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _same(value, expected):
    # Deterministic arithmetic: only float rounding may separate a right answer from ours.
    return _is_number(value) and math.isclose(value, expected, rel_tol=1e-12, abs_tol=1e-9)


def _call(learner, name):
    """Calls learner.name(); a crash becomes feedback for its usual cause."""
    fn = getattr(learner, name, None)
    assert callable(fn), say("not_defined", name=name)
    try:
        return fn()
    except FileNotFoundError as exc:
        raise AssertionError(say("file_not_found", name=name, path=exc.filename)) from None
    except KeyError as exc:
        raise AssertionError(say("missing_column", name=name, key=exc.args[0] if exc.args else "")) from None
    except TypeError as exc:
        if "str" in str(exc):
            raise AssertionError(say("median_of_text_error", name=name, error=exc)) from None
        raise AssertionError(say("raised", name=name, error_type="TypeError", error=exc)) from None
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("raised", name=name, error_type=type(exc).__name__, error=exc)) from None


def _on_own_data(name, rows):
    """learner.name() of the learner's program run again on the check's own data of `rows` sales."""
    with run_learner_with({DATA: own_data()[rows]}) as (module, error):
        assert error is None, say("own_data_crash", rows=rows, error=error["message"])
        return _call(module, name)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _check_number(name, value):
    assert not isinstance(value, str), say("returned_text", name=name, value=value)
    assert _is_number(value), say("not_a_number", name=name, value=_shown(value), type=type(value).__name__)


def test_count_sales(learner):
    expected = sales()["count"]
    count = _call(learner, "count_sales")
    assert count is not None, say("count_none")
    _check_number("count_sales", count)
    assert count != expected + 1, say("count_header", count=count, expected=expected)
    assert count != expected - 1, say("count_one_short", count=count, expected=expected)
    assert _same(count, expected), say("count_wrong", count=count, expected=expected)
    own = _on_own_data("count_sales", 7)
    assert _same(own, 7), say("count_not_computed", count=_shown(own), rows=7)


def test_median_price(learner):
    real = sales()
    median = _call(learner, "median_price")
    assert median is not None, say("median_none")
    _check_number("median_price", median)
    assert not _same(median, real["mean"]), say("median_is_mean", value=median, median=real["median"])
    text_only = [m for m in real["text_middles"] if not _same(m, real["median"])]
    assert not any(_same(median, m) for m in text_only), say("median_sorted_as_text", value=median, median=real["median"])
    assert _same(median, real["median"]), say("median_wrong", value=median, median=real["median"], count=real["count"])

    # Seven sales have one middle price, which a program that skips a sale misses.
    prices = OWN_PRICES
    shown, want = " / ".join(f"{p:,}" for p in prices), statistics.median(prices)
    own = _own_median(7, shown, real["median"], want)
    assert not _same(own, statistics.median(prices[1:])), say("median_skips_a_sale", value=own, prices=shown, median=want)
    assert _same(own, want), say("median_wrong_own", value=own, prices=shown, median=want)

    # Six sales have two middle prices; their mean is the median.
    prices = OWN_PRICES[:6]
    shown, want = " / ".join(f"{p:,}" for p in prices), statistics.median(prices)
    own = _own_median(6, shown, real["median"], want)
    low, high = sorted(prices)[2:4]
    assert not (_same(own, low) or _same(own, high)), say("median_one_middle", value=own, prices=shown, low=low, high=high, median=want)
    assert _same(own, want), say("median_wrong_own", value=own, prices=shown, median=want)


def _own_median(rows, shown, real_median, want):
    """median_price() on the check's own data of `rows` sales, which must be a computed number."""
    own = _on_own_data("median_price", rows)
    assert _is_number(own), say("median_own_not_number", value=_shown(own), prices=shown)
    assert not _same(own, real_median), say("median_not_computed", value=own, rows=rows, prices=shown, median=want)
    return own
