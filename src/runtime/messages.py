"""What the runtime itself tells the learner (harness.py, display.py, checking.py), in English and
Japanese. A job's language is set by the harness at its start; a test in
src/runtime/__tests__/messages.test.ts checks that both languages have the same ids and
placeholders. Only the texts that become check feedback (the page renders it as inline markdown)
use backticks; the others are shown as plain text, in the output or an error.
"""

MESSAGES = {
    "en": {
        "blocked_import": (
            "The module '{name}' is not available in this course: your code runs in a sandbox "
            "without access to the browser page. Use Python's standard library."
        ),
        "sys_exit": "Your code called sys.exit({code}).",
        "runs_title": "Your code runs without errors",
        "check_failed": "This check failed.",
        "does_not_define": (
            "Your code does not define `{name}`. Check its spelling and that it is defined at the "
            "top level (not indented)."
        ),
        "check_stopped": (
            "The check stopped with `{error_type}: {error}`. Run your code to see the full error."
        ),
        "check_stopped_at_line": (
            "The check stopped with `{error_type}: {error}` (line {line} of your code). Run your "
            "code to see the full error."
        ),
        "message_missing": "(The feedback `{id}` is missing from this lesson's catalog.)",
        "chart_url": (
            "This chart loads data from a URL, which the course does not allow: put the rows in "
            "data.values."
        ),
        "chart_too_large": (
            "This chart's spec is {chars:,} characters, too large to draw: aggregate or sample "
            "the data first."
        ),
        "displays_capped": "Only the first {count} displays are shown.",
    },
    "ja": {
        "blocked_import": (
            "モジュール '{name}' はこのコースでは使えません。あなたのコードは、ブラウザのページに"
            "アクセスできないサンドボックスの中で動いています。Python の標準ライブラリを使ってください。"
        ),
        "sys_exit": "あなたのコードが sys.exit({code}) を呼び出しました。",
        "runs_title": "コードがエラーなく実行できる",
        "check_failed": "このチェックに合格しませんでした。",
        "does_not_define": (
            "あなたのコードには `{name}` が定義されていません。名前のつづりと、トップレベル"
            "（インデントなし）で定義されているかを確認してください。"
        ),
        "check_stopped": (
            "チェックが `{error_type}: {error}` で止まりました。コードを実行して、エラーの全文を"
            "確認してください。"
        ),
        "check_stopped_at_line": (
            "チェックが `{error_type}: {error}` で止まりました（あなたのコードの {line} 行目）。"
            "コードを実行して、エラーの全文を確認してください。"
        ),
        "message_missing": "（フィードバック `{id}` がこのレッスンのカタログにありません。）",
        "chart_url": (
            "このグラフは URL からデータを読み込もうとしていますが、このコースでは使えません。"
            "行のデータを data.values に入れてください。"
        ),
        "chart_too_large": (
            "このグラフの定義は {chars:,} 文字あり、大きすぎて描画できません。先にデータを集計"
            "するか、一部を抜き出してください。"
        ),
        "displays_capped": "表示するのは最初の {count} 件の display() だけです。",
    },
}

_language = "en"


def use_language(language):
    """Called by the harness at the start of every job; an unknown language falls back to English."""
    global _language
    _language = language if language in MESSAGES else "en"


def text(message_id, **params):
    """The runtime's message `message_id` in the job's language, placeholders filled."""
    return MESSAGES[_language][message_id].format(**params)
