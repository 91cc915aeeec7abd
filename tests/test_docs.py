"""The hand-written documentation keeps up with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from silabus.model import (
    Agenda,
    Choice,
    Cohort,
    Day,
    Exercise,
    Glossary,
    Leader,
    LessonHours,
    Module,
    Phase,
    Program,
    Prompt,
    Question,
    Reference,
    ReferenceList,
    Session,
    Term,
    Topic,
    Worksheet,
    WorksheetSection,
    WorksheetTable,
)

REPOSITORY = Path(__file__).resolve().parent.parent
TRAINER_GUIDE = REPOSITORY / "docs" / "panduan-pelatih.md"
README = REPOSITORY / "README.md"


MODELS = [
    Program,
    Agenda,
    Module,
    Topic,
    LessonHours,
    Cohort,
    Phase,
    Day,
    Session,
    Leader,
    ReferenceList,
    Reference,
    Question,
    Choice,
    Exercise,
    Glossary,
    Term,
    Worksheet,
    WorksheetSection,
    Prompt,
    WorksheetTable,
]


@pytest.mark.parametrize("model", MODELS)
def test_trainer_guide_describes_every_field(model: type[BaseModel]) -> None:
    guide = TRAINER_GUIDE.read_text(encoding="utf-8")
    missing = [name for name in model.model_fields if f"`{name}`" not in guide]
    assert missing == [], f"{model.__name__} fields not in the trainer guide: {missing}"


def test_every_field_has_an_indonesian_and_english_description() -> None:
    for model in MODELS:
        for name, field in model.model_fields.items():
            assert field.description and " / " in field.description, f"{model.__name__}.{name}"


def test_readme_quick_start_is_exactly_make_site_and_make_test() -> None:
    readme = README.read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start") :]
    quick_start = quick_start[: quick_start.index("\n## ", 1)]
    first_block = re.search(r"```console\n(.*?)```", quick_start, re.DOTALL)
    assert first_block is not None
    assert first_block.group(1).splitlines() == ["make site", "make test"]
