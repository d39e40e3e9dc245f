# expect: count_one_short
# Skips "the header" with next(), but DictReader has already read it: the first sale is lost.
import csv
import statistics

DATA = "data/ames.csv"


def read_sales():
    with open(DATA, newline="") as f:
        reader = csv.DictReader(f)
        next(reader)
        return list(reader)


def count_sales():
    return len(read_sales())


def median_price():
    return statistics.median(int(row["Sale_Price"]) for row in read_sales())
