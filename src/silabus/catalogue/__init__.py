"""Everything Silabus says to the people who run it, in Indonesian and English.

A message is a `Text`: a key into the catalogue and the values to put into it,
rendered in a language only when it is shown, so that one problem found once can
be read in either language. A kind of problem has a stable code (`Y001`,
`S104`, ...) shown at the end of its line, in the manner of ruff and mypy, so
the trainer guide, both languages and a web search meet at one name. Smaller
pieces of text (a hint that depends on the case, a phrase put into a message)
have dotted names and no code.

The catalogue is split by area, one module each, and read as one table here.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from silabus.catalogue import (
    cli,
    commands,
    curriculum,
    fields,
    general,
    materials,
    reading,
    site,
    timetable,
)
from silabus.catalogue.entries import Phrase, Problem

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
ENVIRONMENT_VARIABLE = "SILABUS_LANG"


class Text:
    """A message not yet put into words: a catalogue key and its values. A value
    may itself be a Text (rendered in the same language), a list of them (joined
    with ", "), or anything else (shown as written: a curriculum's own words are
    never translated)."""

    __slots__ = ("args", "key")

    def __init__(self, key: str, /, **args: Any) -> None:
        self.key = key
        self.args = tuple(sorted(args.items()))

    @property
    def code(self) -> str | None:
        """The problem's code, if this Text is a kind of problem."""
        entry = _PROBLEMS.get(self.key)
        if entry is None:
            return None
        inner = dict(self.args).get(entry.code_from) if entry.code_from else None
        return (inner.code if isinstance(inner, Text) else None) or self.key

    def render(self, language: str) -> str:
        entry = _entry(self.key)
        return _format(entry.template(language), self.args, language)

    def render_hint(self, language: str) -> str | None:
        """The hint of a kind of problem, filled with this Text's values."""
        entry = _PROBLEMS.get(self.key)
        template = entry.hint_template(language) if entry else None
        return _format(template, self.args, language) if template is not None else None

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        values = "".join(f", {name}={value!r}" for name, value in self.args)
        return f"Text({self.key!r}{values})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.key, self.args) == (other.key, other.args)

    def __hash__(self) -> int:
        return hash((self.key, self.args))


def say(key: str, /, **args: Any) -> Text:
    """The Text of catalogue entry `key` with its values: `say("Y001", quote='"')`."""
    _entry(key)  # a key the catalogue does not have fails here, not when shown
    return Text(key, **args)


class Verbatim(Text):
    """Text that is the same in every language (a name, a path, a library's own
    message that has no translation)."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__("", text=text)

    def render(self, language: str) -> str:
        return str(self.args[0][1])

    def render_hint(self, language: str) -> str | None:
        return None


def said(error: BaseException) -> Text:
    """What an exception says, as a Text to raise again or to put into a message: the
    Text it was raised with, else its own words as they are."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Text) else Verbatim(str(error))


def words(error: BaseException, language: str) -> str:
    """What an exception says, in `language` when it was raised with a Text."""
    return said(error).render(language)


def choose_language(flag: str | None = None, program_language: str | None = None) -> str:
    """The language to speak: `--lang`, then SILABUS_LANG, then the program's
    language, then Indonesian. An unknown value is passed over."""
    for candidate in (flag, os.environ.get(ENVIRONMENT_VARIABLE), program_language):
        language = known_language(candidate)
        if language:
            return language
    return DEFAULT_LANGUAGE


def known_language(value: str | None) -> str | None:
    """`en`, `en_GB.UTF-8`, `EN` -> `en`; a language Silabus does not speak -> None."""
    if not value:
        return None
    language = value.replace("-", "_").split("_")[0].split(".")[0].lower()
    return language if language in LANGUAGES else None


def written_number(value: float, language: str, format_spec: str = "") -> str:
    """A number as the language writes it: 2.5 and 100,000 in English, 2,5 and
    100.000 in Indonesian."""
    written = format(value, format_spec)
    if language != "id":
        return written
    return written.replace(",", "\0").replace(".", ",").replace("\0", ".")


def problems() -> Mapping[str, Problem]:
    """Every kind of problem, by code."""
    return _PROBLEMS


def phrases() -> Mapping[str, Phrase]:
    return _PHRASES


class _Formatter(string.Formatter):
    """`str.format` with three additions: a Text value is rendered in the message's
    language, `{count:error|errors}` picks the singular or the plural, and numbers
    are written as Indonesians write them in Indonesian (2,5 JP; 100.000)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if value == 1 else many
        if isinstance(value, int | float) and not isinstance(value, bool):
            return written_number(value, self.language, format_spec)
        if isinstance(value, Text):
            return format(value.render(self.language), format_spec)
        if isinstance(value, list | tuple) and all(isinstance(item, Text) for item in value):
            return ", ".join(item.render(self.language) for item in value)
        return str(super().format_field(value, format_spec))


def _format(template: str, args: Sequence[tuple[str, Any]], language: str) -> str:
    return _Formatter(language).vformat(template, (), dict(args))


def _entry(key: str) -> Problem | Phrase:
    entry = _PROBLEMS.get(key) or _PHRASES.get(key)
    if entry is None:
        raise KeyError(f"no message {key!r} in the catalogue")
    return entry


def _collect(areas: Iterable[Any]) -> tuple[dict[str, Problem], dict[str, Phrase]]:
    found_problems: dict[str, Problem] = {}
    found_phrases: dict[str, Phrase] = {}
    for area in areas:
        for problem in area.PROBLEMS:
            if problem.code in found_problems:
                raise ValueError(f"the code {problem.code} is in the catalogue twice")
            found_problems[problem.code] = problem
        for phrase in area.PHRASES:
            if phrase.key in found_phrases:
                raise ValueError(f"the phrase {phrase.key} is in the catalogue twice")
            found_phrases[phrase.key] = phrase
    return found_problems, found_phrases


_PROBLEMS, _PHRASES = _collect(
    [general, reading, fields, curriculum, timetable, materials, site, commands, cli]
)
