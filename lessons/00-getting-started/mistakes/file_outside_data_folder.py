# expect: file_not_found
# Opens ames.csv in the working folder instead of data/ames.csv.
import csv
import statistics


def count_sales():
    with open("ames.csv", newline="") as f:
        return len(list(csv.DictReader(f)))


def median_price():
    with open("ames.csv", newline="") as f:
        return statistics.median(int(r["Sale_Price"]) for r in csv.DictReader(f))
