# expect: median_one_middle
# statistics.median_low gives 160,000 on the real data too, but it is not the median of an even
# number of prices: only a file whose two middle prices differ shows it.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        return statistics.median_low([int(row["Sale_Price"]) for row in csv.DictReader(f)])


print(count_sales(), median_price())
