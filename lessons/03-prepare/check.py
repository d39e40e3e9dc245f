import csv
import hashlib
import io
import itertools
import json
import math
import numbers
import os

from checking import from_inputs, run_learner_with, say

SOURCE = "data/ames.csv"
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
KEYS = ["source", "rows", "columns", "rules", "missing", "split", "sha256"]
RULES = [
    lambda r: r["Sale_Condition"] == "Normal",
    lambda r: r["MS_Zoning"] in RESIDENTIAL,
    lambda r: float(r["Gr_Liv_Area"]) <= 4000,
]
# The check's own source: the first rows of data/ames.csv with these values, so that a count
# copied from the lesson, a hash from an earlier run, `< 4000` (no real house has exactly 4,000
# sq ft) and rule 2 written as "not C_all" all give a different file than the right program.
OWN_ROWS = [
    {"Sale_Condition": "Normal", "MS_Zoning": "Residential_Low_Density", "Gr_Liv_Area": "4000", "Lot_Frontage": "0"},
    {"Sale_Condition": "Partial", "MS_Zoning": "Residential_Low_Density", "Gr_Liv_Area": "1500", "Lot_Frontage": "70"},
    {"Sale_Condition": "Normal", "MS_Zoning": "I_all", "Gr_Liv_Area": "1200", "Lot_Frontage": "60"},
    {"Sale_Condition": "Normal", "MS_Zoning": "Residential_Medium_Density", "Gr_Liv_Area": "999", "Lot_Frontage": "0"},
    {"Sale_Condition": "Abnorml", "MS_Zoning": "C_all", "Gr_Liv_Area": "4500", "Lot_Frontage": "0"},
    {"Sale_Condition": "Normal", "MS_Zoning": "Floating_Village_Residential", "Gr_Liv_Area": "4001", "Lot_Frontage": "80"},
    {"Sale_Condition": "Normal", "MS_Zoning": "A_agr", "Gr_Liv_Area": "1800", "Lot_Frontage": "0"},
    {"Sale_Condition": "Normal", "MS_Zoning": "Residential_High_Density", "Gr_Liv_Area": "1100", "Lot_Frontage": "52"},
]


def _prepare(rows, rules=RULES, cumulative=True):
    """(table of written rows, rows removed per rule) for `rules` applied to source rows."""
    removed = []
    for keep in rules:
        kept = [r for r in rows if keep(r)]
        removed.append(len(rows) - len(kept))
        if cumulative:
            rows = kept
    if not cumulative:
        rows = [r for r in rows if all(keep(r) for keep in rules)]
    table = []
    for r in rows:
        out = [r[c] for c in COLUMNS]
        if float(out[LF]) == 0:
            out[LF] = ""
        table.append(out)
    return table, removed


@from_inputs
def real():
    """What the task asks for, recomputed from data/ames.csv, and typical wrong answers."""
    with open(SOURCE, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    table, removed = _prepare(rows)
    return {
        "source": rows,
        "table": table,
        "removed": removed,
        "missing": sum(1 for r in table if r[LF] == ""),
        "source_zeros": sum(1 for r in rows if float(r["Lot_Frontage"]) == 0),
        "not_cumulative": _prepare(rows, cumulative=False)[1],
        "other_orders": [
            _prepare(rows, [RULES[i] for i in order])[1]
            for order in itertools.permutations(range(3)) if order != (0, 1, 2)
        ],
        "area_as_text": _prepare(rows, [RULES[0], RULES[1], lambda r: r["Gr_Liv_Area"] <= "4000"])[0],
    }


@from_inputs
def own():
    """The check's own source text and what the right program writes from it."""
    with open(SOURCE, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = [{**row, **changes} for row, changes in zip(reader, OWN_ROWS)]
        header = reader.fieldnames
    text = io.StringIO()
    writer = csv.DictWriter(text, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    table, removed = _prepare(rows)
    return {"text": text.getvalue(), "source": rows, "table": table, "removed": removed,
            "missing": sum(1 for r in table if r[LF] == "")}


def _dataset():
    assert os.path.exists("dataset.csv"), say("dataset_missing")
    with open("dataset.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows, say("dataset_empty")
    return rows[0], rows[1:]


def _datasheet():
    assert os.path.exists("datasheet.json"), say("datasheet_missing")
    with open("datasheet.json", encoding="utf-8") as f:
        try:
            sheet = json.load(f)
        except ValueError as exc:
            raise AssertionError(say("datasheet_not_json", error=exc)) from None
    assert isinstance(sheet, dict), say("datasheet_not_object")
    return sheet


def _number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _same(value, expected):
    # Counts: 449.0 is the same answer as 449; nothing looser.
    return _number(value) and math.isclose(value, expected, rel_tol=0, abs_tol=1e-9)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 100 else text[:99] + "…"


def _without_frontage(table):
    return [row[:LF] + row[LF + 1:] for row in table]


def _as_numbers(row):
    out = []
    for cell in row:
        try:
            out.append(float(cell))
        except ValueError:
            out.append(cell)
    return out


def test_files_written(learner):
    header, _ = _dataset()
    sheet = _datasheet()
    absent = [k for k in KEYS if k not in sheet]
    assert not absent, say("keys_missing", absent=", ".join(absent), wanted=", ".join(KEYS))


def test_columns(learner):
    header, rows = _dataset()
    assert header == COLUMNS, say("columns_wrong", header=_shown(header), columns=", ".join(COLUMNS))
    bad = [i + 2 for i, r in enumerate(rows) if len(r) != len(COLUMNS)]
    assert not bad, say("row_length", line=bad[0] if bad else 0, count=len(COLUMNS))


def test_scope_rules(learner):
    header, rows = _dataset()
    assert header == COLUMNS, say("columns_first")
    want = real()["table"]
    got, expected = _without_frontage(rows), _without_frontage(want)
    if got == expected:
        return
    assert not (len(got) == len(expected) and sorted(got) == sorted(expected)), say("rows_reordered")
    numeric = [_as_numbers(r) for r in got]
    assert numeric != [_as_numbers(r) for r in expected], say("values_converted")
    assert got != _without_frontage(real()["area_as_text"]), say("area_as_text")
    # Look each written row up in the source to name the rule that was left out.
    by_key = {tuple(r[c] for c in COLUMNS if c != "Lot_Frontage"): r for r in real()["source"]}
    sources = [by_key.get(tuple(r)) for r in got]
    found = [s for s in sources if s is not None]
    non_normal = sum(1 for s in found if s["Sale_Condition"] != "Normal")
    assert non_normal == 0, say("keeps_non_normal", count=non_normal)
    non_res = sum(1 for s in found if s["MS_Zoning"] not in RESIDENTIAL)
    zones = sorted({s["MS_Zoning"] for s in found if s["MS_Zoning"] not in RESIDENTIAL})
    assert non_res == 0, say("keeps_non_residential", count=non_res, zones=", ".join(zones))
    big = sum(1 for s in found if float(s["Gr_Liv_Area"]) > 4000)
    assert big == 0, say("keeps_big", count=big)
    assert len(got) == len(expected), say("row_count", got=len(got), want=len(expected))
    for i, (row, right) in enumerate(zip(rows, want)):
        if _without_frontage([row]) != _without_frontage([right]):
            raise AssertionError(say("row_differs", line=i + 2, got=_shown(row), want=_shown(right)))


def test_lot_frontage_unknown_is_empty(learner):
    header, rows = _dataset()
    assert header == COLUMNS, say("columns_first")
    cells = [r[LF] for r in rows]
    placeholders = sorted({c for c in cells if c.strip() not in ("", "0") and not _is_number_text(c)})
    assert not placeholders, say("frontage_placeholder", value=placeholders[0] if placeholders else "")
    zeros = sum(1 for c in cells if _is_number_text(c) and float(c) == 0)
    assert zeros == 0, say("frontage_zero", count=zeros)
    want = real()["table"]
    if _without_frontage(rows) == _without_frontage(want):
        for i, (row, right) in enumerate(zip(rows, want)):
            assert row[LF] == right[LF], say("frontage_differs", line=i + 2, got=row[LF], want=right[LF])
    missing = _datasheet().get("missing")
    assert isinstance(missing, dict) and "Lot_Frontage" in missing, say("missing_not_dict", got=_shown(missing))
    count, expected = missing["Lot_Frontage"], real()["missing"]
    assert _number(count), say("missing_not_number", got=_shown(count), want=expected)
    assert not _same(count, real()["source_zeros"]), say("missing_from_source", got=count, want=expected)
    assert not _same(count, len(want) - expected), say("missing_known", got=count, want=expected)
    own_count = sum(1 for c in cells if c == "")
    follows = _same(count, own_count) and _without_frontage(rows) != _without_frontage(want)
    assert not follows, say("missing_follows_dataset", got=count, want=expected)
    assert _same(count, expected), say("missing_wrong", got=count, want=expected)


def _is_number_text(cell):
    try:
        float(cell)
    except ValueError:
        return False
    return cell.strip().lower() not in ("nan", "inf", "-inf", "infinity")


def test_datasheet_counts(learner):
    sheet = _datasheet()
    want = real()
    assert sheet.get("source") == SOURCE, say("source_wrong", got=_shown(sheet.get("source")))
    rows = sheet.get("rows")
    kept = len(want["table"])
    written = len(_dataset()[1])
    assert _number(rows), say("rows_not_number", got=_shown(rows), want=kept)
    assert not _same(rows, written + 1), say("rows_header", got=rows, want=written)
    if not _same(rows, kept):
        assert not _same(rows, written), say("rows_follow_dataset", got=rows, want=kept)
        assert not _same(rows, len(want["source"])), say("rows_source", got=rows, want=kept)
        raise AssertionError(say("rows_wrong", got=rows, want=kept))
    assert sheet.get("columns") == COLUMNS, say("columns_list")
    rules = sheet.get("rules")
    count = len(rules) if isinstance(rules, list) else _shown(rules)
    assert isinstance(rules, list) and len(rules) == 3, say("rules_not_three", got=count)
    for r in rules:
        ok = isinstance(r, dict) and isinstance(r.get("rule"), str) and r["rule"].strip() and _number(r.get("rows_removed"))
        assert ok, say("rule_entry", entry=_shown(r))
    removed = [r["rows_removed"] for r in rules]
    shown, right = ", ".join(f"{n:g}" for n in removed), ", ".join(str(n) for n in want["removed"])
    match = lambda counts: all(_same(a, b) for a, b in zip(removed, counts))
    assert not match(want["not_cumulative"]), say("rules_not_cumulative", got=shown, want=right)
    assert not any(match(c) for c in want["other_orders"]), say("rules_order", got=shown, want=right)
    assert match(want["removed"]), say("rules_counts", got=shown, want=right)


def test_split_is_time_based(learner):
    split = _datasheet().get("split")
    assert isinstance(split, dict), say("split_not_dict", got=_shown(split))
    assert split.get("method") == "time", say("split_method", got=_shown(split.get("method")))
    assert split.get("column") == "Year_Sold", say("split_column", got=_shown(split.get("column")))
    norm = lambda s: "".join(str(s).split())
    ok = norm(split.get("train")) == "Year_Sold<=2009" and norm(split.get("test")) == "Year_Sold==2010"
    assert ok, say("split_years", train=_shown(split.get("train")), test=_shown(split.get("test")))


def test_sha256_matches_file(learner):
    _dataset()
    with open("dataset.csv", "rb") as f:
        data = f.read()
    assert b"\r" not in data, say("crlf")
    actual = hashlib.sha256(data).hexdigest()
    got = _datasheet().get("sha256")
    assert isinstance(got, str), say("sha256_not_text", got=_shown(got))
    if got.strip().lower() == actual:
        return
    with open(SOURCE, "rb") as f:
        source_hash = hashlib.sha256(f.read()).hexdigest()
    assert got.strip().lower() != source_hash, say("sha256_of_source")
    raise AssertionError(say("sha256_not_of_file", got=got[:16], actual=actual[:16]))


def test_functions(learner):
    for name in ("apply_rules", "select_columns", "sha256_of_file"):
        assert callable(getattr(learner, name, None)), say("not_defined", name=name)
    mine = own()
    source = [dict(r) for r in mine["source"]]
    try:
        result = learner.apply_rules(source)
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("function_raised", name="apply_rules", error=f"{type(exc).__name__}: {exc}")) from None
    ok = isinstance(result, (tuple, list)) and len(result) == 2 and isinstance(result[0], list)
    assert ok, say("apply_rules_shape", got=_shown(result))
    kept = [[r.get(c) if isinstance(r, dict) else None for c in COLUMNS] for r in result[0]]
    right = [[r[c] for c in COLUMNS] for r in mine["source"] if all(keep(r) for keep in RULES)]
    boundary = [r for r in right if r[COLUMNS.index("Gr_Liv_Area")] != "4000"]
    assert kept != boundary, say("area_boundary")
    assert kept == right, say("apply_rules_rows", got=len(kept), want=len(right))
    row = mine["source"][0]  # Lot_Frontage 0
    try:
        out = learner.select_columns(dict(row))
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("function_raised", name="select_columns", error=f"{type(exc).__name__}: {exc}")) from None
    want = mine["table"][0]
    assert isinstance(out, (list, tuple)) and list(out) == want, say("select_columns_wrong", got=_shown(out), want=_shown(want))
    with open("dataset.csv", "rb") as f:
        actual = hashlib.sha256(f.read()).hexdigest()
    try:
        digest = learner.sha256_of_file("dataset.csv")
    except Exception as exc:  # noqa: BLE001 - every crash becomes feedback
        raise AssertionError(say("function_raised", name="sha256_of_file", error=f"{type(exc).__name__}: {exc}")) from None
    assert isinstance(digest, str) and digest.strip().lower() == actual, say("sha256_function", got=_shown(digest))


def test_computed_from_source(learner):
    mine, copied_hash = own(), _datasheet().get("sha256")
    with run_learner_with({SOURCE: mine["text"]}) as (module, error):
        assert error is None, say("own_data_crash", error=error["message"] if error else "")
        assert os.path.exists("dataset.csv") and os.path.exists("datasheet.json"), say("own_data_no_files")
        with open("dataset.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))[1:]
        with open("dataset.csv", "rb") as f:
            actual = hashlib.sha256(f.read()).hexdigest()
        sheet = _datasheet()
    kept = len(mine["table"])
    boundary = [r for r in mine["table"] if r[COLUMNS.index("Gr_Liv_Area")] != "4000"]
    assert rows != boundary, say("area_boundary")
    assert len(rows) == kept, say("own_rows", got=len(rows), want=kept, total=len(OWN_ROWS))
    for i, (row, right) in enumerate(zip(rows, mine["table"])):
        assert row == right, say("own_row_differs", line=i + 2, got=_shown(row), want=_shown(right))
    rules = sheet.get("rules") if isinstance(sheet.get("rules"), list) else []
    removed = [r.get("rows_removed") if isinstance(r, dict) else None for r in rules]
    counts = ", ".join(str(n) for n in mine["removed"])
    same = len(removed) == 3 and all(_same(a, b) for a, b in zip(removed, mine["removed"]))
    assert same, say("own_counts", got=_shown(removed), want=counts, kept=kept)
    missing = sheet.get("missing").get("Lot_Frontage") if isinstance(sheet.get("missing"), dict) else None
    assert _same(missing, mine["missing"]), say("own_missing", got=_shown(missing), want=mine["missing"])
    assert _same(sheet.get("rows"), kept), say("own_rows_count", got=_shown(sheet.get("rows")), want=kept)
    got = sheet.get("sha256")
    assert not (isinstance(got, str) and got == copied_hash), say("sha256_copied")
    assert isinstance(got, str) and got.strip().lower() == actual, say("own_sha256", got=_shown(got))
