# expect: median_one_middle
# Picks the element at len // 2 of the sorted prices: right for an odd count only.
import csv

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        prices = sorted(float(row["Sale_Price"]) for row in csv.DictReader(f))
    return prices[len(prices) // 2]
