# expect: median_of_text_error
# Forgets that CSV values are strings: statistics.median of an even number of strings fails.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    return len(rows)


def median_price():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    prices = [row["Sale_Price"] for row in rows]
    return statistics.median(prices)
