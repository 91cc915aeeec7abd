"""Read curriculum files into plain data that remembers where every value came from.

The loader is the only stage that reads files. It is strict where YAML is
surprising: duplicate keys, several documents in one file, tags outside the
YAML core, bytes that are not UTF-8 and alias "bombs" are errors, never
silently accepted. Scalars are kept as the text the trainer wrote (only `null`,
`~` and empty values become None); the model decides what type a field has, so
`no` stays "no" and `08:30` stays "08:30".
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from silabus.diagnostics import Diagnostic, Severity

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 50
# What a file may grow to once aliases are expanded: one unit per value and per
# character. A 1 MB file without aliases stays well below it.
MAX_EXPANDED_SIZE = 2_000_000

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml reports reader errors as an offset in the UTF-8 bytes, PyYAML in characters.
_PARSER_COUNTS_BYTES = _Parser is not yaml.SafeLoader

_CORE_TAG_PREFIX = "tag:yaml.org,2002:"
_CORE_TAGS = {_CORE_TAG_PREFIX + name for name in ("str", "int", "float", "bool", "null")}
_COLLECTION_TAGS = {_CORE_TAG_PREFIX + "map", _CORE_TAG_PREFIX + "seq"}
_NULLS = {"", "~", "null", "Null", "NULL"}
_CUT_BY_COMMENT = re.compile(r"\s+(#[^\s#].*)$")
# Escapes other than \" and \\ in curriculum text are nearly always a Windows path.
_ESCAPE = re.compile(r"\\(.)")
_LIST_ITEM = re.compile(r"\s*([-*+]|\d+[.)])\s")
# The key under which a duplicate key's value is composed and then dropped.
_DISCARDED = "\x00discarded"

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """A place in a file, counted from 1 like editors do."""

    line: int
    column: int


START = Position(1, 1)


@dataclass
class Document:
    """The data of one YAML file and the position of each value and key in it."""

    path: str
    data: Any
    positions: dict[Location, Position] = field(default_factory=dict)
    key_positions: dict[Location, Position] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list, repr=False)

    def position(self, location: Location) -> Position:
        """Where the value at `location` is; for a missing value, where its nearest parent is."""
        while location not in self.positions and location:
            location = location[:-1]
        return self.positions.get(location, START)

    def find(self, location: Location, needle: str) -> Position:
        """Where `needle` is first written (in any case) in the value at `location`,
        a multi-line text included; the value's own place if it cannot be found."""
        start = self.position(location)
        needle = needle.lower()
        for number in range(start.line, len(self.lines) + 1):
            line = self.lines[number - 1].lower()
            offset = line.find(needle, start.column - 1 if number == start.line else 0)
            if offset >= 0:
                return Position(number, offset + 1)
        return start

    def key_position(self, location: Location) -> Position:
        """Where the key of the value at `location` is written (its value's place if none)."""
        return self.key_positions.get(location) or self.position(location)

    def diagnostic(
        self,
        location: Location,
        message: str,
        hint: str | None = None,
        *,
        severity: Severity = Severity.ERROR,
        at_key: bool = False,
        at: Position | None = None,
    ) -> Diagnostic:
        """A problem with the value at `location`, reported at the value, at its key,
        or at a place `at` inside it."""
        pos = at or (self.key_position(location) if at_key else self.position(location))
        return Diagnostic(self.path, pos.line, pos.column, severity, message, hint)


class _Rejected(Exception):
    def __init__(self, position: Position, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.position = position
        self.message = message
        self.hint = hint


def load_document(file: Path, display_path: str) -> tuple[Document | None, list[Diagnostic]]:
    """Read and parse one YAML file. Returns the document, or None and the reasons."""

    def fail(
        position: Position, message: str, hint: str | None = None
    ) -> tuple[None, list[Diagnostic]]:
        diagnostic = Diagnostic(
            display_path, position.line, position.column, Severity.ERROR, message, hint
        )
        return None, [diagnostic]

    try:
        with file.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return fail(START, f"cannot read the file: {error.strerror or error}")
    if len(raw) > MAX_FILE_BYTES:
        return fail(
            START,
            f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB",
            "a curriculum file is normally a few kilobytes; split it or remove pasted data",
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return fail(
            START,
            "the file is saved as UTF-16, not UTF-8",
            "save the file with the UTF-8 encoding "
            "(in VS Code: 'Save with Encoding', then 'UTF-8')",
        )
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in raw:
        return fail(
            _byte_position(raw, raw.index(b"\x00")),
            "the file is not text (it contains NUL bytes)",
            "save it as plain UTF-8 text, or remove it from the curriculum folder",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return fail(
            _byte_position(raw, error.start),
            f"the file is not valid UTF-8 (byte 0x{raw[error.start]:02X} cannot be read)",
            "save the file with the UTF-8 encoding "
            "(in VS Code: 'Save with Encoding', then 'UTF-8')",
        )

    separator = _LINE_SEPARATORS.search(text)
    if separator is not None:
        return fail(
            _char_position(text, separator.start()),
            f"the file contains an invisible line separator (U+{ord(separator.group()):04X})",
            "delete it; it often comes with text copied from a web page or a word processor",
        )

    document = Document(display_path, None, lines=text.split("\n"))
    parser = _Parser(text)
    composer = _Composer(parser, document, document.lines)
    try:
        document.data = composer.compose()
    except _Rejected as rejected:
        return fail(rejected.position, rejected.message, rejected.hint)
    except yaml.MarkedYAMLError as error:
        context = error.context or ""
        if context.startswith("while scanning a quoted") and error.context_mark is not None:
            return fail(
                _mark(error.context_mark),
                "YAML syntax error: the quote that starts here is never closed",
                "close it with the same quote mark at the end of the value",
            )
        if context.startswith("while parsing a flow") and error.context_mark is not None:
            bracket = "]" if "sequence" in context else "}"
            return fail(
                _mark(error.context_mark),
                f"YAML syntax error: the bracket that starts here is never closed with '{bracket}'",
                f"close it with '{bracket}' on the same line, or write one item per line "
                "starting with '- '",
            )
        mark = error.problem_mark or error.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else START
        problem = error.problem or error.context or "invalid YAML"
        if _char_at(text, position) == "\t":
            return fail(
                position,
                "YAML syntax error: a tab character is used for indentation",
                "indent with spaces, not tabs (most editors can convert tabs to spaces)",
            )
        cause = _likely_cause(text.split("\n"), position)
        if cause is not None:
            return fail(*cause)
        message, hint = _syntax_problem(problem)
        return fail(position, f"YAML syntax error: {message}", hint)
    except yaml.reader.ReaderError as error:
        position = (
            _byte_position(text.encode("utf-8"), error.position)
            if _PARSER_COUNTS_BYTES
            else _char_position(text, error.position)
        )
        return fail(
            position,
            f"the file contains the character U+{error.character:04X}, which YAML does not allow"
            if isinstance(error.character, int)
            else "the file contains a character that YAML does not allow",
            "delete the character (it often comes from copying text out of a word processor)",
        )
    except yaml.YAMLError as error:
        return fail(START, f"YAML error: {error}")
    finally:
        parser.dispose()
    return document, composer.diagnostics


def _byte_position(raw: bytes, offset: int) -> Position:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return Position(line, column)


def _char_at(text: str, position: Position) -> str:
    lines = text.split("\n")
    if position.line > len(lines):
        return ""
    line = lines[position.line - 1]
    return line[position.column - 1] if position.column <= len(line) else ""


def _char_position(text: str, offset: int) -> Position:
    line_start = text.rfind("\n", 0, offset) + 1
    return Position(text.count("\n", 0, offset) + 1, offset - line_start + 1)


# What PyYAML's problems mean to a trainer: (words in the problem, message, hint).
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


_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_KEY = r"^\s*(?:-\s+)?[\w-]+:"
_NBSP_AS_SPACE = re.compile(r"^[ \u00a0]*\u00a0|" + _KEY + "\u00a0")
_NO_SPACE_AFTER_COLON = re.compile(r"^(\s*(?:-\s+)?[a-z_]+:)[^\s:/]")
_TEXT_AFTER_QUOTES = re.compile(_KEY + r"\s*((['\"]).*?\2)\s*[^\s#]")
_TEXT_AFTER_BRACKETS = re.compile(_KEY + r"\s*(\[[^\]]*\]|\{[^}]*\})\s*[^\s#,\]}]")
_CURLY_QUOTES = re.compile("[\u201c\u201d\u2018\u2019]")
_NBSP_PROBLEM = (
    "YAML syntax error: a non-breaking space is used where YAML needs a normal space",
    "replace it with a normal space (it often comes from a word processor)",
)


def _likely_cause(lines: list[str], where: Position) -> tuple[Position, str, str] | None:
    """A common mistake near a YAML syntax error, named at its own line: PyYAML often
    notices a problem only a line or two after it was made."""
    for number in range(max(1, where.line - 1), min(where.line, len(lines)) + 1):
        line = lines[number - 1]
        if nbsp := _NBSP_AS_SPACE.search(line):
            return (Position(number, nbsp.end()), *_NBSP_PROBLEM)
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


def _syntax_problem(problem: str) -> tuple[str, str | None]:
    """The message and hint for one of PyYAML's problems."""
    for words, message, hint in _SYNTAX_PROBLEMS:
        if words in problem:
            return message, hint
    return problem, None


@dataclass
class _Open:
    """A mapping or sequence being filled while its events arrive."""

    value: dict[str, Any] | list[Any]
    location: Location
    size: int = 1
    key: str | None = None
    anchor: str | None = None


@dataclass
class _Anchored:
    value: Any
    size: int
    complete: bool
    position: Position
    used: bool = False


class _Composer:
    """Builds plain data from parser events, iteratively, so that depth is bounded
    and nothing outside the YAML core is ever constructed."""

    def __init__(self, parser: Any, document: Document, lines: list[str]) -> None:
        self.parser = parser
        self.lines = lines
        self.document = document
        self.diagnostics: list[Diagnostic] = []
        self.anchors: dict[str, _Anchored] = {}
        self.expanded_size = 0

    def compose(self) -> Any:
        events = self._events()
        next(events)  # StreamStart
        event = next(events)
        if isinstance(event, yaml.StreamEndEvent):
            self.document.positions[()] = START
            return None
        root = self._compose_document(events)
        event = next(events)
        if isinstance(event, yaml.DocumentStartEvent):
            raise _Rejected(
                _mark(event.start_mark),
                "the file holds more than one YAML document",
                "remove the '---' line that starts a second document, "
                "or put each part in a file of its own",
            )
        self._warn_unused_anchors()
        return root

    def _events(self) -> Iterator[Any]:
        while True:
            yield self.parser.get_event()

    def _compose_document(self, events: Iterator[Any]) -> Any:
        stack: list[_Open] = []
        root: Any = None
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                continue
            if isinstance(event, yaml.DocumentEndEvent):
                return root
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done = stack.pop()
                if done.anchor is not None:
                    anchored = self.anchors[done.anchor]
                    anchored.size, anchored.complete = done.size, True
                if stack:
                    stack[-1].size += done.size
                continue

            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent.value, dict) and parent.key is None:
                self._take_key(parent, event)
                continue

            location = self._child_location(parent)
            position = _mark(event.start_mark)
            if isinstance(event, yaml.AliasEvent):
                value, size = self._resolve_alias(event)
                self._count(size, position)
            elif isinstance(event, yaml.ScalarEvent):
                value = self._scalar(event)
                size = 1 + len(event.value)
                self._check_trailing_comment(event)
                self._check_changed_text(event)
                self._count(size, position)
                if event.anchor is not None:
                    self.anchors[event.anchor] = _Anchored(value, size, True, position)
            else:
                self._check_collection_tag(event)
                if len(stack) >= MAX_DEPTH:
                    raise _Rejected(
                        position,
                        f"the data is nested more than {MAX_DEPTH} levels deep",
                        "a curriculum file needs only a few levels; check the indentation",
                    )
                self._count(1, position)
                value = {} if isinstance(event, yaml.MappingStartEvent) else []
                size = 0
                opened = _Open(value, location, anchor=event.anchor)
                if event.anchor is not None:
                    self.anchors[event.anchor] = _Anchored(value, 1, False, position)

            self.document.positions[location] = position
            if parent is None:
                root = value
            elif isinstance(parent.value, dict):
                assert parent.key is not None
                if parent.key != _DISCARDED:
                    parent.value[parent.key] = value
                parent.key = None
                parent.size += size
            else:
                parent.value.append(value)
                parent.size += size
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                stack.append(opened)
        raise _Rejected(START, "the file ended unexpectedly")

    def _child_location(self, parent: _Open | None) -> Location:
        if parent is None:
            return ()
        if isinstance(parent.value, dict):
            assert parent.key is not None
            return (*parent.location, parent.key)
        return (*parent.location, len(parent.value))

    def _take_key(self, mapping: _Open, event: Any) -> None:
        position = _mark(event.start_mark)
        if not isinstance(event, yaml.ScalarEvent):
            raise _Rejected(
                position,
                "a key must be plain text, not a list, a mapping or an alias",
                "write the key as a word followed by ':'",
            )
        if event.tag not in (None, "!", _CORE_TAG_PREFIX + "str"):
            raise _unsupported_tag(event.tag, position)
        key = event.value
        if key.startswith("\u00a0"):  # indented with a non-breaking space, read as text
            raise _Rejected(position, *_NBSP_PROBLEM)
        if key == "<<" and not event.style:
            raise _Rejected(
                position,
                "merge keys ('<<') are not supported",
                "write the keys out in full instead of merging them from an anchor",
            )
        location = (*mapping.location, key)
        assert isinstance(mapping.value, dict)
        if key in mapping.value:
            first = self.document.key_positions[location]
            self._report(
                position,
                f"duplicate key '{key}' (first given on line {first.line})",
                "keep one of the two; YAML would silently use only the last one",
                Severity.ERROR,
            )
            # The duplicate's value is read, to find problems in it, and then dropped.
            mapping.key = _DISCARDED
            return
        self.document.key_positions[location] = position
        mapping.key = key

    def _scalar(self, event: Any) -> Any:
        tag = event.tag
        position = _mark(event.start_mark)
        plain = not event.style
        if tag is None or tag == "!":
            return None if plain and event.value in _NULLS else event.value
        if tag not in _CORE_TAGS:
            raise _unsupported_tag(tag, position)
        if tag == _CORE_TAG_PREFIX + "null":
            return None
        return event.value

    def _check_trailing_comment(self, event: Any) -> None:
        """Warn when a comment cut off text: in `summary: Modul #1 untuk semua`, YAML
        reads `#1 untuk semua` as a comment. A comment written on purpose has a space
        after its `#`."""
        if event.style or event.end_mark.line >= len(self.lines):
            return
        rest = self.lines[event.end_mark.line][event.end_mark.column :]
        cut = _CUT_BY_COMMENT.match(rest)
        if cut is None:
            return
        position = Position(event.end_mark.line + 1, event.end_mark.column + 1 + cut.start(1))
        comment = cut.group(1).rstrip()
        self._report(
            position,
            f"'{comment}' is read as a comment and left out of the value '{event.value}'",
            f'to keep it, put the whole value in quotes: "{event.value} {comment}"',
        )

    def _check_changed_text(self, event: Any) -> None:
        """Warn where YAML reads text differently from how it looks."""
        first, last = event.start_mark.line, min(event.end_mark.line, len(self.lines) - 1)
        if not event.style and last > first:
            self._check_run_on_item(first, last)
        elif event.style == '"':
            self._check_escapes(event, first, last)
        elif event.style == ">":
            self._check_folded_list(first, last)

    def _check_run_on_item(self, first: int, last: int) -> None:
        """A plain value runs on into a line meant as a new list item."""
        for number in range(first + 1, last + 1):
            line = self.lines[number]
            if line.lstrip().startswith("- "):
                self._report(
                    Position(number + 1, len(line) - len(line.lstrip()) + 1),
                    "this line continues the text of the line above it, "
                    "so its '- ' does not start a new item",
                    "if it is a new item, start its '-' in the same column as the other items",
                )

    def _check_escapes(self, event: Any, first: int, last: int) -> None:
        """Escapes in double quotes, other than \\" and \\\\, are nearly always a Windows path."""
        for number in range(first, last + 1):
            line = self.lines[number]
            start = event.start_mark.column if number == first else 0
            escape = next(
                (e for e in _ESCAPE.finditer(line, start) if e.group(1) not in '"\\/ '),
                None,
            )
            if escape and (number < last or escape.start() < event.end_mark.column):
                self._report(
                    Position(number + 1, escape.start() + 1),
                    f"'{escape.group(0)}' inside double quotes is read as an escape "
                    "(a special character), not as a backslash and a letter",
                    "for text with backslashes, such as a Windows path, "
                    "use single quotes instead of double quotes",
                )
                return

    def _check_folded_list(self, first: int, last: int) -> None:
        """A list inside a '>' text, which joins its lines into one."""
        for number in range(first + 1, last + 1):
            line = self.lines[number]
            if _LIST_ITEM.match(line):
                self._report(
                    Position(number + 1, len(line) - len(line.lstrip()) + 1),
                    "'>' joins the lines of a text into one paragraph, so this list is not kept",
                    "write '|' instead of '>' to keep the lines as they are",
                )
                return

    def _report(
        self,
        position: Position,
        message: str,
        hint: str,
        severity: Severity = Severity.WARNING,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(self.document.path, position.line, position.column, severity, message, hint)
        )

    def _check_collection_tag(self, event: Any) -> None:
        if event.tag is not None and event.tag != "!" and event.tag not in _COLLECTION_TAGS:
            raise _unsupported_tag(event.tag, _mark(event.start_mark))

    def _resolve_alias(self, event: Any) -> tuple[Any, int]:
        anchored = self.anchors.get(event.anchor)
        position = _mark(event.start_mark)
        if anchored is None:
            raise _Rejected(
                position,
                f"the alias '*{event.anchor}' refers to no anchor",
                f"define '&{event.anchor}' before using '*{event.anchor}'",
            )
        if not anchored.complete:
            raise _Rejected(position, f"the alias '*{event.anchor}' refers to itself")
        anchored.used = True
        return anchored.value, anchored.size

    def _count(self, size: int, position: Position) -> None:
        self.expanded_size += size
        if self.expanded_size > MAX_EXPANDED_SIZE:
            raise _Rejected(
                position,
                f"the file grows to more than {MAX_EXPANDED_SIZE // 1_000_000} MB of text "
                "once its aliases are expanded",
                "use fewer aliases ('*name'), or write the values out",
            )

    def _warn_unused_anchors(self) -> None:
        """`title: &Co lainnya` makes `&Co` an anchor, silently cut from the text."""
        for name, anchored in self.anchors.items():
            if not anchored.used:
                self._report(
                    anchored.position,
                    f"'&{name}' is read as an anchor (a name for reuse with '*{name}') "
                    "and left out of the value",
                    f"if '&{name}' is part of the text, put the whole value in quotes",
                )


def _unsupported_tag(tag: str, position: Position) -> _Rejected:
    shown = tag.replace(_CORE_TAG_PREFIX, "!!")
    return _Rejected(
        position,
        f"the tag '{shown}' is not allowed",
        "a value that starts with '!' must be written in quotes"
        if not shown.startswith("!!")
        else "remove the tag; curriculum files hold only text, numbers, lists and mappings",
    )


def _mark(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


CURRICULUM_DIR = "curriculum"
PROGRAM_FILE = "program"
MODULES_DIR = "modules"
YAML_SUFFIXES = (".yml", ".yaml")


@dataclass
class Sources:
    """Every curriculum file of a project, read and parsed as YAML."""

    program: Document | None
    modules: list[Document]
    module_files: dict[str, list[str]]  # module id from the file name -> file paths
    files_read: int
    diagnostics: list[Diagnostic]


def read_sources(project_root: Path) -> Sources:
    """Find and load `curriculum/program.yml` and `curriculum/modules/**/<id>.yml`."""
    curriculum = project_root / CURRICULUM_DIR
    diagnostics: list[Diagnostic] = []
    sources = Sources(None, [], {}, 0, diagnostics)

    program_files = _yaml_files_named(curriculum, PROGRAM_FILE)
    if not program_files:
        diagnostics.append(
            Diagnostic(
                f"{CURRICULUM_DIR}/{PROGRAM_FILE}.yml",
                1,
                1,
                Severity.ERROR,
                "the program file is missing",
                f"create {CURRICULUM_DIR}/{PROGRAM_FILE}.yml with the program's id, title "
                "and agendas (see the trainer guide)",
            )
        )
    for extra in program_files[1:]:
        diagnostics.append(
            Diagnostic(
                _relative(extra, project_root),
                1,
                1,
                Severity.ERROR,
                f"there is already {_relative(program_files[0], project_root)}",
                "keep one program file and delete the other",
            )
        )
    if program_files:
        sources.program = _load(program_files[0], project_root, sources)

    diagnostics.extend(_stray_files(curriculum, project_root))
    modules_dir = curriculum / MODULES_DIR
    for file in _yaml_files_below(modules_dir):
        display = _relative(file, project_root)
        sources.module_files.setdefault(file.stem, []).append(display)
        document = _load(file, project_root, sources)
        if document is not None:
            sources.modules.append(document)
    return sources


def _load(file: Path, project_root: Path, sources: Sources) -> Document | None:
    sources.files_read += 1
    if file.is_symlink() and not file.exists():
        sources.diagnostics.append(
            Diagnostic(
                _relative(file, project_root),
                1,
                1,
                Severity.ERROR,
                "the file is a link to a file that does not exist",
                "delete the link, or copy the real file here",
            )
        )
        return None
    if not file.resolve().is_relative_to((project_root / CURRICULUM_DIR).resolve()):
        # Never read it: its content could end up in public error messages.
        sources.diagnostics.append(
            Diagnostic(
                _relative(file, project_root),
                1,
                1,
                Severity.ERROR,
                f"the file is a link to a file outside {CURRICULUM_DIR}/, "
                "which Silabus does not read",
                f"copy the file into {CURRICULUM_DIR}/ instead of linking to it",
            )
        )
        return None
    document, diagnostics = load_document(file, _relative(file, project_root))
    sources.diagnostics.extend(diagnostics)
    return document


def _yaml_files_named(folder: Path, stem: str) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.stem.lower() == stem and path.suffix.lower() in YAML_SUFFIXES and path.is_file()
    ]
    # program.yml before program.yaml: the second one is reported, not read.
    return sorted(found, key=lambda path: (YAML_SUFFIXES.index(path.suffix.lower()), path.name))


def _stray_files(curriculum: Path, project_root: Path) -> list[Diagnostic]:
    """YAML files in curriculum/ that Silabus does not read, most likely modules put
    one folder too high."""
    if not curriculum.is_dir():
        return []
    return [
        Diagnostic(
            _relative(path, project_root),
            1,
            1,
            Severity.WARNING,
            "this file is not read: only program.yml and the files in modules/ are",
            f"if it is a module, move it to {CURRICULUM_DIR}/{MODULES_DIR}/",
        )
        for path in sorted(curriculum.iterdir())
        if path.suffix.lower() in YAML_SUFFIXES
        and path.stem.lower() != PROGRAM_FILE
        and not path.name.startswith(".")
    ]


def _yaml_files_below(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in YAML_SUFFIXES
        and (path.is_file() or path.is_symlink())
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda path: path.relative_to(folder).as_posix())


def _relative(file: Path, project_root: Path) -> str:
    try:
        return file.relative_to(project_root).as_posix()
    except ValueError:
        return file.as_posix()
