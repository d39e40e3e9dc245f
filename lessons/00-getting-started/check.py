import numbers


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def test_count_sales(learner):
    """count_sales() returns the number of sales"""
    assert callable(getattr(learner, "count_sales", None)), (
        "Define a function count_sales() that returns the number of sales in data/ames.csv."
    )
    n = learner.count_sales()
    assert n is not None, (
        "count_sales() returned None: replace the TODO with code that counts the rows and "
        "`return`s the count (for example len(rows))."
    )
    assert isinstance(n, int) and not isinstance(n, bool), (
        f"count_sales() returned {n!r} ({type(n).__name__}); return the count as a whole number (int)."
    )
    assert n != 2931, (
        "count_sales() returned 2,931, one more than the 2,930 sales: the first line of "
        "data/ames.csv is the header with the column names, not a sale. csv.DictReader skips "
        "the header for you, so len() of its rows is the number of sales."
    )
    assert n == 2930, (
        f"count_sales() returned {n:,}, but data/ames.csv holds 2,930 sales (one per line after "
        "the header). Count the dictionaries csv.DictReader gives you."
    )


def test_median_price(learner):
    """median_price() returns the median sale price as a number"""
    assert callable(getattr(learner, "median_price", None)), (
        "Define a function median_price() that returns the median Sale_Price."
    )
    m = learner.median_price()
    assert m is not None, (
        "median_price() returned None: collect the Sale_Price of every row, convert each to a "
        "number and `return` statistics.median(...) of them."
    )
    assert not isinstance(m, str), (
        f"median_price() returned the text {m!r}. Values read from a CSV file are strings; "
        "convert each Sale_Price with int() or float() before taking the median, so the result "
        "is a number you can calculate with."
    )
    assert _is_number(m), (
        f"median_price() returned {m!r} ({type(m).__name__}); return a single number, "
        "the median of all sale prices."
    )
    if abs(m - 175000) < 0.5:
        raise AssertionError(
            "median_price() returned 175,000, the median of the prices sorted as text "
            "(\"99000\" sorts after \"160000\" because \"9\" > \"1\"). Convert each Sale_Price "
            "to a number first, then take the median."
        )
    if abs(m - 180796.06) < 1:
        raise AssertionError(
            "median_price() returned about 180,796: that is the mean (average), which the few "
            "very expensive houses pull up. Use statistics.median instead."
        )
    assert abs(m - 160000) < 0.5, (
        f"median_price() returned {m:,.2f}, but the median Sale_Price of the 2,930 sales is "
        "160,000 USD. Take the median over every row's Sale_Price, converted to a number."
    )
