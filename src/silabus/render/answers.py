"""The names a worksheet's answers are kept under in a participant's browser."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import NamedTuple

from silabus.model import Worksheet


class SectionFields(NamedTuple):
    """The names of a section's places to write: one a prompt, one a table column
    (a cell adds its row, `-r2`)."""

    prompts: list[str]
    columns: list[str]


def answer_fields(worksheet: Worksheet) -> list[SectionFields]:
    """Each place to write on `worksheet`, named after its section's title and its own
    text (a prompt's label, a column's heading) rather than its place on the sheet:
    an answer stays with its question when a trainer adds, removes or reorders
    questions after participants have begun filling the sheet in. Only identical
    questions in identically named sections are told apart by their order."""
    seen: Counter[str] = Counter()

    def name(kind: str, *texts: str) -> str:
        digest = hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:10]
        field = f"{kind}-{digest}"
        seen[field] += 1
        return field if seen[field] == 1 else f"{field}-{seen[field]}"

    return [
        SectionFields(
            [name("q", section.title, prompt.label) for prompt in section.prompts],
            [name("t", section.title, column) for column in section.table.columns]
            if section.table
            else [],
        )
        for section in worksheet.sections
    ]
