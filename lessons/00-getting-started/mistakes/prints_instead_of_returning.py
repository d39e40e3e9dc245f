# expect: count_none
# Prints the answers inside the functions but never returns them.
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    print("Sales:", len(rows))


def median_price():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    print("Median:", statistics.median(int(row["Sale_Price"]) for row in rows))


count_sales()
median_price()
