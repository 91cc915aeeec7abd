"""Putting curriculum text into Markdown pages safely.

Plain-text fields must show exactly what the trainer typed, in any Markdown
engine and with any common extension (emphasis, tables, emoji, keys, marks):
every character that could start Markdown or HTML syntax becomes a character
reference, which CommonMark and Python-Markdown both print literally.
"""

from __future__ import annotations

import re
import unicodedata

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
# Control characters and Unicode non-characters: invisible, and not allowed in YAML.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def plain_text(value: object) -> Markup:
    """A plain-text value as inline Markdown that renders to exactly that text."""
    text = " ".join(_CONTROL.sub("", unicodedata.normalize("NFC", str(value))).split())
    text = text.translate(_TRANSLATION)
    text = _DOUBLED.sub(_reference, text)
    text = _LINE_START.sub(_escape_line_start, text)
    return Markup(text)


def attribute(value: object) -> Markup:
    """Text for an HTML attribute value or a double-quoted front-matter string."""
    text = " ".join(_CONTROL.sub("", str(value)).split())
    return Markup(text.translate(_ATTRIBUTE_TRANSLATION))


def markdown_block(value: object, heading_offset: int = 2) -> Markup:
    """A Markdown field as a block of the page: its headings moved below the page's
    section headings, and a code fence left open closed again, so that its headings
    and fences cannot restructure the rest of the page."""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    fence: str | None = None
    shifted: list[str] = []
    for line in lines:
        stripped = line.lstrip()
        marker = _FENCE.match(stripped)
        if fence is None and marker:
            fence = marker.group(1)
        elif fence is not None:
            if stripped.startswith(fence) and not stripped[len(fence) :].strip():
                fence = None
        elif heading := _ATX_HEADING.match(line):
            line = _heading(len(heading.group(1)) + heading_offset, heading.group(2))
        elif (underline := _SETEXT_UNDERLINE.match(line)) and _is_paragraph_line(shifted):
            level = 1 if underline.group(1).startswith("=") else 2
            shifted[-1] = _heading(level + heading_offset, " " + shifted[-1].strip())
            continue
        shifted.append(line)
    if fence is not None:
        shifted.append(fence)
    return Markup("\n".join(shifted).strip("\n"))


_FENCE = re.compile(r"(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"(#{1,6})(?!#)(.*)$")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)\s*$")
_BLOCK_START = re.compile(r"\s*([-+*>|#]|\d+[.)]|$)")


def _is_paragraph_line(previous: list[str]) -> bool:
    """Whether the last line written is paragraph text a setext underline applies to."""
    return bool(previous) and not _BLOCK_START.match(previous[-1])


def _heading(level: int, text: str) -> str:
    return "#" * min(level, 6) + text


def _reference(match: re.Match[str]) -> str:
    return f"&#{ord(match.group(0))};"


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(3):
        return f"&#{ord(match.group(3))};"
    return f"{match.group(1)}&#{ord(match.group(2))};"
