"""Runs learner code and a lesson's check.py; shared by the browser worker and the Node course test.

Learner code runs as `__main__` from the file name LEARNER_FILE so tracebacks can be cut down to
the learner's own frames. Checks are the `test_*` functions of check.py, in definition order; each
takes the learner's namespace (a module) and reports its docstring as the title and its
assertion message as the feedback.
"""

import builtins
import io
import os
import sys
import traceback
import types
from contextlib import contextmanager, redirect_stdout, redirect_stderr

import checking
from display import collected_displays, display, ignored_displays
from messages import text, use_language

LEARNER_FILE = "main.py"
CHECK_FILE = "check.py"

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
    return [f for f in traceback.extract_tb(tb) if f.filename == LEARNER_FILE]


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


# The last Run that finished without an error: (code, outputs, module). A Check of the same code
# for the same lesson's outputs right after it tests that module instead of running the
# learner's whole program a second time.
_last_run = None


def inputs_changed():
    """Called by the host when it writes different input files: nothing remembered applies."""
    global _last_run
    _last_run = None
    checking.inputs_changed()


def run(code, outputs=(), language="en"):
    """Run learner code with output going to the real stdout/stderr (streamed by the host).

    Rich displays are returned as JSON bundles, shown under the printed output. Like a check,
    a run starts without the lesson's output files, so both see the same starting state.
    The runtime's own messages are in `language` ("en" or "ja").
    """
    global _last_run
    use_language(language)
    _last_run = None
    _remove_outputs(outputs)
    with collected_displays() as displays:
        module, error = execute(code)
    if error is None:
        _last_run = (code, tuple(outputs), module)
    return {"error": error, "displays": displays}


def _remove_outputs(outputs):
    for path in outputs:
        if os.path.exists(path):
            os.remove(path)


def _take_last_run(code, outputs):
    """The module of the last run if it ran exactly this code for these outputs; used once,
    since tests may change it."""
    global _last_run
    last, _last_run = _last_run, None
    return last[2] if last is not None and last[:2] == (code, tuple(outputs)) else None


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


def _test_functions(check_code):
    checks = types.ModuleType("check")
    checks.__file__ = CHECK_FILE
    checking.use_store(check_code)
    exec(compile(check_code, CHECK_FILE, "exec"), checks.__dict__)
    return [
        (name, fn)
        for name, fn in checks.__dict__.items()
        if name.startswith("test_") and callable(fn)
    ]


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


def check(code, check_code, outputs=(), language="en", messages=None):
    """Run learner code quietly, then every test; returns the printed output and one result per test.

    `outputs` are the files the lesson's code must write: they are removed first so a file left
    by an earlier run can never make a check pass. Right after a Run of the same code on the same
    inputs, that run's module and files are the ones tested (they came from the same start).
    `messages` is the lesson's check catalog in `language` ({"titles": ..., "messages": ...}):
    check.py's say("id", ...) and the titles come from it.
    """
    use_language(language)
    checking.use_catalog(messages)
    printed = io.StringIO()
    learner, error = _take_last_run(code, outputs), None
    if learner is None:
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
    checking.use_program(lambda files: _rerun(code, outputs, files))
    results = []
    for name, fn in _test_functions(check_code):
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
    return {"stdout": printed.getvalue(), "error": None, "results": results}
