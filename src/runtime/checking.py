"""What lesson checks (check.py) may import: results computed from the lesson's input files.

A check helper marked @from_inputs depends only on the input files (the dataset, earlier
lessons' artifacts), never on the learner's code or output files. Its result is kept between
checks of the same lesson until the host writes different input files, so a check does not
re-read and re-derive the same data each time.
"""
import functools

_stores = {}
_current = None


def use_store(check_code):
    """Called by the harness before it executes a check file."""
    global _current
    _current = _stores.setdefault(check_code, {})


def inputs_changed():
    _stores.clear()


def from_inputs(fn):
    store = _current if _current is not None else {}

    @functools.wraps(fn)
    def cached():
        if fn.__name__ not in store:
            store[fn.__name__] = fn()
        return store[fn.__name__]

    return cached
