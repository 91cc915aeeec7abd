"""What PyYAML's syntax errors mean to a trainer, and the common mistakes behind
them, named at the line where they were made."""

from __future__ import annotations

import re

from silabus.document import Position

_SYNTAX_PROBLEMS = (
    (
        "mapping values are not allowed",
        "a ': ' inside a value, or a line indented too far",
        "a value that contains ': ' must be written in quotes, "
        'for example  title: "Inovasi: konsep dasar"; '
        "if this line starts a new key, check its indentation",
    ),
    (
        "could not find expected ':'",
        "a line without 'key: value'",
        "check the indentation, and look for a quote that is opened but not closed",
    ),
    (
        "expected <block end>",
        "this line is not indented like the lines around it",
        "keys of one mapping and items of one list must start in the same column",
    ),
    (
        "did not find expected key",
        "this line is not indented like the lines around it",
        "keys of one mapping must start in the same column",
    ),
    (
        "did not find expected '-' indicator",
        "this line is not indented like the list around it",
        "items of one list must start in the same column",
    ),
    (
        "did not find expected ',' or ']'",
        "a list in '[ ]' is not closed",
        "close the list with ']', or write one item per line starting with '- '",
    ),
    (
        "did not find expected ',' or '}'",
        "a mapping in '{ }' is not closed",
        "close it with '}', or write one 'key: value' per line",
    ),
    (
        "found unexpected end of stream",
        "the file ends inside an unfinished value",
        "a quote or bracket is opened but never closed",
    ),
    (
        "cannot start any token",
        "a value starts with a character YAML reserves",
        "a value that starts with a special character such as @ or ` must be written in quotes",
    ),
    (
        "did not find expected comment or line break",
        "text on the same line as '|' or '>'",
        "after '|' or '>' the text starts on the next line, indented; "
        "to write it on this line instead, put it in quotes",
    ),
    (
        "did not find expected alphabetic or numeric character",
        "a value starts with '*' or '&', which YAML reserves",
        "a value that starts with * or & must be written in quotes",
    ),
    (
        "block sequence entries are not allowed",
        "a value starts with '- '",
        "a value that starts with '- ' must be written in quotes; "
        "a list starts on the line after its key",
    ),
    (
        "mapping keys are not allowed",
        "a value starts with '? '",
        "a value that starts with '?' must be written in quotes",
    ),
    (
        "did not find expected node content",
        "a value starts with a character YAML reserves",
        "a value that starts with ',' or another special character must be written in quotes",
    ),
    (
        "did not find expected <document start>",
        "a line '...' or '---' in the middle of the file",
        "remove that line, or put the value that holds it in quotes",
    ),
    (
        "hexdecimal number",
        "a backslash inside double quotes",
        "inside double quotes a backslash starts an escape (as in a Windows path); "
        "use single quotes",
    ),
    (
        "invalid Unicode character escape code",
        "a backslash inside double quotes",
        "inside double quotes a backslash starts an escape; use single quotes",
    ),
    (
        "unknown escape",
        "a backslash inside double quotes",
        "inside double quotes a backslash starts an escape; use single quotes",
    ),
)


LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_KEY = r"^\s*(?:-\s+)?[\w-]+:"
_NBSP_AS_SPACE = re.compile(r"^[ \u00a0]*\u00a0|" + _KEY + "\u00a0")
_NO_SPACE_AFTER_COLON = re.compile(r"^(\s*(?:-\s+)?[a-z_]+:)[^\s:/]")
_TEXT_AFTER_QUOTES = re.compile(_KEY + r"\s*((['\"]).*?\2)\s*[^\s#]")
_TEXT_AFTER_BRACKETS = re.compile(_KEY + r"\s*(\[[^\]]*\]|\{[^}]*\})\s*[^\s#,\]}]")
_CURLY_QUOTES = re.compile("[\u201c\u201d\u2018\u2019]")
NBSP_PROBLEM = (
    "YAML syntax error: a non-breaking space is used where YAML needs a normal space",
    "replace it with a normal space (it often comes from a word processor)",
)


_LIST_ITEM = re.compile(r"^(\s*)-\s+[\w-]+:")
_KEY_WITH_VALUE = re.compile(r"^(\s*(?:-\s+)?)([\w-]+):\s+[^\s#]")


def likely_cause(lines: list[str], where: Position) -> tuple[Position, str, str] | None:
    """A common mistake near a YAML syntax error, named at its own line: PyYAML often
    notices a problem only a line or two after it was made."""
    if orphan := _list_without_key(lines, where.line):
        return orphan
    for number in range(max(1, where.line - 1), min(where.line, len(lines)) + 1):
        line = lines[number - 1]
        if nbsp := _NBSP_AS_SPACE.search(line):
            return (Position(number, nbsp.end()), *NBSP_PROBLEM)
        if missing := _NO_SPACE_AFTER_COLON.match(line):
            return (
                Position(number, len(missing.group(1)) + 1),
                f"YAML syntax error: no space after '{missing.group(1).strip()}'",
                "write a space between the ':' and the value",
            )
        if quoted := _TEXT_AFTER_QUOTES.match(line):
            return (
                Position(number, quoted.end(1) + 1),
                "YAML syntax error: text goes on after the closing quote",
                "put the whole value in double quotes; inside single quotes, "
                "write an apostrophe as two: 'Jum''at'",
            )
        if bracketed := _TEXT_AFTER_BRACKETS.match(line):
            return (
                Position(number, bracketed.start(1) + 1),
                "YAML syntax error: a value that starts with '[' or '{' goes on after it closes",
                "put the whole value in quotes",
            )
        if _CURLY_QUOTES.search(line) and ": " in line.split(":", 1)[-1]:
            return (
                Position(number, _CURLY_QUOTES.search(line).start() + 1),  # type: ignore[union-attr]
                "YAML syntax error: a ': ' inside a value in curly quotes",
                'curly quotes (“ ”) do not count as quotes in YAML; use straight quotes (")',
            )
    return None


def _list_without_key(lines: list[str], number: int) -> tuple[Position, str, str] | None:
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
    return (
        Position(number, len(item.group(1)) + 1),
        f"YAML syntax error: a list under '{keyed.group(2)}', which already has a value",
        "a list needs a key of its own on the line above it, such as 'sessions:' under a "
        "day or 'subtopics:' under a topic; otherwise indent this line like the lines "
        "around it",
    )


def syntax_problem(problem: str) -> tuple[str, str | None]:
    """The message and hint for one of PyYAML's problems."""
    for words, message, hint in _SYNTAX_PROBLEMS:
        if words in problem:
            return message, hint
    return problem, None
