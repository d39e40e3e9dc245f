# expect: not_a_number
# Returns the rows themselves instead of how many there are.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def median_price():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    return statistics.median(int(row["Sale_Price"]) for row in rows)
