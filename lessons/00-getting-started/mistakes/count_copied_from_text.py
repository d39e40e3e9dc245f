# expect: count_not_computed
# The lesson says Run should print 2,930: this learner returns that number instead of counting.
import csv
import statistics


def count_sales():
    return 2930


def median_price():
    with open("data/ames.csv", newline="") as f:
        return statistics.median(int(row["Sale_Price"]) for row in csv.DictReader(f))


print(count_sales(), median_price())
