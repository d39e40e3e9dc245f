import csv
import statistics

DATA = "data/ames.csv"


def count_sales():
    """Return the number of sales (rows) in data/ames.csv."""  # ja: """data/ames.csv の売買の件数（行数）を返します。"""
    with open(DATA, newline="") as f:
        # DictReader uses the header line for the column names, so every row it yields is a sale.
        # ja: DictReader はヘッダー行を列名に使うので、返される行はどれも売買 1 件です。
        rows = list(csv.DictReader(f))
    return len(rows)


def median_price():
    """Return the median Sale_Price as a number."""  # ja: """Sale_Price の中央値を数値で返します。"""
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    # A CSV file holds text: "215000" is a string until we convert it.
    # ja: CSV ファイルの中身は文字列です。"215000" は変換するまで文字列のままです。
    prices = [int(row["Sale_Price"]) for row in rows]
    return statistics.median(prices)


print(f"Sales: {count_sales():,}")  # ja: print(f"売買件数：{count_sales():,} 件")
print(f"Median sale price: {median_price():,.0f} USD")  # ja: print(f"売却価格の中央値：{median_price():,.0f} USD")
