"""What lesson checks (check.py) may import: feedback in the learner's language, and results
computed from the lesson's input files.

say("id", name=value) is the lesson's feedback message `id` (checks.LANG.yaml) in the language of
the check, with its {name} placeholders filled; the harness sets the catalog before each check.

A check helper marked @from_inputs depends only on the input files (the dataset, earlier
lessons' artifacts), never on the learner's code or output files. Its result is kept between
checks of the same lesson until the host writes different input files, so a check does not
re-read and re-derive the same data each time. In the browser every check has an interpreter of
its own, so the results come from a reference computed once in an interpreter no learner code
touched (harness.reference) and are handed to each later check with the same inputs (preload).
"""
import functools

from messages import text

_catalog = {"titles": {}, "messages": {}}
_rerun = None

_stores = {}
_current = None


def use_store(check_code):
    """Called by the harness before it executes a check file."""
    global _current
    _current = _stores.setdefault(check_code, {})


def use_catalog(catalog):
    """Called by the harness before a check with the lesson's catalog in the learner's language."""
    global _catalog
    catalog = catalog or {}
    _catalog = {"titles": dict(catalog.get("titles") or {}), "messages": dict(catalog.get("messages") or {})}


def title(test_name):
    """The catalog's title for a test function, or None."""
    return _catalog["titles"].get(test_name)


def say(message_id, **params):
    """Feedback message `message_id` of the lesson's catalog, its {placeholders} filled from params."""
    template = _catalog["messages"].get(message_id)
    if template is None:
        return text("message_missing", id=message_id)
    return template.format(**params)


def use_program(rerun):
    """Called by the harness before the tests: how to run the learner's program again."""
    global _rerun
    _rerun = rerun


def run_learner_with(files):
    """Runs the learner's whole program again, quietly, with input files replaced by the check's
    own ({path: text}, e.g. a small data/ames.csv); for values the real data cannot tell apart
    from a wrong or copied answer. A context manager:

        with run_learner_with({"data/ames.csv": text}) as (module, error):
            ...  # call module's functions while the check's files are in place

    `error` is None, or the error dict ({"message", "line", "type"}) if the program failed on
    those inputs. Every file is put back when the block ends.
    """
    return _rerun(files)


def inputs_changed():
    _stores.clear()


def preload(values):
    """Results of @from_inputs helpers ({name: value}) for the check file use_store was last
    called with, as harness.reference computed them from the same input files."""
    if _current is not None:
        _current.update(values)


def is_from_inputs(obj):
    return callable(obj) and getattr(obj, "_from_inputs", False) is True


def from_inputs(fn):
    store = _current if _current is not None else {}

    @functools.wraps(fn)
    def cached():
        if fn.__name__ not in store:
            store[fn.__name__] = fn()
        return store[fn.__name__]

    cached._from_inputs = True
    return cached
