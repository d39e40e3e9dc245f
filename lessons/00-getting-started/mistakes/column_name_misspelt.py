# expect: missing_column
# Writes the price column as SalePrice (the name in another version of this dataset).
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open(DATA, newline="") as f:
        return statistics.median(int(row["SalePrice"]) for row in csv.DictReader(f))
