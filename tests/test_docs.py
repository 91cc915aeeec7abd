"""The hand-written documentation keeps up with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from silabus.fieldref import field_table, update_guide
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
    Value,
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
    Value,
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


def test_the_guides_tables_of_fields_are_made_from_the_model() -> None:
    guide = TRAINER_GUIDE.read_text(encoding="utf-8")
    assert update_guide(guide) == guide, "the tables of fields are out of date: run `make fields`"


@pytest.mark.parametrize("model", MODELS)
def test_every_model_has_a_table_of_fields_in_the_guide(model: type[BaseModel]) -> None:
    guide = TRAINER_GUIDE.read_text(encoding="utf-8")
    assert f"<!-- fields: {model.__name__} -->" in guide


def test_a_table_of_fields_shows_each_field_as_the_model_has_it() -> None:
    table = field_table(Phase)
    assert table.splitlines()[2:4] == [
        "| `kind` | wajib | | Jenis tahap: `classroom` (klasikal), `off_classroom` (nonklasikal, "
        "di tempat kerja), `distance` (pembelajaran jarak jauh), atau `e_learning`. |",
        "| `title` | opsional | kosong | Judul tahap, misalnya `Klasikal I`; tanpa judul, nama "
        "jenisnya. Teks biasa. |",
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
