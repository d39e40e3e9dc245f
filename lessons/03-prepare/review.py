"""The review of datasheet.json: Nora, the IT auditor, checks that the record identifies the data.

She does not read the code. She reconciles the datasheet with the files she received: the counts
against the source export and against dataset.csv, the columns against the personal data that may
not be used yet, and the stated SHA-256 against the hash she computes herself.
"""
import csv
import hashlib
import io
import json

SOURCE = "data/ames.csv"
# Personal data the IT auditor has not cleared (lesson 03's communication exercise).
PERSONAL = ("Longitude", "Latitude", "Address", "Owner", "Seller", "Name")
SAMPLE_ROWS = 8


def _sha(data):
    return hashlib.sha256(data).hexdigest()


def _check(files):
    """Every figure of the review, from the datasheet, dataset.csv and the source export."""
    sheet = json.loads(files["datasheet.json"])
    table = list(csv.reader(io.StringIO(files["dataset.csv"])))
    header, body = table[0], table[1:]
    with open(SOURCE, "rb") as f:
        source_bytes = f.read()
    source_rows = len(list(csv.DictReader(io.StringIO(source_bytes.decode("utf-8")))))
    removed = [int(rule["rows_removed"]) for rule in sheet["rules"]]
    frontage = header.index("Lot_Frontage") if "Lot_Frontage" in header else None
    empty = sum(1 for row in body if frontage is not None and row[frontage] == "") if frontage is not None else 0
    return {
        "sheet": sheet,
        "header": header,
        "body": body,
        "source_rows": source_rows,
        "removed": removed,
        "file_rows": len(body),
        "empty": empty,
        "file_sha": _sha(files["dataset.csv"].encode("utf-8")),
        "source_sha": _sha(source_bytes),
        "personal": [name for name in header if any(word.lower() in name.lower() for word in PERSONAL)],
    }


def _findings(c):
    sheet = c["sheet"]
    found = []
    if sheet["sha256"] != c["file_sha"]:
        found.append("hash-not-dataset")
    if c["source_rows"] - sum(c["removed"]) != sheet["rows"]:
        found.append("counts-dont-reconcile")
    if sheet["rows"] != c["file_rows"]:
        found.append("rows-not-file")
    if sheet.get("missing", {}).get("Lot_Frontage") != c["empty"]:
        found.append("missing-not-file")
    if c["personal"]:
        found.append("personal-data")
    return found


def answers(files):
    c = _check(files)
    sheet = c["sheet"]
    found = _findings(c)
    if sheet["sha256"] == c["file_sha"]:
        fingerprint = "identifies-file"
    elif sheet["sha256"] == c["source_sha"]:
        fingerprint = "identifies-source"
    else:
        fingerprint = "identifies-nothing"
    if found:
        evidence = []
        if "hash-not-dataset" in found:
            evidence.append("hash-differs")
        if {"counts-dont-reconcile", "rows-not-file", "missing-not-file"} & set(found):
            evidence.append("counts-differ")
        if "personal-data" in found:
            evidence.append("personal-columns")
        decision = {"option": "send-back", "evidence": evidence}
    else:
        decision = {"option": "accept", "evidence": ["hash-matches", "counts-reconcile", "no-personal-columns"]}
    return {
        "removed": {
            "value": sum(c["removed"]),
            "tolerance": 0.5,
            "typical": {"kept": sheet["rows"], "first-rule": c["removed"][0], "source": c["source_rows"]},
        },
        "fingerprint": {"option": fingerprint},
        "findings": {"options": found},
        "sign-off": decision,
        # The data scientist owns the datasheet: every flaw goes back to them; a sound one is archived.
        "next": {"option": "ds-rehash" if found else "architect-archive"},
    }


def facts(files):
    c = _check(files)
    sheet = c["sheet"]
    r = c["removed"] + [0, 0, 0]
    return {
        "source_rows": c["source_rows"],
        "removed": sum(c["removed"]),
        "r1": r[0],
        "r2": r[1],
        "r3": r[2],
        "rows": sheet["rows"],
        "file_rows": c["file_rows"],
        "columns": len(c["header"]),
        "missing": sheet.get("missing", {}).get("Lot_Frontage", 0),
        "empty": c["empty"],
        "stated": sheet["sha256"][:12],
        "file_sha": c["file_sha"][:12],
        "source_sha": c["source_sha"][:12],
    }


def view(files):
    c = _check(files)
    sheet = c["sheet"]
    split = sheet["split"]
    heading("datasheet.json, as the data scientist sent it")  # ja: heading("データサイエンティストから届いた datasheet.json")
    figures(
        [
            ("Source", sheet["source"], False),  # ja: ("元データ", sheet["source"], False),
            ("Rows", f"{sheet['rows']:,}", False),  # ja: ("行数", f"{sheet['rows']:,}", False),
            ("Columns", str(len(sheet["columns"])), False),  # ja: ("列数", str(len(sheet["columns"])), False),
            ("Unknown Lot_Frontage", f"{sheet.get('missing', {}).get('Lot_Frontage', 0):,}", False),  # ja: ("Lot_Frontage が不明", f"{sheet.get('missing', {}).get('Lot_Frontage', 0):,}", False),
            ("Split plan", f"{split.get('method')}: {split.get('train')} / {split.get('test')}", False),  # ja: ("分割計画", f"{split.get('method')}：{split.get('train')} / {split.get('test')}", False),
            ("SHA-256 (stated)", sheet["sha256"], True),  # ja: ("SHA-256（記載）", sheet["sha256"], True),
        ]
    )
    display(
        [{"rule": rule["rule"], "rows removed": rule["rows_removed"]} for rule in sheet["rules"]]  # ja: [{"規則": rule["rule"], "除外した行": rule["rows_removed"]} for rule in sheet["rules"]]
    )
    heading("Your own checks on the files you received")  # ja: heading("受け取ったファイルをあなた自身が確かめた結果")
    figures(
        [
            ("Sales in the source export data/ames.csv", f"{c['source_rows']:,}", False),  # ja: ("元のエクスポート data/ames.csv の売買", f"{c['source_rows']:,} 件", False),
            ("Data rows in dataset.csv", f"{c['file_rows']:,}", False),  # ja: ("dataset.csv のデータ行", f"{c['file_rows']:,} 行", False),
            ("Empty Lot_Frontage cells in dataset.csv", f"{c['empty']:,}", False),  # ja: ("dataset.csv の空の Lot_Frontage", f"{c['empty']:,} 件", False),
            ("SHA-256 of dataset.csv as received", c["file_sha"], True),  # ja: ("受け取った dataset.csv の SHA-256", c["file_sha"], True),
            ("SHA-256 of data/ames.csv, the source export", c["source_sha"], True),  # ja: ("元のエクスポート data/ames.csv の SHA-256", c["source_sha"], True),
        ]
    )
    heading(f"dataset.csv: the first {SAMPLE_ROWS} of {c['file_rows']:,} rows")  # ja: heading(f"dataset.csv：{c['file_rows']:,} 行のうち先頭の {SAMPLE_ROWS} 行")
    display(c["body"][:SAMPLE_ROWS], headers=c["header"])
