# Reads the file once when the program starts; both functions use the same rows. Extra output.
import csv
import statistics

with open("data/ames.csv", newline="") as f:
    ROWS = list(csv.DictReader(f))


def count_sales():
    return len(ROWS)


def median_price():
    return statistics.median(float(r["Sale_Price"]) for r in ROWS)


print(f"{count_sales()} sales, median {median_price():.0f} USD")
print("first sale:", ROWS[0]["Neighborhood"], ROWS[0]["Sale_Price"])
display(ROWS[:3])
