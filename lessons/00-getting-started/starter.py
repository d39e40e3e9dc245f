import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    """Return the number of sales (rows) in data/ames.csv as an int."""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # TODO: return how many sales there are
    return None


def median_price():
    """Return the median Sale_Price as a number (int or float)."""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # TODO: turn each row's "Sale_Price" text into a number, then take the median
    return None


print("Sales:", count_sales())
print("Median sale price (USD):", median_price())
