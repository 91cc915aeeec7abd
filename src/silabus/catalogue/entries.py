"""The two kinds of catalogue entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A kind of problem: its code, its message and (usually) a hint, in English
    and Indonesian. `{name}` places are filled from the values given."""

    code: str
    en: str
    id: str
    hint_en: str | None = None
    hint_id: str | None = None
    # A problem that only places another (a field's name before what its own check
    # says) is shown with the code of the problem in this value.
    code_from: str | None = None

    def template(self, language: str) -> str:
        return self.id if language == "id" else self.en

    def hint_template(self, language: str) -> str | None:
        return self.hint_id if language == "id" else self.hint_en


@dataclass(frozen=True)
class Phrase:
    """A piece of text with a dotted name, put into a message or said on its own."""

    key: str
    en: str
    id: str

    def template(self, language: str) -> str:
        return self.id if language == "id" else self.en
