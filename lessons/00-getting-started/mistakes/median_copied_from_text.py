# expect: median_not_computed
# Counts correctly, but returns the median the lesson text announces.
import csv


def count_sales():
    with open("data/ames.csv", newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    return 160000


print(count_sales(), median_price())
