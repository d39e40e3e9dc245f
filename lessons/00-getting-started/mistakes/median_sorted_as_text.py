# expect: median_sorted_as_text
# Takes the middle of the sorted prices, but sorts the strings and converts only the answer.
import csv

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        prices = sorted(row["Sale_Price"] for row in csv.DictReader(f))
    return int(prices[len(prices) // 2])


print(count_sales(), median_price())
