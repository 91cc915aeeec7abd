"""The JSON Schemas editors read: current with the model, named by every sample
file, and agreeing with an independent validator (check-jsonschema)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from silabus.schema import EMPTY, KINDS, schema_file, schema_text
from tests.conftest import REPOSITORY, Project

SCHEMA_LINE = "# yaml-language-server: $schema="


def _kind_of(path: Path) -> str:
    """The kind of a curriculum file, from where it lies."""
    relative = path.relative_to(REPOSITORY / "curriculum")
    folder = {"modules": "module", "cohorts": "cohort", "worksheets": "worksheet"}
    if len(relative.parts) > 1:
        return folder[relative.parts[0]]
    return relative.stem


SAMPLE_FILES = sorted((REPOSITORY / "curriculum").rglob("*.yml"))


def check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_committed_schema_is_made_from_the_model(kind: str) -> None:
    committed = REPOSITORY / "schema" / schema_file(kind)
    assert committed.read_text(encoding="utf-8") == schema_text(kind), (
        f"schema/{schema_file(kind)} is out of date: run `silabus schema`"
    )


def test_every_sample_file_names_the_schema_of_its_kind() -> None:
    assert len(SAMPLE_FILES) == 19
    for path in SAMPLE_FILES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(SCHEMA_LINE), path
        target = (path.parent / first.removeprefix(SCHEMA_LINE)).resolve()
        assert target == REPOSITORY / "schema" / schema_file(_kind_of(path)), path


@pytest.mark.parametrize("kind", KINDS)
def test_check_jsonschema_accepts_every_sample_file(kind: str) -> None:
    files = [path for path in SAMPLE_FILES if _kind_of(path) == kind]
    assert files
    checked = check_jsonschema(REPOSITORY / "schema" / schema_file(kind), *files)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_check_jsonschema_rejects_a_misspelt_key(tmp_path: Path) -> None:
    module = REPOSITORY / "curriculum" / "modules" / "studi-tiru.yml"
    broken = tmp_path / "studi-tiru.yml"
    broken.write_text(
        module.read_text(encoding="utf-8").replace("\nsummary:", "\nsumary:"), encoding="utf-8"
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "module.schema.json", broken)
    assert checked.returncode == 1
    assert "'sumary' is not one of ['id', 'title', 'summary'," in checked.stdout


def test_check_jsonschema_rejects_a_wrong_type_and_a_bad_time(tmp_path: Path) -> None:
    cohort = REPOSITORY / "curriculum" / "cohorts" / "angkatan-ii-2027.yml"
    text = cohort.read_text(encoding="utf-8")
    assert "end: 08:00" in text
    broken = tmp_path / "angkatan-ii-2027.yml"
    broken.write_text(
        text.replace("participants: 40", "participants: empat puluh").replace("08:00", "08.00", 1),
        encoding="utf-8",
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "cohort.schema.json", broken)
    assert checked.returncode == 1
    assert "$.participants" in checked.stdout
    assert "end: 8.0 is not of type 'string'" in checked.stdout  # 08.00 is a number in YAML


def test_fields_are_described_in_indonesian_and_english() -> None:
    module = json.loads(schema_text("module"))
    assert module["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # Only the keys listed: an unknown one is answered with those, in both languages.
    keys = module["propertyNames"]
    assert keys["enum"] == list(module["properties"])
    assert keys["errorMessage"].startswith(
        "Kunci ini tidak dikenal. Kunci yang dapat dipakai di sini: id, title, summary,"
    )
    assert " / Unknown key; the keys here are: id, title, summary," in keys["errorMessage"]
    title = module["properties"]["title"]["description"]
    assert title == "Judul mata pelatihan. Teks biasa. / Module title."
    # `jp: 12` is short for `jp: {total: 12}`; both are offered.
    options = module["properties"]["jp"]["anyOf"]
    assert {"type": "integer"} in [{"type": option.get("type")} for option in options]
    assert {"$ref": "#/$defs/LessonHours"} in options
    # An optional field may be left empty, as Silabus reads it; a required one may not.
    assert EMPTY in module["properties"]["summary"]["anyOf"]
    assert "anyOf" not in module["properties"]["title"]


def _titles(schema: object, where: str = "") -> list[str]:
    """Where a schema object (not a property named `title`) has a title."""
    found = []
    if isinstance(schema, dict):
        if isinstance(schema.get("title"), str):
            found.append(where or "/")
        for key, value in schema.items():
            if key in {"properties", "$defs"} and isinstance(value, dict):
                for name, item in value.items():
                    found += _titles(item, f"{where}/{key}/{name}")
            elif key != "title":
                found += _titles(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for index, item in enumerate(schema):
            found += _titles(item, f"{where}/{index}")
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_editor_shows_no_repeated_title_or_class_name(kind: str) -> None:
    """On hover the editor shows a field's description, not a title: the field's
    name again (once for each form it takes: "Total || Total"), the model's class
    name (LessonHours), or the schema's name in its stead."""
    schema = json.loads(schema_text(kind))

    assert _titles(schema) == []
    assert " / " in schema["description"]  # what the file is, in both languages


def _choices(schema: object) -> list[dict[str, object]]:
    found = []
    if isinstance(schema, dict):
        if isinstance(schema.get("enum"), list) and "errorMessage" not in schema:
            found.append(schema)
        for value in schema.values():
            found += _choices(value)
    elif isinstance(schema, list):
        for item in schema:
            found += _choices(item)
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_choice_is_described_in_both_languages(kind: str) -> None:
    """The editor shows what a choice means as it is offered; the spellings of yes and
    no that Silabus reads are not choices to offer."""
    for choice in _choices(json.loads(schema_text(kind))):
        values = choice["enum"]
        assert isinstance(values, list)
        if "yes" in values:
            continue
        described = choice.get("enumDescriptions")
        assert isinstance(described, list) and len(described) == len(values), values
        assert all(" / " in text for text in described), described


def test_schema_check_says_which_file_is_stale(project: Project) -> None:
    assert project.silabus("schema", "--check").returncode == 0
    project.write("schema/module.schema.json", "{}\n")
    checked = project.silabus("schema", "--check")
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        "schema/module.schema.json is missing or out of date",
        "Run `silabus schema` to write the schemas anew.",
    ]
    written = project.silabus("schema")
    assert written.returncode == 0
    assert written.stdout == "Wrote 1 of 6 schemas into schema; the others were current.\n"
    assert project.read("schema/module.schema.json") == schema_text("module")
    assert project.silabus("schema", "--check").returncode == 0


def test_schema_writes_into_another_folder(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    written = project.silabus("schema", "--output", str(target))
    assert written.returncode == 0, written.stderr
    assert sorted(path.name for path in target.iterdir()) == sorted(
        schema_file(kind) for kind in KINDS
    )


def test_what_silabus_accepts_the_schema_accepts_too(tmp_path: Path) -> None:
    """No false alarms in the editor: a quoted number, an hour without its zero."""
    cohort = REPOSITORY / "curriculum" / "cohorts" / "angkatan-ii-2027.yml"
    text = cohort.read_text(encoding="utf-8")
    relaxed = tmp_path / "angkatan-ii-2027.yml"
    relaxed.write_text(
        text.replace("participants: 40", 'participants: "40"').replace("end: 08:00", "end: 8:00"),
        encoding="utf-8",
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "cohort.schema.json", relaxed)
    assert checked.returncode == 0, checked.stdout


def test_the_schema_keeps_the_range_of_a_number(tmp_path: Path) -> None:
    module = REPOSITORY / "curriculum" / "modules" / "studi-tiru.yml"
    broken = tmp_path / "studi-tiru.yml"
    broken.write_text(
        module.read_text(encoding="utf-8").replace("  total: 12", "  total: 5000"),
        encoding="utf-8",
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "module.schema.json", broken)
    assert checked.returncode == 1
    assert "5000 is greater than the maximum of 2000" in checked.stdout


def test_text_numbers_and_yes_words_pass_as_silabus_reads_them(tmp_path: Path) -> None:
    module = tmp_path / "angka.yml"
    module.write_text(
        "id: angka\ntitle: 2019\njp: '12'\nmethods: [2020, true]\n"
        "self_check:\n  - question: Benar?\n    choices:\n"
        "      - text: Ya\n        correct: yes\n      - text: Tidak\n        correct: off\n",
        encoding="utf-8",
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "module.schema.json", module)
    assert checked.returncode == 0, checked.stdout
    module.write_text(module.read_text(encoding="utf-8").replace("yes", "mungkin"))
    checked = check_jsonschema(REPOSITORY / "schema" / "module.schema.json", module)
    assert checked.returncode == 1


FREE_FEES = ["free", "gratis", "Gratis", "nol", "tanpa biaya", "Tidak dipungut biaya", "0", "'0'"]


@pytest.mark.parametrize("written", FREE_FEES)
def test_every_free_fee_silabus_accepts_the_schema_accepts(tmp_path: Path, written: str) -> None:
    """The editor marked `fee: nol` and `fee: "0"` wrong, which Silabus reads as free."""
    from silabus.model import Program

    sample = (REPOSITORY / "curriculum" / "program.yml").read_text(encoding="utf-8")
    program = tmp_path / "program.yml"
    program.write_text(
        sample.replace("fee: {amount: 4750000, currency: IDR}", f"fee: {written}"), encoding="utf-8"
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "program.schema.json", program)
    assert checked.returncode == 0, checked.stdout
    import yaml

    fee = Program.model_validate(yaml.safe_load(program.read_text(encoding="utf-8"))).fee
    assert fee is not None and fee.free


def test_a_fee_silabus_refuses_the_schema_refuses(tmp_path: Path) -> None:
    sample = (REPOSITORY / "curriculum" / "program.yml").read_text(encoding="utf-8")
    program = tmp_path / "program.yml"
    program.write_text(
        sample.replace("fee: {amount: 4750000, currency: IDR}", "fee: murah"), encoding="utf-8"
    )
    checked = check_jsonschema(REPOSITORY / "schema" / "program.schema.json", program)
    assert checked.returncode == 1
