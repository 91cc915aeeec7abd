"""What a trainer's editor says: yaml-language-server (the language server of VS
Code's YAML extension, from npm) reading a curriculum file with the schema its
first line names, as the editor does while the trainer types."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPOSITORY
from tests.language_server import LanguageServer


def test_the_editor_answers_a_misspelt_key_with_the_keys_in_indonesian(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "modules").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    module = project / "curriculum" / "modules" / "studi-tiru.yml"
    sample = (REPOSITORY / "curriculum" / "modules" / "studi-tiru.yml").read_text()
    module.write_text(sample.replace("\nsummary:", "\nsumary:", 1))
    lines = module.read_text().splitlines()
    line = next(number for number, text in enumerate(lines) if text.startswith("sumary:"))

    server = LanguageServer()
    try:
        (said,) = server.diagnostics(module)
    finally:
        server.close()

    assert said["range"]["start"] == {"line": line, "character": 0}
    indonesian, english = said["message"].split(" / ")
    assert indonesian.startswith("Kunci ini tidak dikenal. Kunci yang dapat dipakai di sini:")
    assert " summary," in indonesian and english.startswith("Unknown key; the keys here are:")


def test_the_editor_marks_an_impossible_day_and_a_time_with_a_dot(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "cohorts").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    cohort = project / "curriculum" / "cohorts" / "angkatan-i-2019.yml"
    sample = (REPOSITORY / "curriculum" / "cohorts" / "angkatan-i-2019.yml").read_text()
    day = next(line for line in sample.splitlines() if line.strip().startswith("- date: "))
    broken = sample.replace(day, day.split("date: ")[0] + "date: 2019-02-30", 1)
    cohort.write_text(broken.replace("- start: 08:00", "- start: 8.00", 1))
    lines = cohort.read_text().splitlines()

    server = LanguageServer()
    try:
        said = server.diagnostics(cohort)
    finally:
        server.close()

    marked = {lines[item["range"]["start"]["line"]].strip(): item["message"] for item in said}
    assert marked["- date: 2019-02-30"].startswith("Tanggal ini tidak ada di kalender")
    assert marked["- start: 8.00"].startswith("Tulis jam sebagai jam:menit dengan titik dua")


def test_the_editor_offers_time_zones_not_yes_no_or_null(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "cohorts").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    cohort = project / "curriculum" / "cohorts" / "angkatan-i-2019.yml"
    sample = (REPOSITORY / "curriculum" / "cohorts" / "angkatan-i-2019.yml").read_text()
    cohort.write_text(re.sub(r"(?m)^timezone: .*$", "timezone: ", sample, count=1))
    line = cohort.read_text().splitlines().index("timezone: ")

    server = LanguageServer()
    try:
        offered = server.completions(cohort, line, len("timezone: "))
        said = server.diagnostics(cohort)
    finally:
        server.close()

    assert [item["label"] for item in offered] == ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
    assert said == []  # left empty, as Silabus reads it: the default zone


def test_the_editor_says_what_each_choice_means(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "cohorts").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    cohort = project / "curriculum" / "cohorts" / "angkatan-i-2019.yml"
    sample = (REPOSITORY / "curriculum" / "cohorts" / "angkatan-i-2019.yml").read_text()
    cohort.write_text(sample.replace("- kind: classroom\n", "- kind: \n", 1))
    lines = cohort.read_text().splitlines()
    line = next(number for number, text in enumerate(lines) if text.strip() == "- kind:")

    server = LanguageServer()
    try:
        offered = server.completions(cohort, line, len(lines[line]))
    finally:
        server.close()

    meaning = {item["label"]: item.get("documentation") for item in offered}
    assert meaning["classroom"] == "Klasikal / Classroom"
    assert (
        meaning["off_classroom"]
        == "Nonklasikal (di tempat kerja) / Off-classroom (at the workplace)"
    )


def test_the_editor_shows_a_fields_description_once_on_hover(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "modules").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    module = project / "curriculum" / "modules" / "studi-tiru.yml"
    module.write_text((REPOSITORY / "curriculum" / "modules" / "studi-tiru.yml").read_text())
    lines = module.read_text().splitlines()
    total = next(number for number, text in enumerate(lines) if text.startswith("  total:"))

    server = LanguageServer()
    try:
        shown = server.hover(module, total, 3)
    finally:
        server.close()

    assert shown.startswith("Jumlah JP mata pelatihan.")
    assert "||" not in shown and "####" not in shown
