"""Runs a lesson's review.py at build time (see review-build.ts and lessons/README.md).

review.py defines answers(files), facts(files) and view(files); files maps the names of the files
the reviewed program wrote to their text. view() shows the artifact with display(), figures() and
heading(); its blocks are collected as JSON, like the displays of a Run.
"""

import json
import types

from display import collected_displays, display


def _figures(blocks):
    def figures(items):
        """Key figures: (label, value, highlight) triples; value is text."""
        rows = []
        for item in items:
            label, value, highlight = item
            rows.append({"label": str(label), "value": str(value), "highlight": bool(highlight)})
        blocks.append(json.dumps({"type": "figures", "items": rows}))

    return figures


def _heading(blocks):
    def heading(text):
        blocks.append(json.dumps({"type": "heading", "text": str(text)}))

    return heading


def _load(code, blocks):
    module = types.ModuleType("review")
    module.display = display
    module.figures = _figures(blocks)
    module.heading = _heading(blocks)
    exec(compile(code, "review.py", "exec"), module.__dict__)
    return module


def review(code, files, templates):
    """answers, view blocks and the texts with their {placeholders} filled, as JSON."""
    files = dict(files)
    with collected_displays() as blocks:
        module = _load(code, blocks)
        answers = module.answers(dict(files))
        facts = module.facts(dict(files))
        module.view(dict(files))
    texts = {}
    for field, template in templates.items():
        try:
            texts[field] = template.format(**facts)
        except (KeyError, IndexError, ValueError) as exc:
            texts[field] = None
            texts["!" + field] = f"{type(exc).__name__}: {exc}"
    return json.dumps({"answers": answers, "view": [json.loads(b) for b in blocks], "texts": texts})


def answers_only(code, files):
    """The answers review.py computes for other files (the reference solution's, in the course test)."""
    with collected_displays() as blocks:
        return json.dumps(_load(code, blocks).answers(dict(files)))
