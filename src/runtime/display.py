"""display(obj): rich output for lesson code, like Jupyter's, as JSON bundles the page renders.

A list of dicts (or rows with headers=...) becomes a table; a dict that is a Vega-Lite spec
becomes a chart; anything else its text. Bundles are capped so a huge object cannot freeze the
page: tables show their first MAX_ROWS rows, charts are refused past MAX_SPEC_CHARS.
"""

import json
from contextlib import contextmanager

from messages import text

MAX_ROWS = 200
MAX_CELL_CHARS = 200
MAX_SPEC_CHARS = 1_000_000
MAX_TEXT_CHARS = 20_000
MAX_DISPLAYS = 50

_displays = None
# While checks run, display() does nothing: no one sees it, and a big chart costs time.
_IGNORED = object()


@contextmanager
def collected_displays():
    """Collect the bundles displayed inside the block into the list it yields."""
    global _displays
    outer, _displays = _displays, []
    try:
        yield _displays
    finally:
        _displays = outer


@contextmanager
def ignored_displays():
    global _displays
    outer, _displays = _displays, _IGNORED
    try:
        yield
    finally:
        _displays = outer


def _cell(value):
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _table(rows, headers):
    rows = list(rows)
    if headers is None:
        headers = []
        for row in rows[:MAX_ROWS]:
            headers.extend(k for k in row if k not in headers)
        body = [[_cell(row.get(h)) for h in headers] for row in rows[:MAX_ROWS]]
    else:
        body = [[_cell(v) for v in row] for row in rows[:MAX_ROWS]]
    return {"type": "table", "columns": [str(h) for h in headers], "rows": body, "total": len(rows)}


def _is_vega_lite(obj):
    schema = str(obj.get("$schema", ""))
    return "vega-lite" in schema or ("mark" in obj and ("data" in obj or "encoding" in obj)) or "layer" in obj


def _has_url(obj):
    if isinstance(obj, dict):
        return "url" in obj or any(_has_url(v) for v in obj.values())
    if isinstance(obj, list):
        return any(_has_url(v) for v in obj)
    return False


def _text(text):
    return {"type": "text", "text": text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS] + "\n…"}


def bundle(obj, headers=None):
    """The JSON-ready description of `obj` that the page knows how to show."""
    if isinstance(obj, dict) and _is_vega_lite(obj):
        if _has_url(obj):
            return _text(text("chart_url"))
        spec = json.dumps(obj, default=str)
        if len(spec) > MAX_SPEC_CHARS:
            return _text(text("chart_too_large", chars=len(spec)))
        return {"type": "vega-lite", "spec": json.loads(spec)}
    if headers is not None and isinstance(obj, (list, tuple)):
        return _table(obj, list(headers))
    if isinstance(obj, (list, tuple)) and obj and all(isinstance(row, dict) for row in obj):
        return _table(obj, None)
    return _text(repr(obj))


def display(obj, *, headers=None):
    """Show obj under the printed output: a table, a Vega-Lite chart, or its text."""
    if _displays is _IGNORED:
        return
    if _displays is None:
        print(repr(obj))
        return
    if len(_displays) >= MAX_DISPLAYS:
        if len(_displays) == MAX_DISPLAYS:
            _displays.append(json.dumps(_text(text("displays_capped", count=MAX_DISPLAYS))))
        return
    _displays.append(json.dumps(bundle(obj, headers), default=str))
