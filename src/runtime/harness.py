"""Runs learner code and a lesson's check.py; shared by the browser worker and the Node course test.

Learner code runs as `__main__` from the file name LEARNER_FILE so tracebacks can be cut down to
the learner's own frames. Checks are the `test_*` functions of check.py, in definition order; each
takes the learner's namespace (a module) and reports its docstring as the title and its
assertion message as the feedback.

In the browser every Run and every Check gets an interpreter of its own, restored from a memory
snapshot taken right after `boot()`, so nothing one job changes can reach another. A Check runs
the learner's program first (`check_program`) and only then receives check.py (`check_tests`), so
the check's source is not in the interpreter while the learner's top-level code runs. What a
check derives from the input files alone (its @from_inputs helpers) is computed once per input
files by `reference`, in an interpreter of its own that runs no learner code, and handed to the
checks after it.
"""

import builtins
import io
import os
import pickle
import random
import sys
import time
import traceback
import types
from contextlib import contextmanager, redirect_stdout, redirect_stderr

import checking
from display import collected_displays, display, ignored_displays
from messages import text, use_language

LEARNER_FILE = "main.py"
CHECK_FILE = "check.py"
WORK_DIR = "/home/learner"

# The standard-library modules lessons use, imported once at boot so that every restored
# interpreter has them ready and a learner's first Run pays nothing for them.
PRELOADED = (
    "csv", "json", "statistics", "hashlib", "math", "random", "io", "os", "sys", "traceback", "types",
    "contextlib", "collections", "datetime", "functools", "itertools", "operator", "numbers", "time",
    "string", "re", "decimal", "fractions", "bisect", "heapq", "textwrap", "pprint", "copy",
)

# Captured at import, before any learner code: check.py runs with these builtins, so a learner
# who reassigns `builtins.abs` in their program does not change what the checks compute.
_PRISTINE_BUILTINS = dict(builtins.__dict__)

# Bound before any learner code: a program that replaces pickle's functions does not change how
# a check reads its reference.
_dumps, _loads = pickle.dumps, pickle.loads

# Modules that reach into the browser or the runtime itself. Lesson code runs in a worker
# without a page; importing them can only confuse, so the learner gets a clear message instead.
BLOCKED_MODULES = {"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core"}


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.partition(".")[0] in BLOCKED_MODULES:
        raise ImportError(text("blocked_import", name=name))
    return builtins.__import__(name, globals, locals, fromlist, level)


def _learner_builtins():
    own = dict(builtins.__dict__)
    own["__import__"] = _guarded_import
    own["display"] = display
    return own


def _learner_frames(tb):
    # The deepest frames only: a recursion a million calls deep must not take minutes to report.
    return [f for f in traceback.extract_tb(tb, limit=-200) if f.filename == LEARNER_FILE]


def format_error(exc):
    """The learner's view of an exception: their own frames and the message, nothing internal."""
    frames = _learner_frames(exc.__traceback__)
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(frames))
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(lines).rstrip("\n")


def error_line(exc):
    """The line of the learner's code the error points at, or None."""
    if isinstance(exc, SyntaxError) and exc.filename == LEARNER_FILE:
        return exc.lineno
    frames = _learner_frames(exc.__traceback__)
    return frames[-1].lineno if frames else None


def _error_result(exc):
    return {"message": format_error(exc), "line": error_line(exc), "type": type(exc).__name__}


def boot(work_dir=WORK_DIR):
    """Makes the interpreter ready for learner code; called once, before a snapshot is taken."""
    import importlib

    for name in PRELOADED:
        importlib.import_module(name)
    os.makedirs(work_dir, exist_ok=True)
    os.chdir(work_dir)


def after_restore():
    """Called in every interpreter restored from a snapshot: its own random state, not the one
    all restored copies would share."""
    random.seed()


def execute(code, name="__main__"):
    """Run learner code in a fresh module; returns (module, error or None)."""
    module = types.ModuleType(name)
    module.__file__ = LEARNER_FILE
    module.__builtins__ = _learner_builtins()
    try:
        exec(compile(code, LEARNER_FILE, "exec"), module.__dict__)
    except SystemExit as exc:
        # sys.exit() in a script means "stop here", not a crash of the course.
        if exc.code not in (None, 0):
            print(text("sys_exit", code=repr(exc.code)), file=sys.stderr)
    except BaseException as exc:  # noqa: BLE001 - every learner error is reported, never raised
        if isinstance(exc, KeyboardInterrupt):
            raise
        return module, _error_result(exc)
    return module, None


def run(code, outputs=(), language="en"):
    """Run learner code with output going to the real stdout/stderr (streamed by the host).

    Rich displays are returned as JSON bundles, shown under the printed output. Like a check,
    a run starts without the lesson's output files, so both see the same starting state.
    The runtime's own messages are in `language` ("en" or "ja").
    """
    use_language(language)
    _remove_outputs(outputs)
    with collected_displays() as displays:
        _module, error = execute(code)
    return {"error": error, "displays": displays}


def _remove_outputs(outputs):
    for path in outputs:
        if os.path.exists(path):
            os.remove(path)


@contextmanager
def _rerun(code, outputs, files):
    """The learner's program run again, quietly, with some input files replaced by `files`
    ({path: text}); yields (module, error) and then puts every file back."""
    kept = {}
    for path in [*files, *outputs]:
        if path not in kept:
            kept[path] = open(path, "rb").read() if os.path.exists(path) else None
    try:
        for path, content in files.items():
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()), ignored_displays():
            result = execute(code)
        yield result
    finally:
        for path, content in kept.items():
            if content is not None:
                with open(path, "wb") as f:
                    f.write(content)
            elif os.path.exists(path):
                os.remove(path)


def _check_module(check_code):
    checks = types.ModuleType("check")
    checks.__file__ = CHECK_FILE
    checks.__builtins__ = dict(_PRISTINE_BUILTINS)
    checking.use_store(check_code)
    exec(compile(check_code, CHECK_FILE, "exec"), checks.__dict__)
    return checks


def _test_functions(checks):
    return [
        (name, fn)
        for name, fn in checks.__dict__.items()
        if name.startswith("test_") and callable(fn)
    ]


@contextmanager
def _as_check_module(checks):
    """Classes defined in check.py pickle by their module's name: "check" is this module meanwhile."""
    before = sys.modules.get("check")
    sys.modules["check"] = checks
    try:
        yield
    finally:
        if before is None:
            sys.modules.pop("check", None)
        else:
            sys.modules["check"] = before


def reference(check_code, messages=None, keep_all=False):
    """The results of check.py's @from_inputs helpers, computed from the input files in place, as
    bytes for check_tests(reference=...) of later checks on the same files. Run in an
    interpreter no learner code has touched. A helper that fails or cannot be pickled is left
    out (a check then computes it itself), and so is one that takes longer to read back than
    half the time it took to compute, unless keep_all (the course test hands over everything)."""
    checking.use_catalog(messages)
    checks = _check_module(check_code)
    kept = {}
    with _as_check_module(checks), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        for helper in list(checks.__dict__.values()):
            if not checking.is_from_inputs(helper):
                continue
            started = time.perf_counter()
            try:
                value = helper()
                computed = time.perf_counter() - started
                data = _dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                started = time.perf_counter()
                _loads(data)
            except Exception:  # noqa: BLE001 - left to the check, which reports it as it does today
                continue
            if keep_all or time.perf_counter() - started < computed / 2:
                kept[helper.__name__] = data
    return _dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)


def _preload(reference, checks):
    if hasattr(reference, "to_bytes"):  # a JavaScript Uint8Array, from the worker
        reference = reference.to_bytes()
    try:
        with _as_check_module(checks):
            checking.preload({name: _loads(data) for name, data in _loads(reference).items()})
    except Exception:  # noqa: BLE001 - a reference that cannot be read only makes the check slower
        pass


def _title(name, fn):
    titled = checking.title(name)
    if titled:
        return titled
    doc = (fn.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else name[len("test_"):].replace("_", " ")


def _failure_message(exc, learner):
    if isinstance(exc, AssertionError):
        return str(exc) or text("check_failed")
    if isinstance(exc, AttributeError) and getattr(exc, "obj", None) is learner:
        return text("does_not_define", name=exc.name)
    where = error_line(exc)
    if where:
        return text("check_stopped_at_line", error_type=type(exc).__name__, error=exc, line=where)
    return text("check_stopped", error_type=type(exc).__name__, error=exc)


# The learner's module between check_program and check_tests, with its code and output files
# (for checking.run_learner_with).
_program = None


def check_program(code, outputs=(), language="en"):
    """First half of a check: run the learner's program quietly, without check.py anywhere.

    `outputs` are the files the lesson's code must write: they are removed first so a file left
    by an earlier run can never make a check pass. Returns the printed output and, when the
    program failed, its error and the one failed result the learner sees. The runtime's own
    messages are in `language`.
    """
    global _program
    _program = None
    use_language(language)
    printed = io.StringIO()
    _remove_outputs(outputs)
    with redirect_stdout(printed), redirect_stderr(printed), ignored_displays():
        learner, error = execute(code)
    if error is not None:
        return {
            "stdout": printed.getvalue(),
            "error": error,
            "results": [
                {
                    "name": "runs",
                    "title": text("runs_title"),
                    "passed": False,
                    "message": error["message"],
                }
            ],
        }
    _program = (learner, code, tuple(outputs))
    return {"stdout": printed.getvalue(), "error": None, "results": None}


def check_tests(check_code, messages=None, reference=None, _check_module=_check_module, _test_functions=_test_functions, _preload=_preload, _title=_title, _failure_message=_failure_message, _rerun=_rerun):
    """Second half of a check: every test of check.py against the program check_program ran.

    `messages` is the lesson's check catalog in the job's language ({"titles": ..., "messages":
    ...}): check.py's say("id", ...) and the titles come from it. `reference` is what
    reference() made from the same input files, or None. Its helpers are bound at definition,
    so a program that replaces them on this module (the program runs just before, in the same
    interpreter) does not change how the tests run.
    """
    global _program
    program, _program = _program, None
    if program is None:
        raise RuntimeError("check_tests needs a successful check_program first")
    learner, code, outputs = program
    checking.use_catalog(messages)
    checking.use_program(lambda files: _rerun(code, outputs, files))
    checks = _check_module(check_code)
    if reference is not None:
        _preload(reference, checks)
    results = []
    for name, fn in _test_functions(checks):
        try:
            with redirect_stdout(io.StringIO()):
                fn(learner)
            results.append({"name": name, "title": _title(name, fn), "passed": True, "message": ""})
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - a failing test is a result, not a crash
            results.append(
                {"name": name, "title": _title(name, fn), "passed": False, "message": _failure_message(exc, learner)}
            )
    return results


def check(code, check_code, outputs=(), language="en", messages=None, reference=None):
    """Both halves of a check in one call, for the Node course test, which runs the course's own
    programs: here check_code sits in this frame while the program runs, which the browser
    worker avoids by calling the two halves itself."""
    program = check_program(code, outputs, language)
    if program["error"] is None:
        program["results"] = check_tests(check_code, messages, reference)
    return program
