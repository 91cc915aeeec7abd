"""The site's own stylesheet and scripts as a browser needs them: without comments
and the spaces that only help a reader. The readable source stays in
render/assets/; what is removed is only what cannot change how a browser reads
the file (the browser suite compares the rules Chromium reads from both)."""

from __future__ import annotations

import re
from functools import cache

# A CSS string, a comment, a run of white space, a character that separates, or
# anything else up to one of them.
_CSS_TOKEN = re.compile(
    r"""(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
    r"|(?P<comment>/\*.*?\*/)"
    r"|(?P<space>\s+)"
    r"|(?P<mark>[{};,>:()])"
    r"|(?P<other>[^\"'\s/{};,>:()]+|/)",
    re.DOTALL,
)
# No space is needed after these, nor before the last five: a space around them
# separates nothing. A space before ":" may make a pseudo-class a descendant's, and
# one before "(" may be a media query's `and (`: those stay.
_NO_SPACE_AFTER = frozenset("{};,>:(")
_NO_SPACE_BEFORE = frozenset("{};,>)")


@cache
def minified_css(text: str) -> str:
    """The stylesheet without comments, with each run of white space that separates
    something as one space, and without a rule's last semicolon."""
    pieces: list[str] = []
    space = False
    # In a custom property's value (`--name: ...`) a browser keeps the value as it
    # is written, spaces after commas included: there, a space stays one space.
    custom = False
    for found in _CSS_TOKEN.finditer(text):
        kind, value = found.lastgroup, found.group()
        if kind == "comment":
            continue
        if kind == "space":
            space = True
            continue
        if value in {";", "{", "}"}:
            custom = False
        elif value == ":" and len(pieces) > 1 and pieces[-1].startswith("--"):
            custom = pieces[-2] in {"{", ";"}
        elif space and custom and pieces[-1] != ":":
            pieces.append(" ")
            space = False
        if space and pieces and pieces[-1] not in _NO_SPACE_AFTER and value not in _NO_SPACE_BEFORE:
            pieces.append(" ")
        space = False
        if value == "}" and pieces and pieces[-1] == ";":
            pieces.pop()
        pieces.append(value)
    return "".join(pieces)


# A line's indentation, and a comment that is a line (or lines) of its own.
_JS_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_JS_COMMENT_LINES = re.compile(r"^/\*(?:[^*]|\*(?!/))*\*/[ \t]*\n", re.MULTILINE)


@cache
def compact_script(text: str) -> str:
    """A script without its indentation, blank lines and comments that stand on lines
    of their own. Line breaks stay where they were, so a statement ends where it
    ended (the scripts are written with semicolons; a comment inside a line stays)."""
    lines = _JS_COMMENT_LINES.sub("", _JS_INDENT.sub("", text))
    return "\n".join(line for line in lines.splitlines() if line.strip())
