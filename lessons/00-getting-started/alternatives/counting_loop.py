# A counter in a loop and a hand-written median over float prices, as a first-time programmer might.
import csv

DATA = "data/ames.csv"


def count_sales():
    count = 0
    with open(DATA, newline="") as f:
        for _row in csv.DictReader(f):
            count = count + 1
    return count


def median_price():
    prices = []
    with open(DATA, newline="") as f:
        for row in csv.DictReader(f):
            prices.append(float(row["Sale_Price"]))
    prices.sort()
    middle = len(prices) // 2
    if len(prices) % 2 == 0:
        return (prices[middle - 1] + prices[middle]) / 2
    return prices[middle]


count = count_sales()
median = median_price()
print("Number of sales:", count)
print("Median price:", median)
