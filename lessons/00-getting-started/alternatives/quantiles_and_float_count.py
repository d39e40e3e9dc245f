# Returns the count as a float (5.0 for 5 is still the number) and the median as the middle cut
# point of statistics.quantiles.
import csv
import statistics


def load():
    with open("data/ames.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def count_sales():
    return float(len(load()))


def median_price():
    prices = [int(row["Sale_Price"]) for row in load()]
    (middle,) = statistics.quantiles(prices, n=2)
    return middle


for label, value in (("sales", count_sales()), ("median", median_price())):
    print(f"{label:>8}: {value:,.1f}")
