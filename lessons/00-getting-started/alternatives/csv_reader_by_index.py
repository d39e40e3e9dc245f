# csv.reader instead of DictReader: find the price column in the header, compute the median by hand.
import csv

DATA = "data/ames.csv"


def read_table():
    with open(DATA, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, [row for row in reader]


def count_sales():
    _, rows = read_table()
    return sum(1 for _ in rows)


def median_price():
    header, rows = read_table()
    column = header.index("Sale_Price")
    prices = sorted(int(row[column]) for row in rows)
    n = len(prices)
    if n % 2 == 1:
        return prices[n // 2]
    return (prices[n // 2 - 1] + prices[n // 2]) / 2


print("sales", count_sales())
print("median", median_price())
