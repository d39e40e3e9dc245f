"""Checks on a lesson's Python that need Python's own parser (run in Pyodide by programs.test.ts).

same_logic: the English and the Japanese program are one program: identical syntax trees apart
from string constants (f-strings keep their expressions) and comments.
untranslated: text a Japanese learner reads in the Japanese program (comments, docstrings, the
strings printed or used as chart titles) that is still English.
say_problems: every assertion of check.py gives its feedback with say("id", ...), which names its
id literally and fills exactly the placeholders of that message.
"""
import ast
import io
import re
import string
import tokenize

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
# A word of English prose: lowercase letters, not part of a name, file, call or attribute.
PROSE_WORD = re.compile(r"(?<![\w.\-/])[A-Za-z]?[a-z]{2,}(?![\w.(\-/])")
# Comments that are for tools, not people.
TOOL_COMMENT = re.compile(r"^#\s*(noqa|type:|pragma|expect:)")


class _Strings(ast.NodeTransformer):
    """Blanks every string constant; an f-string keeps only its expressions, in sorted order
    (a translation may put them in another order)."""

    def visit_Constant(self, node):
        return ast.Constant(value="") if isinstance(node.value, str) else node

    def visit_JoinedStr(self, node):
        parts = [self.visit(v) for v in node.values if isinstance(v, ast.FormattedValue)]
        return ast.JoinedStr(values=sorted(parts, key=ast.dump))


def _shape(node):
    return ast.dump(_Strings().visit(node), annotate_fields=False)


def same_logic(en, ja):
    """None when both programs are the same logic, else where they first differ."""
    a, b = ast.parse(en), ast.parse(ja)
    for x, y in zip(a.body, b.body):
        if _shape(x) != _shape(y):
            return f"the English line {x.lineno} and the Japanese line {y.lineno} differ in more than text"
    if len(a.body) != len(b.body):
        return f"the English program has {len(a.body)} statements, the Japanese {len(b.body)}"
    return None


def _looks_english(text):
    return bool(PROSE_WORD.search(text)) and not JAPANESE.search(text)


def _shown_strings(tree):
    """(line, text) of the strings a learner reads: docstrings, print() arguments, "title"s."""
    found = []

    def add(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            found.append((node.lineno, text))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr):
                add(first.value)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
            for arg in node.args:
                add(arg)
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "title":
                    add(value)
    return found


def untranslated(ja):
    """What is still English in the Japanese program, as 'line N: text' strings."""
    problems = []
    for token in tokenize.generate_tokens(io.StringIO(ja).readline):
        if token.type == tokenize.COMMENT and not TOOL_COMMENT.match(token.string) and _looks_english(token.string):
            problems.append(f"line {token.start[0]}: comment {token.string!r}")
    for line, text in _shown_strings(ast.parse(ja)):
        if _looks_english(text):
            problems.append(f"line {line}: text {text!r}")
    return problems


def _placeholders(template):
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def _is_say(node):
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say"


def say_problems(check, catalogs):
    """Problems with the feedback of check.py against {language: catalog}."""
    problems = []
    for node in ast.walk(ast.parse(check)):
        if isinstance(node, ast.Assert) and not _is_say(node.msg):
            problems.append(f"line {node.lineno}: an assert without say(...) gives no feedback in the learner's language")
        raised = node.exc if isinstance(node, ast.Raise) else None
        if isinstance(raised, ast.Call) and getattr(raised.func, "id", None) == "AssertionError" and not (raised.args and _is_say(raised.args[0])):
            problems.append(f"line {node.lineno}: raise AssertionError(say(...)), so the feedback comes from the catalog")
        if not _is_say(node):
            continue
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)) or len(node.args) != 1:
            problems.append(f"line {node.lineno}: say() takes the message id as its only positional argument")
            continue
        if any(k.arg is None for k in node.keywords):
            problems.append(f"line {node.lineno}: say({first.value!r}, **...) hides which placeholders it fills")
            continue
        given = {k.arg for k in node.keywords}
        for language, catalog in catalogs.items():
            template = catalog["messages"].get(first.value)
            if template is None:
                problems.append(f"line {node.lineno}: {first.value!r} is not in checks.{language}.yaml")
            elif _placeholders(template) != given:
                wanted = ", ".join(sorted(_placeholders(template))) or "none"
                problems.append(
                    f"line {node.lineno}: say({first.value!r}) fills {', '.join(sorted(given)) or 'nothing'}, "
                    f"but checks.{language}.yaml needs {wanted}"
                )
    return problems
