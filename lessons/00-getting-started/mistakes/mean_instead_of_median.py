# expect: median_is_mean
# Averages the prices: the mean, not the median.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        return statistics.mean(float(row["Sale_Price"]) for row in csv.DictReader(f))


print(count_sales(), median_price())
