"""Putting plain-text curriculum fields into Markdown pages safely.

Plain-text fields must show exactly what the trainer typed, in any Markdown
engine and with any common extension (emphasis, tables, emoji, keys, marks):
every character that could start Markdown or HTML syntax becomes a character
reference, which CommonMark and Python-Markdown both print literally.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from markupsafe import Markup

_REFERENCES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    **{char: f"&#{ord(char)};" for char in "\\`*_[]{}#|~^$!"},
}
_TRANSLATION = str.maketrans(_REFERENCES)
# Also safe inside a double-quoted YAML string, where a backslash starts an escape.
_ATTRIBUTE_TRANSLATION = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "&#92;"}
)
# What extensions read as syntax: ==mark==, ++keys++ and :emoji: shortcodes.
_DOUBLED = re.compile(r"([=+])(?=\1)|:(?=[\w+-]+:)")
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")
# Control characters, direction overrides (they reorder what is shown) and Unicode
# non-characters: invisible or misleading, and mostly not allowed in YAML.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]"
)


def plain_text(value: object) -> Markup:
    """A plain-text value as inline Markdown that renders to exactly that text."""
    return _plain_text(str(value))


@lru_cache(maxsize=65536)  # titles and names are printed on many pages
def _plain_text(value: str) -> Markup:
    text = " ".join(_CONTROL.sub("", unicodedata.normalize("NFC", value)).split())
    text = text.translate(_TRANSLATION)
    text = _DOUBLED.sub(_reference, text)
    text = _LINE_START.sub(_escape_line_start, text)
    return Markup(text)


def attribute(value: object) -> Markup:
    """Text for an HTML attribute value or a double-quoted front-matter string."""
    text = " ".join(_CONTROL.sub("", str(value)).split())
    return Markup(text.translate(_ATTRIBUTE_TRANSLATION))


_NUMBER_AND_WORD = re.compile(r"(\d) (?=\S)")


def units_joined(value: object) -> Markup:
    """A plain-text label with each number kept on the line of the word after it
    ("1 JP = 45 menit"): a phone never breaks a line between "12" and "JP"."""
    return Markup(_NUMBER_AND_WORD.sub(r"\1&nbsp;", str(plain_text(value))))


def _reference(match: re.Match[str]) -> str:
    return f"&#{ord(match.group(0))};"


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(3):
        return f"&#{ord(match.group(3))};"
    return f"{match.group(1)}&#{ord(match.group(2))};"


# What could end a <script> element or a quoted attribute, or start a reference.
_JSON_ESCAPES = str.maketrans({char: f"\\u{ord(char):04x}" for char in "<>&'"})


def html_json(data: Any) -> str:
    """`data` as JSON that HTML reads as it is, in a <script> element or in a
    single-quoted attribute: `<`, `>`, `&` and `'` are written as JSON escapes, so no
    text of the curriculum can end the element or the attribute early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_JSON_ESCAPES)
