"""Problems found in a curriculum, reported the way compilers and linters do."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from silabus.catalogue import Text, say


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"  # fails strict builds
    NOTE = "note"  # reported; the project has chosen to publish with it


@dataclass(frozen=True)
class Diagnostic:
    """One problem at one place: `path` is relative to the project root, line and column
    count from 1. Its words are a catalogue Text, put into a language when shown; its
    hint is the problem's own unless one is given for the case."""

    path: str
    line: int
    column: int
    severity: Severity
    text: Text
    hint_text: Text | None = None

    @property
    def code(self) -> str | None:
        """The stable code of this kind of problem (`S104`)."""
        return self.text.code

    @property
    def message(self) -> str:
        """The message in English."""
        return self.message_in("en")

    @property
    def hint(self) -> str | None:
        """The hint in English, if there is one."""
        return self.hint_in("en")

    def message_in(self, language: str) -> str:
        return self.text.render(language)

    def hint_in(self, language: str) -> str | None:
        if self.hint_text is not None:
            return self.hint_text.render(language)
        return self.text.render_hint(language)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def fails_strict(self) -> bool:
        """Errors and warnings stop a strict build; notes do not."""
        return self.severity is not Severity.NOTE

    def format(self, display_path: str | None = None, language: str = "en") -> str:
        """`path:line:col: severity: message  [code]`, then an indented hint line if
        there is one."""
        path = _visible(display_path if display_path is not None else self.path)
        severity = say(f"severity.{self.severity.value}").render(language)
        code = f"  [{self.code}]" if self.code else ""
        text = f"{path}:{self.line}:{self.column}: {severity}: "
        text += f"{_visible(self.message_in(language))}{code}"
        hint = self.hint_in(language)
        if hint:
            text += f"\n    {say('hint').render(language)}: {_visible(hint)}"
        return text

    def format_github(self, display_path: str | None = None, language: str = "en") -> str:
        """A GitHub Actions workflow command, shown as an annotation on the pull request."""
        path = display_path if display_path is not None else self.path
        hint = self.hint_in(language)
        message = _visible(self.message_in(language))
        if self.code:
            message = f"[{self.code}] {message}"
        if hint:
            message += f" ({say('hint').render(language)}: {_visible(hint)})"
        level = "notice" if self.severity is Severity.NOTE else self.severity.value
        return (
            f"::{level} file={_escape_property(path)},line={self.line},"
            f"col={self.column}::{_escape_data(message)}"
        )


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


# How many notes are shown before the rest are counted in one line.
NOTES_SHOWN = 5
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True)
class Shown:
    """What a report shows: errors first, then warnings, then notes (each kind in
    the order found), and how many notes it leaves out."""

    diagnostics: list[Diagnostic]
    notes_left_out: int

    def left_out_line(self, language: str = "en") -> str | None:
        """The line that counts the notes left out, and says how to see them."""
        if not self.notes_left_out:
            return None
        how = say("notes.how.validate")
        return say("notes.left-out", count=self.notes_left_out, how=how).render(language)

    def lines(
        self, language: str, path_of: Callable[[Diagnostic], str | None] = lambda _: None
    ) -> Iterator[tuple[Diagnostic | None, str]]:
        """Each problem as its lines in `language` (its path as `path_of` gives it),
        then the line that counts the notes left out (with None)."""
        for diagnostic in self.diagnostics:
            yield diagnostic, diagnostic.format(path_of(diagnostic), language)
        left_out = self.left_out_line(language)
        if left_out:
            yield None, left_out


def for_reading(diagnostics: Sequence[Diagnostic], notes: str = "some") -> Shown:
    """The diagnostics in the order a reader needs them, with `notes` "all", "some"
    (at most NOTES_SHOWN; the rest counted) or "none": notes the project has chosen
    to publish with must not bury an error."""
    ordered = sorted(diagnostics, key=lambda d: _ORDER[d.severity])
    kept = [d for d in ordered if d.fails_strict]
    found = [d for d in ordered if not d.fails_strict]
    limit = {"all": len(found), "some": NOTES_SHOWN, "none": 0}[notes]
    if notes == "some" and len(found) == NOTES_SHOWN + 1:
        limit = len(found)  # a line to say that one note is left out says as much
    return Shown(kept + found[:limit], len(found) - min(limit, len(found)))


def summary(diagnostics: Sequence[Diagnostic], files_checked: int, language: str = "en") -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    notes = sum(1 for d in diagnostics if not d.fails_strict)
    warnings = len(diagnostics) - errors - notes
    checked = say("summary.checked", files=files_checked)
    noted = say("summary.noted", notes=notes) if notes else ""
    if errors + warnings == 0:
        return say("summary.clean", checked=checked, noted=noted).render(language)
    found = say("summary.found", errors=errors, warnings=warnings, checked=checked, noted=noted)
    return found.render(language)


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest of `choices` to a misspelt `word`, if any is close enough. Only the
    first few hundred choices of a similar length are compared, which keeps a file
    with thousands of misspellings from taking minutes."""
    similar = [choice for choice in choices if abs(len(choice) - len(word)) <= 4][:500]
    matches = difflib.get_close_matches(word, similar, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _visible(text: str) -> str:
    """Text with control and invisible formatting characters written as escapes, so
    that a curriculum value quoted in a message can neither hide, reorder nor fake
    output (terminal codes, line breaks, right-to-left overrides)."""
    return "".join(
        char if unicodedata.category(char) not in _HIDDEN else _escape(char) for char in text
    )


def _escape(char: str) -> str:
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


_HIDDEN = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
