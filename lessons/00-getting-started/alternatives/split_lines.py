# Splits the lines of the file itself: the header is the first line, every other line a sale.
from pathlib import Path
import statistics

LINES = Path("data/ames.csv").read_text().splitlines()


def count_sales():
    return len(LINES) - 1


def median_price():
    column = LINES[0].split(",").index("Sale_Price")
    return statistics.median([int(line.split(",")[column]) for line in LINES[1:]])


if __name__ == "__main__":
    print(count_sales(), median_price())
