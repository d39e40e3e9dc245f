import csv
import hashlib
import json
import os

from checking import from_inputs

COLUMNS = [
    "Year_Sold", "Mo_Sold", "Neighborhood", "Bldg_Type", "Overall_Cond",
    "Year_Built", "Year_Remod_Add", "Gr_Liv_Area", "Total_Bsmt_SF", "Lot_Area",
    "Lot_Frontage", "Full_Bath", "Bedroom_AbvGr", "Fireplaces", "Garage_Cars",
    "Central_Air", "Sale_Price",
]
RESIDENTIAL = {
    "Residential_Low_Density", "Residential_Medium_Density",
    "Residential_High_Density", "Floating_Village_Residential",
}
LF = COLUMNS.index("Lot_Frontage")


@from_inputs
def _source():
    """data/ames.csv, read once and kept between checks."""
    with open("data/ames.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@from_inputs
def _expected():
    """The reference result, recomputed here: (rows as lists of strings, rows removed per rule)."""
    rows = _source()
    removed = []
    for keep in (
        lambda r: r["Sale_Condition"] == "Normal",
        lambda r: r["MS_Zoning"] in RESIDENTIAL,
        lambda r: float(r["Gr_Liv_Area"]) <= 4000,
    ):
        kept = [r for r in rows if keep(r)]
        removed.append(len(rows) - len(kept))
        rows = kept
    table = []
    for r in rows:
        out = [r[c] for c in COLUMNS]
        if float(out[LF]) == 0:
            out[LF] = ""
        table.append(out)
    return table, removed


def _dataset():
    assert os.path.exists("dataset.csv"), (
        "dataset.csv was not written. Write it in the working folder with "
        'open("dataset.csv", "w", newline="", encoding="utf-8") and csv.writer.'
    )
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows, "dataset.csv is empty: write the header row, then one row per kept sale."
    return rows[0], rows[1:]


def _datasheet():
    assert os.path.exists("datasheet.json"), (
        "datasheet.json was not written. Write it after dataset.csv with json.dump."
    )
    with open("datasheet.json", encoding="utf-8") as f:
        try:
            sheet = json.load(f)
        except ValueError as exc:
            raise AssertionError(f"datasheet.json is not valid JSON ({exc}); write it with json.dump.")
    assert isinstance(sheet, dict), "datasheet.json must hold one JSON object ({...})."
    return sheet


def test_files_written(learner):
    """dataset.csv and datasheet.json are written"""
    _dataset()
    sheet = _datasheet()
    wanted = ["source", "rows", "columns", "rules", "missing", "split", "sha256"]
    absent = [k for k in wanted if k not in sheet]
    assert not absent, f"datasheet.json lacks the key(s) {absent}; it needs all of {wanted}."


def test_columns(learner):
    """dataset.csv has the 17 agreed columns, in order"""
    header, rows = _dataset()
    assert header == COLUMNS, (
        f"The header of dataset.csv is {header}, expected exactly {COLUMNS} "
        "(the agreed columns, in this order; lesson 04 reads them by name)."
    )
    bad = [i + 2 for i, r in enumerate(rows) if len(r) != len(COLUMNS)]
    assert not bad, f"Line {bad[0]} of dataset.csv has a different number of cells than the header."


def test_scope_rules(learner):
    """Exactly the sales that pass the three scope rules are kept, in source order"""
    header, rows = _dataset()
    expected, _ = _expected()
    if rows == expected:
        return
    # Find out which rule was not applied: look up each written row in the source.
    by_key = {}
    for r in _source():
        key = (r["Year_Sold"], r["Mo_Sold"], r["Neighborhood"], r["Gr_Liv_Area"], r["Lot_Area"], r["Sale_Price"])
        by_key.setdefault(key, []).append(r)
    col = {c: i for i, c in enumerate(header)}
    non_normal = non_res = big = 0
    for row in rows:
        try:
            key = tuple(row[col[c]] for c in ("Year_Sold", "Mo_Sold", "Neighborhood", "Gr_Liv_Area", "Lot_Area", "Sale_Price"))
        except (KeyError, IndexError):
            break
        for src in by_key.get(key, [])[:1]:
            non_normal += src["Sale_Condition"] != "Normal"
            non_res += src["MS_Zoning"] not in RESIDENTIAL
            big += float(src["Gr_Liv_Area"]) > 4000
    assert non_normal == 0, (
        f"dataset.csv keeps {non_normal} sales whose Sale_Condition is not Normal (Partial, Abnorml, "
        'Family, ...). Rule 1: keep only Sale_Condition == "Normal"; the brokerage does not price '
        "foreclosures, family or new-construction sales, and their prices would mislead the model."
    )
    assert non_res == 0, (
        f"dataset.csv keeps {non_res} sales outside residential zoning. Rule 2: keep only MS_Zoning in "
        f"{sorted(RESIDENTIAL)}."
    )
    assert big == 0, (
        f"dataset.csv keeps {big} houses with Gr_Liv_Area above 4,000 sq ft. Rule 3: keep Gr_Liv_Area <= 4000 "
        "(compare it as a number, not as text)."
    )
    assert len(rows) == len(expected), (
        f"dataset.csv has {len(rows)} data rows, but {len(expected)} sales pass the three rules: "
        "apply each rule once, in order, and drop nothing else."
    )
    for i, (got, want) in enumerate(zip(rows, expected)):
        if got != want:
            if got[LF] != want[LF] and got[:LF] == want[:LF]:
                continue  # Lot_Frontage is judged by its own check
            raise AssertionError(
                f"Line {i + 2} of dataset.csv is {got}, expected {want}. Keep the source order and write "
                "the values as they are in data/ames.csv (no rounding, no conversion to float)."
            )


def test_lot_frontage_unknown_is_empty(learner):
    """A Lot_Frontage of 0 (unknown) is written as an empty cell"""
    header, rows = _dataset()
    assert "Lot_Frontage" in header, "dataset.csv has no Lot_Frontage column; keep the 17 agreed columns."
    i = header.index("Lot_Frontage")
    zeros = sum(1 for r in rows if r[i].strip() not in ("", "NA") and float(r[i]) == 0)
    assert zeros == 0, (
        f"{zeros} rows of dataset.csv still have Lot_Frontage 0. In this data 0 means 'unknown', not "
        "'no street frontage': write an empty cell so lesson 04 imputes it instead of learning from a fake 0 ft."
    )
    empty = sum(1 for r in rows if r[i] == "")
    sheet = _datasheet()
    missing = sheet.get("missing")
    assert isinstance(missing, dict) and missing.get("Lot_Frontage") == empty, (
        f'datasheet["missing"] is {missing!r}, but dataset.csv has {empty} empty Lot_Frontage cells: '
        'write {"Lot_Frontage": <that count>}.'
    )


def test_datasheet_counts(learner):
    """The datasheet's rows, columns and rules match the written file"""
    header, rows = _dataset()
    sheet = _datasheet()
    assert sheet.get("source") == "data/ames.csv", f'datasheet["source"] is {sheet.get("source")!r}, expected "data/ames.csv".'
    assert sheet.get("rows") == len(rows), (
        f'datasheet["rows"] is {sheet.get("rows")!r}, but dataset.csv has {len(rows)} data rows '
        "(count the rows you wrote, without the header)."
    )
    assert sheet.get("columns") == header, 'datasheet["columns"] must list the header of dataset.csv, in order.'
    rules = sheet.get("rules")
    assert isinstance(rules, list) and len(rules) == 3, (
        f'datasheet["rules"] must list the 3 scope rules in order, one {{"rule": text, "rows_removed": n}} each; '
        f"it has {len(rules) if isinstance(rules, list) else rules!r}."
    )
    for r in rules:
        assert isinstance(r, dict) and isinstance(r.get("rule"), str) and type(r.get("rows_removed")) is int, (
            f'Each rule needs "rule" (text) and "rows_removed" (an int); got {r!r}.'
        )
    removed = [r["rows_removed"] for r in rules]
    total = len(_source())
    assert sum(removed) == total - len(rows), (
        f"The rows removed per rule add up to {sum(removed)}, but {total} - {len(rows)} = "
        f"{total - len(rows)} rows were removed: count each rule on the rows left by the rules before it."
    )
    _, want = _expected()
    assert removed == want, (
        f"rows_removed per rule are {removed}, expected {want} (rule 1 on all sales, rule 2 on what rule 1 "
        "kept, rule 3 on what rule 2 kept)."
    )


def test_split_is_time_based(learner):
    """The split plan is time-based: train on 2006-2009, test on 2010"""
    split = _datasheet().get("split")
    assert isinstance(split, dict), f'datasheet["split"] must be an object; got {split!r}.'
    assert split.get("method") == "time", (
        f'split["method"] is {split.get("method")!r}, expected "time". The model will price future '
        "listings, so it must be tested on the latest sales; a random split lets sales from 2010 "
        "leak into training and makes the test look better than real use will be."
    )
    norm = lambda s: "".join(str(s).split())
    assert split.get("column") == "Year_Sold", f'split["column"] must be "Year_Sold"; got {split.get("column")!r}.'
    assert norm(split.get("train")) == "Year_Sold<=2009" and norm(split.get("test")) == "Year_Sold==2010", (
        f'split train/test are {split.get("train")!r} / {split.get("test")!r}; lesson 04 expects '
        '"Year_Sold <= 2009" and "Year_Sold == 2010".'
    )


def test_sha256_matches_file(learner):
    """sha256 is the hash of the bytes of dataset.csv on disk"""
    with open("dataset.csv", "rb") as f:
        data = f.read()
    assert b"\r" not in data, (
        'dataset.csv has \\r\\n line endings: open it with newline="" and use csv.writer(f, lineterminator="\\n"), '
        "so the file (and its hash) is the same on every computer."
    )
    actual = hashlib.sha256(data).hexdigest()
    got = _datasheet().get("sha256")
    if got == actual:
        return
    with open("data/ames.csv", "rb") as f:
        source_hash = hashlib.sha256(f.read()).hexdigest()
    assert got != source_hash, (
        'datasheet["sha256"] is the hash of data/ames.csv, the source. It must identify the data the '
        "model will see: hash the bytes of dataset.csv."
    )
    raise AssertionError(
        f'datasheet["sha256"] is {str(got)[:16]}..., but the bytes of dataset.csv on disk hash to '
        f"{actual[:16]}.... The hash must be computed on the bytes of the written file, after writing "
        'and closing it: open("dataset.csv", "rb") and hashlib.sha256(f.read()).hexdigest().'
    )
