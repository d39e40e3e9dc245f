# DictReader in a helper with a path argument; the median through statistics on a tuple.
import csv
import statistics


def rows_of(path="data/ames.csv"):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def count_sales():
    return len(list(rows_of()))


def median_price():
    return statistics.median(tuple(int(row["Sale_Price"]) for row in rows_of()))


summary = {"sales": count_sales(), "median": median_price(), "currency": "USD"}
print(summary)
