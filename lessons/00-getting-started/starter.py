import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    """Return the number of sales (rows) in data/ames.csv."""  # ja: """data/ames.csv の売買の件数（行数）を返します。"""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # TODO: return how many sales there are
    # ja: TODO: 売買の件数を返す
    return None


def median_price():
    """Return the median Sale_Price as a number."""  # ja: """Sale_Price の中央値を数値で返します。"""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # TODO: turn each row's "Sale_Price" text into a number, then take the median
    # ja: TODO: 各行の "Sale_Price" の文字列を数値に変換してから、中央値を求める
    return None


print(f"Sales: {count_sales()}")  # ja: print(f"売買件数：{count_sales()}")
print(f"Median sale price (USD): {median_price()}")  # ja: print(f"売却価格の中央値（USD）：{median_price()}")
