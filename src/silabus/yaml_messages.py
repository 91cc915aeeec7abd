"""What PyYAML's syntax errors mean to a trainer, and the common mistakes behind
them, named at the line where they were made."""

from __future__ import annotations

import re

from silabus.catalogue import Text, say
from silabus.document import Position

# Words of PyYAML's problem -> the kind of mistake, and a hint of its own for this
# case when the kind's usual hint does not fit.
_SYNTAX_PROBLEMS: tuple[tuple[str, str, str | None], ...] = (
    ("mapping values are not allowed", "Y001", None),
    ("could not find expected ':'", "Y002", None),
    ("expected <block end>", "Y003", None),
    ("did not find expected key", "Y003", "reading.hint.keys-same-column"),
    ("did not find expected '-' indicator", "Y004", None),
    ("did not find expected ',' or ']'", "Y005", None),
    ("did not find expected ',' or '}'", "Y006", None),
    ("found unexpected end of stream", "Y007", None),
    ("cannot start any token", "Y008", None),
    ("did not find expected comment or line break", "Y009", None),
    ("did not find expected alphabetic or numeric character", "Y010", None),
    ("block sequence entries are not allowed", "Y011", None),
    ("mapping keys are not allowed", "Y012", None),
    ("did not find expected node content", "Y008", "reading.hint.special-character"),
    ("did not find expected <document start>", "Y013", None),
    ("hexdecimal number", "Y014", "reading.hint.windows-path"),
    ("invalid Unicode character escape code", "Y014", None),
    ("unknown escape", "Y014", None),
)


def syntax_problem(problem: str) -> tuple[Text, Text | None]:
    """The message for one of PyYAML's problems, and a hint for this case if the
    message's own does not fit."""
    for words, code, hint in _SYNTAX_PROBLEMS:
        if words in problem:
            return say(code), say(hint) if hint else None
    return say("Y015", problem=problem), None


LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_KEY = r"^\s*(?:-\s+)?[\w-]+:"
_NBSP_AS_SPACE = re.compile(r"^[ \u00a0]*\u00a0|" + _KEY + "\u00a0")
_NO_SPACE_AFTER_COLON = re.compile(r"^(\s*(?:-\s+)?[a-z_]+:)[^\s:/]")
_TEXT_AFTER_QUOTES = re.compile(_KEY + r"\s*((['\"]).*?\2)\s*[^\s#]")
_TEXT_AFTER_BRACKETS = re.compile(_KEY + r"\s*(\[[^\]]*\]|\{[^}]*\})\s*[^\s#,\]}]")
_CURLY_QUOTES = re.compile("[\u201c\u201d\u2018\u2019]")
NBSP_PROBLEM = (say("Y016"), None)
"""A non-breaking space where YAML needs a space: a message and no hint of its own."""


_LIST_ITEM = re.compile(r"^(\s*)-\s+[\w-]+:")
_KEY_WITH_VALUE = re.compile(r"^(\s*(?:-\s+)?)([\w-]+):\s+[^\s#]")


def _list_without_key(lines: list[str], number: int) -> tuple[Position, Text] | None:
    """A list indented under a key that already has a value: its own key (such as
    'sessions:') was left out."""
    if not 1 < number <= len(lines) or not (item := _LIST_ITEM.match(lines[number - 1])):
        return None
    above = next(
        (
            line
            for line in reversed(lines[: number - 1])
            if line.strip() and not line.lstrip().startswith("#")
        ),
        "",
    )
    keyed = _KEY_WITH_VALUE.match(above)
    if keyed is None or len(item.group(1)) <= len(keyed.group(1)):
        return None
    return Position(number, len(item.group(1)) + 1), say("Y017", key=keyed.group(2))


_QUOTE_OPENED = re.compile(r"^(\s*)(?:-\s+)?(?:[\w-]+:\s+)?([\"'])")
# A line that starts something of its own: a comment, a key, a list item.
_STARTS_ITS_OWN = re.compile(r"^\s*(#|[\w-]+:(\s|$)|-\s)")


def unclosed_quote(lines: list[str], where: Position) -> Position | None:
    """Where a quote that should have closed on its own line opens, when YAML read
    on through lines that start a key, an item or a comment of their own, and an
    error followed: the quote closed later (often in a comment that quotes
    something) and YAML stopped there, far from the mistake."""
    opened: Position | None = None
    swallowed = False
    for number, line in enumerate(lines[: where.line], start=1):
        if opened is None:
            found = _QUOTE_OPENED.match(line)
            if found and not _closes(line[found.end() :], found.group(2)):
                opened, quote, swallowed = Position(number, found.end()), found.group(2), False
            continue
        swallowed = swallowed or bool(_STARTS_ITS_OWN.match(line))
        if _closes(line, quote):
            if swallowed:
                return opened
            opened = None
    return opened if swallowed else None


def _closes(text: str, quote: str) -> bool:
    """Whether `text`, inside a quoted value, holds the quote that closes it (a
    doubled single quote and a backslash-escaped double quote do not close)."""
    if quote == "'":
        return "'" in text.replace("''", "")
    return '"' in re.sub(r"\\.", "", text)


def likely_cause(lines: list[str], where: Position) -> tuple[Position, Text] | None:
    """A common mistake near a YAML syntax error, named at its own line: PyYAML often
    notices a problem only a line or two after it was made."""
    if orphan := _list_without_key(lines, where.line):
        return orphan
    if opened := unclosed_quote(lines, where):
        return opened, say("Y022")
    for number in range(max(1, where.line - 1), min(where.line, len(lines)) + 1):
        line = lines[number - 1]
        if nbsp := _NBSP_AS_SPACE.search(line):
            return Position(number, nbsp.end()), NBSP_PROBLEM[0]
        if missing := _NO_SPACE_AFTER_COLON.match(line):
            return (
                Position(number, len(missing.group(1)) + 1),
                say("Y018", key=missing.group(1).strip()),
            )
        if quoted := _TEXT_AFTER_QUOTES.match(line):
            return Position(number, quoted.end(1) + 1), say("Y019")
        if bracketed := _TEXT_AFTER_BRACKETS.match(line):
            return Position(number, bracketed.start(1) + 1), say("Y020")
        if (curly := _CURLY_QUOTES.search(line)) and ": " in line.split(":", 1)[-1]:
            return Position(number, curly.start() + 1), say("Y021")
    return None
