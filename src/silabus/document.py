"""Where a curriculum value was written: positions in a file, and the loaded
document that remembers them."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from silabus.catalogue import Text
from silabus.diagnostics import Diagnostic, Severity

Location = tuple[str | int, ...]


class Position(NamedTuple):
    """A place in a file, counted from 1 like editors do. (A named tuple: a curriculum
    has one for every value, and tuples are the cheapest to make.)"""

    line: int
    column: int


START = Position(1, 1)


def field_label(location: Location) -> str:
    """`self_check[2].explanation`: list items counted from 1, as messages name them."""
    text = ""
    for part in location:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass
class Document:
    """The data of one YAML file and the position of each value and key in it."""

    path: str
    data: Any
    positions: dict[Location, Position] = field(default_factory=dict)
    key_positions: dict[Location, Position] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list, repr=False)
    # A hash of the file's bytes, when it was read from a file: pages made from the
    # same files again (under `mkdocs serve`) can be taken from a cache.
    digest: bytes = field(default=b"", repr=False)
    # The document read as each kind of model, with the problems found (see parse.py).
    parsed: dict[type, tuple[Any, list[Diagnostic]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The lines on which values and keys start, in order (see last_line).
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def last_line(self, location: Location) -> int:
        """The last line the value at `location` can be on: before the next key or
        value that starts on a later line (the file's last line for the last one)."""
        if self._starts is None:
            lines = {place.line for place in self.positions.values()}
            lines |= {place.line for place in self.key_positions.values()}
            self._starts = sorted(lines)
        start = self.position(location).line
        later = bisect_right(self._starts, start)
        return self._starts[later] - 1 if later < len(self._starts) else len(self.lines)

    def position(self, location: Location) -> Position:
        """Where the value at `location` is; for a missing value, where its nearest parent is."""
        while location not in self.positions and location:
            location = location[:-1]
        return self.positions.get(location, START)

    def find(self, location: Location, needle: str, occurrence: int = 1) -> Position:
        """Where `needle` is written (in any case) for the `occurrence`-th time in the
        value at `location`, a multi-line text included; the value's own place if it
        cannot be found."""
        start = self.position(location)
        needle = needle.lower()
        for number in range(start.line, len(self.lines) + 1):
            line = self.lines[number - 1].lower()
            offset = line.find(needle, start.column - 1 if number == start.line else 0)
            while offset >= 0:
                occurrence -= 1
                if occurrence == 0:
                    return Position(number, offset + 1)
                offset = line.find(needle, offset + max(len(needle), 1))
        return start

    def key_position(self, location: Location) -> Position:
        """Where the key of the value at `location` is written (its value's place if none)."""
        return self.key_positions.get(location) or self.position(location)

    def diagnostic(
        self,
        location: Location,
        message: Text,
        hint: Text | None = None,
        *,
        severity: Severity = Severity.ERROR,
        at_key: bool = False,
        at: Position | None = None,
    ) -> Diagnostic:
        """A problem with the value at `location`, reported at the value, at its key,
        or at a place `at` inside it. `message` is a catalogue Text (`say("S104", ...)`),
        whose own hint is used unless `hint` is given."""
        pos = at or (self.key_position(location) if at_key else self.position(location))
        return Diagnostic(self.path, pos.line, pos.column, severity, message, hint)
