# expect: count_header
import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    # Counting lines of the file also counts the header line with the column names.
    with open(DATA, newline="") as f:
        return len(f.readlines())


def median_price():
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    prices = [int(row["Sale_Price"]) for row in rows]
    return statistics.median(prices)


print(f"Sales: {count_sales():,}")
print(f"Median sale price: {median_price():,.0f} USD")
