"""What a trainer's editor says: yaml-language-server (the language server of VS
Code's YAML extension, from npm) reading a curriculum file with the schema its
first line names, as the editor does while the trainer types."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import REPOSITORY
from tests.language_server import LanguageServer

MODULE = "curriculum/modules/studi-tiru.yml"
COHORT = "curriculum/cohorts/angkatan-i-2019.yml"


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageServer]:
    started = LanguageServer()
    yield started
    started.close()


def _sample(tmp_path: Path, relative: str, change: Callable[[str], str]) -> Path:
    """A file of the sample changed by `change`, in a project whose schema folder is
    the repository's, as its first line names it."""
    project = tmp_path / "project"
    target = project / relative
    target.parent.mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    target.write_text(change((REPOSITORY / relative).read_text()))
    return target


def _line(path: Path, starting: str) -> int:
    """The first line of the file (from 0) that starts, indentation aside, so."""
    lines = path.read_text().splitlines()
    return next(number for number, text in enumerate(lines) if text.strip().startswith(starting))


def test_the_editor_answers_a_misspelt_key_with_the_keys_in_indonesian(
    server: LanguageServer, tmp_path: Path
) -> None:
    module = _sample(tmp_path, MODULE, lambda text: text.replace("\nsummary:", "\nsumary:", 1))

    (said,) = server.diagnostics(module)

    assert said["range"]["start"] == {"line": _line(module, "sumary:"), "character": 0}
    indonesian, english = said["message"].split(" / ")
    assert indonesian.startswith("Kunci ini tidak dikenal. Kunci yang dapat dipakai di sini:")
    assert " summary," in indonesian and english.startswith("Unknown key; the keys here are:")


def test_the_editor_marks_an_impossible_day_and_a_time_with_a_dot(
    server: LanguageServer, tmp_path: Path
) -> None:
    def broken(text: str) -> str:
        text = re.sub(r"- date: [0-9-]+", "- date: 2019-02-30", text, count=1)
        return text.replace("- start: 08:00", "- start: 8.00", 1)

    cohort = _sample(tmp_path, COHORT, broken)
    lines = cohort.read_text().splitlines()

    said = server.diagnostics(cohort)

    marked = {lines[item["range"]["start"]["line"]].strip(): item["message"] for item in said}
    assert marked["- date: 2019-02-30"].startswith("Tanggal ini tidak ada di kalender")
    assert marked["- start: 8.00"].startswith("Tulis jam sebagai jam:menit dengan titik dua")


def test_the_editor_says_what_to_write_for_a_value_of_the_wrong_type(
    server: LanguageServer, tmp_path: Path
) -> None:
    def broken(text: str) -> str:
        text = text.replace("title: Studi Tiru Inovasi Pelayanan Publik", "title:\n  - Studi Tiru")
        return text.replace("  total: 12", "  total: dua belas", 1)

    module = _sample(tmp_path, MODULE, broken)
    lines = module.read_text().splitlines()

    said = server.diagnostics(module)

    marked = {lines[item["range"]["start"]["line"]].strip(): item["message"] for item in said}
    assert marked["- Studi Tiru"] == (
        "Tulis teks di sini, tepat setelah titik dua, bukan daftar atau baris 'kunci: nilai'. / "
        "Write text here, right after the colon, not a list or 'key: value' lines."
    )
    assert marked["total: dua belas"].startswith("Tulis bilangan bulat di sini, hanya angka")


def test_the_editor_offers_time_zones_not_yes_no_or_null(
    server: LanguageServer, tmp_path: Path
) -> None:
    cohort = _sample(
        tmp_path, COHORT, lambda text: re.sub(r"(?m)^timezone: .*$", "timezone: ", text)
    )

    offered = server.completions(cohort, _line(cohort, "timezone:"), len("timezone: "))
    said = server.diagnostics(cohort)

    assert [item["label"] for item in offered] == ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
    assert said == []  # left empty, as Silabus reads it: the default zone


def test_the_editor_says_what_each_choice_means(server: LanguageServer, tmp_path: Path) -> None:
    cohort = _sample(
        tmp_path, COHORT, lambda text: text.replace("- kind: classroom\n", "- kind: \n", 1)
    )
    line = _line(cohort, "- kind:")

    offered = server.completions(cohort, line, len(cohort.read_text().splitlines()[line]))

    meaning = {item["label"]: item.get("documentation") for item in offered}
    assert meaning["classroom"] == "Klasikal / Classroom"
    assert meaning["off_classroom"] == (
        "Nonklasikal (di tempat kerja) / Off-classroom (at the workplace)"
    )


def test_the_editor_shows_a_fields_description_once_on_hover(
    server: LanguageServer, tmp_path: Path
) -> None:
    module = _sample(tmp_path, MODULE, lambda text: text)

    shown = server.hover(module, _line(module, "total:"), 3)

    assert shown.startswith("Jumlah JP mata pelatihan.")
    assert "||" not in shown and "####" not in shown
