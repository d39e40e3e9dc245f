import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    """Return the number of sales (rows) in data/ames.csv as an int."""
    with open(DATA, newline="") as f:
        # DictReader uses the header line for the column names, so every row it yields is a sale.
        rows = list(csv.DictReader(f))
    return len(rows)


def median_price():
    """Return the median Sale_Price as a number (int or float)."""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # A CSV file holds text: "215000" is a string until we convert it.
    prices = [int(row["Sale_Price"]) for row in rows]
    return statistics.median(prices)


print(f"Sales: {count_sales():,}")
print(f"Median sale price: {median_price():,.0f} USD")
