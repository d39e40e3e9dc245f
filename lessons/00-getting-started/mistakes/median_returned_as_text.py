# expect: returned_text
# Formats the median for display inside the function, so it returns a string.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        prices = [int(row["Sale_Price"]) for row in csv.DictReader(f)]
    return f"{statistics.median(prices):,.0f}"


print(count_sales(), median_price())
