"""Plain data from YAML parser events, built iteratively so that depth and alias
expansion are bounded and nothing outside the YAML core is ever constructed.
Scalars stay the text the trainer wrote; where YAML reads text differently from
how it looks, the composer says so."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from silabus.catalogue import Text, say
from silabus.diagnostics import Diagnostic, Severity
from silabus.document import START, Document, Location, Position
from silabus.yaml_messages import NBSP_PROBLEM

MAX_DEPTH = 50
# What a file may grow to once aliases are expanded: one unit per value and per
# character. A 1 MB file without aliases stays well below it.
MAX_EXPANDED_SIZE = 2_000_000

_CORE_TAG_PREFIX = "tag:yaml.org,2002:"
_CORE_TAGS = {_CORE_TAG_PREFIX + name for name in ("str", "int", "float", "bool", "null")}
_COLLECTION_TAGS = {_CORE_TAG_PREFIX + "map", _CORE_TAG_PREFIX + "seq"}
_NULLS = {"", "~", "null", "Null", "NULL"}
_CUT_BY_COMMENT = re.compile(r"\s+(#[^\s#].*)$")
# Escapes other than \" and \\ in curriculum text are nearly always a Windows path.
_ESCAPE = re.compile(r"\\(.)")
# A Windows path: a drive (C:\), a network share (\\server) or a file name with a
# common extension after a backslash (dokumen\new.pdf).
_WINDOWS_PATH = re.compile(
    r"\b[A-Za-z]:\\|\\\\\w|\\[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|txt|csv|md|html?"
    r"|png|jpe?g|gif|svg|webp|zip|rar|mp[34])\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"\s*([-*+]|\d+[.)])\s")
# Where YAML ends a line: at CR LF, at LF, and at a CR alone (old Mac files). Its other
# line breaks (U+0085, U+2028, U+2029) are refused before a file is parsed.
LINE_BREAK = re.compile(r"\r\n?|\n")
_Scalar = yaml.ScalarEvent
_Alias = yaml.AliasEvent
_MappingStart, _MappingEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_SequenceStart, _SequenceEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
# The key under which a duplicate key's value is composed and then dropped.
_DISCARDED = "\x00discarded"


class Rejected(Exception):
    """A file that cannot be read as curriculum data; one error, at `position`."""

    def __init__(self, position: Position, message: Text, hint: Text | None = None) -> None:
        super().__init__(str(message))
        self.position = position
        self.message = message
        self.hint = hint


@dataclass(slots=True)
class _Open:
    """A mapping or sequence being filled while its events arrive."""

    value: Any  # the dict or list
    location: Location
    is_mapping: bool
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


class Composer:
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
        get_event = self.parser.get_event
        get_event()  # StreamStart
        event = get_event()
        if type(event) is yaml.StreamEndEvent:
            self.document.positions[()] = START
            return None
        root = self._compose_document(get_event)
        event = get_event()
        if type(event) is yaml.DocumentStartEvent:
            raise Rejected(position_of(event.start_mark), say("Y026"))
        self._warn_unused_anchors()
        return root

    def _compose_document(self, get_event: Callable[[], Any]) -> Any:
        # The hot loop of reading a curriculum: one pass per event, so the common
        # cases (keys, scalars) are tested first and by exact type.
        stack: list[_Open] = []
        positions = self.document.positions
        root: Any = None
        parent: _Open | None = None
        while True:
            event = get_event()
            kind = type(event)
            if parent is not None and parent.key is None and parent.is_mapping:
                if kind is _MappingEnd:
                    parent = self._close(stack)
                else:
                    self._take_key(parent, event)
                continue
            if kind is _Scalar:
                position = Position(event.start_mark.line + 1, event.start_mark.column + 1)
                value = self._scalar(event, position)
                size = 1 + len(event.value)
                style = event.style
                if not style:
                    self._check_trailing_comment(event)
                    if event.end_mark.line > event.start_mark.line:
                        self._check_run_on_item(event)
                elif style == '"':
                    self._check_escapes(event)
                elif style == ">":
                    self._check_folded_list(event)
                self._count(size, position)
                if event.anchor is not None:
                    self.anchors[event.anchor] = _Anchored(value, size, True, position)
            elif kind is _SequenceEnd or kind is _MappingEnd:
                parent = self._close(stack)
                continue
            elif kind is _MappingStart or kind is _SequenceStart:
                position = position_of(event.start_mark)
                self._check_collection_tag(event)
                if len(stack) >= MAX_DEPTH:
                    raise Rejected(position, say("Y027", depth=MAX_DEPTH))
                self._count(1, position)
                value = {} if kind is _MappingStart else []
                size = 0
                if event.anchor is not None:
                    self.anchors[event.anchor] = _Anchored(value, 1, False, position)
            elif kind is _Alias:
                position = position_of(event.start_mark)
                value, size = self._resolve_alias(event)
                self._count(size, position)
            elif kind is yaml.DocumentStartEvent:
                continue
            elif kind is yaml.DocumentEndEvent:
                return root
            else:
                raise Rejected(START, say("Y028"))

            if parent is None:
                location: Location = ()
                root = value
            elif parent.is_mapping:
                key = parent.key
                assert key is not None
                location = (*parent.location, key)
                if key != _DISCARDED:
                    parent.value[key] = value
                parent.key = None
                parent.size += size
            else:
                location = (*parent.location, len(parent.value))
                parent.value.append(value)
                parent.size += size
            positions[location] = position
            if kind is _MappingStart or kind is _SequenceStart:  # its items come next
                parent = _Open(value, location, kind is _MappingStart, anchor=event.anchor)
                stack.append(parent)

    def _close(self, stack: list[_Open]) -> _Open | None:
        """End the innermost mapping or sequence; returns the one that contains it."""
        done = stack.pop()
        if done.anchor is not None:
            anchored = self.anchors[done.anchor]
            anchored.size, anchored.complete = done.size, True
        if not stack:
            return None
        stack[-1].size += done.size
        return stack[-1]

    def _take_key(self, mapping: _Open, event: Any) -> None:
        position = position_of(event.start_mark)
        if not isinstance(event, yaml.ScalarEvent):
            raise Rejected(position, say("Y029"))
        if event.tag not in (None, "!", _CORE_TAG_PREFIX + "str"):
            raise _unsupported_tag(event.tag, position)
        key = event.value
        if "\x00" in key:  # never a field name; also keeps _DISCARDED a key no one can write
            raise Rejected(position, say("Y030"))
        if key.startswith("\u00a0"):  # indented with a non-breaking space, read as text
            raise Rejected(position, *NBSP_PROBLEM)
        if key == "<<" and not event.style:
            raise Rejected(position, say("Y031"))
        location = (*mapping.location, key)
        assert isinstance(mapping.value, dict)
        if key in mapping.value:
            first = self.document.key_positions[location]
            self._report(position, say("Y032", key=key, line=first.line), Severity.ERROR)
            # The duplicate's value is read, to find problems in it, and then dropped.
            mapping.key = _DISCARDED
            return
        self.document.key_positions[location] = position
        mapping.key = key

    def _scalar(self, event: Any, position: Position) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            return None if not event.style and event.value in _NULLS else event.value
        if tag not in _CORE_TAGS:
            raise _unsupported_tag(tag, position)
        if tag == _CORE_TAG_PREFIX + "null":
            return None
        return event.value

    def _check_trailing_comment(self, event: Any) -> None:
        """Warn when a comment cut off text: in `summary: Modul #1 untuk semua`, YAML
        reads `#1 untuk semua` as a comment. A comment written on purpose has a space
        after its `#`."""
        end = event.end_mark
        if end.line >= len(self.lines):
            return
        rest = self.lines[end.line][end.column :]
        cut = _CUT_BY_COMMENT.match(rest) if "#" in rest else None
        if cut is None:
            return
        position = Position(end.line + 1, end.column + 1 + cut.start(1))
        comment = cut.group(1).rstrip()
        self._report(position, say("Y033", comment=comment, value=event.value))

    def _lines_of(self, event: Any) -> tuple[int, int]:
        """The first and last line (counted from 0) a scalar is written on."""
        return event.start_mark.line, min(event.end_mark.line, len(self.lines) - 1)

    def _check_run_on_item(self, event: Any) -> None:
        """A plain value runs on into a line meant as a new list item."""
        first, last = self._lines_of(event)
        for number in range(first + 1, last + 1):
            line = self.lines[number]
            if line.lstrip().startswith("- "):
                self._report(Position(number + 1, len(line) - len(line.lstrip()) + 1), say("Y034"))

    def _check_escapes(self, event: Any) -> None:
        """An escape in double quotes where the text is a Windows path (C:\\new\\tugas.docx),
        whose backslashes were meant as themselves. Escapes in other text are what YAML
        writers (PyYAML's dump, converters) write for a line break, a tab or a letter
        beyond ASCII, and are read as meant."""
        first, last = self._lines_of(event)
        if not _WINDOWS_PATH.search("\n".join(self.lines[first : last + 1])):
            return
        for number in range(first, last + 1):
            line = self.lines[number]
            if "\\" not in line:
                continue
            start = event.start_mark.column if number == first else 0
            escape = next(
                (e for e in _ESCAPE.finditer(line, start) if e.group(1) not in '"\\/ '),
                None,
            )
            if escape and (number < last or escape.start() < event.end_mark.column):
                self._report(
                    Position(number + 1, escape.start() + 1), say("Y035", escape=escape.group(0))
                )
                return

    def _check_folded_list(self, event: Any) -> None:
        """A list inside a '>' text, which joins its lines into one."""
        first, last = self._lines_of(event)
        for number in range(first + 1, last + 1):
            line = self.lines[number]
            if _LIST_ITEM.match(line):
                self._report(Position(number + 1, len(line) - len(line.lstrip()) + 1), say("Y036"))
                return

    def _report(
        self,
        position: Position,
        message: Text,
        severity: Severity = Severity.WARNING,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(self.document.path, position.line, position.column, severity, message)
        )

    def _check_collection_tag(self, event: Any) -> None:
        if event.tag is not None and event.tag != "!" and event.tag not in _COLLECTION_TAGS:
            raise _unsupported_tag(event.tag, position_of(event.start_mark))

    def _resolve_alias(self, event: Any) -> tuple[Any, int]:
        anchored = self.anchors.get(event.anchor)
        position = position_of(event.start_mark)
        if anchored is None:
            raise Rejected(position, say("Y037", anchor=event.anchor))
        if not anchored.complete:
            raise Rejected(position, say("Y038", anchor=event.anchor))
        anchored.used = True
        return anchored.value, anchored.size

    def _count(self, size: int, position: Position) -> None:
        self.expanded_size += size
        if self.expanded_size > MAX_EXPANDED_SIZE:
            raise Rejected(position, say("Y039", megabytes=MAX_EXPANDED_SIZE // 1_000_000))

    def _warn_unused_anchors(self) -> None:
        """`title: &Co lainnya` makes `&Co` an anchor, silently cut from the text."""
        for name, anchored in self.anchors.items():
            if not anchored.used:
                self._report(anchored.position, say("Y040", name=name))


def _unsupported_tag(tag: str, position: Position) -> Rejected:
    shown = tag.replace(_CORE_TAG_PREFIX, "!!")
    return Rejected(
        position,
        say("Y041", tag=shown),
        # Y041's own hint is for a tag of YAML's (`!!python/object`).
        say("reading.hint.quote-exclamation") if not shown.startswith("!!") else None,
    )


def position_of(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def yaml_lines(text: str) -> list[str]:
    """The lines of a file as YAML counts them, without their line breaks, so that
    line-based checks and positions agree with the parser's marks."""
    return LINE_BREAK.split(text)


def position_after(text: str) -> Position:
    """Where the character after `text` is, when `text` starts a file."""
    lines = yaml_lines(text)
    return Position(len(lines), len(lines[-1]) + 1)
