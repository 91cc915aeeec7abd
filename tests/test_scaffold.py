"""`silabus new`: new module and cohort files that validate, an agenda that gains
the module with its comments and layout kept, and nothing ever overwritten."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from tests.conftest import REPOSITORY, Project, snapshot

AGENDA = "kreativitas-dan-inovasi"


def _added_lines(before: str, after: str) -> list[str]:
    """The lines of `after` not in `before`, when `after` only adds lines."""
    remaining = after.splitlines()
    for line in before.splitlines():
        assert line in remaining, f"line lost or changed: {line!r}"
        remaining.remove(line)
    return remaining


def test_a_new_module_validates_and_gets_its_page(project: Project) -> None:
    program = project.read("curriculum/program.yml")
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        "Wrote curriculum/modules/uji-coba.yml.",
        f"Added 'uji-coba' to the agenda '{AGENDA}' in curriculum/program.yml.",
        "Fill in the file, then run `silabus validate --strict`.",
    ]
    after = project.read("curriculum/program.yml")
    assert _added_lines(program, after) == ["      - uji-coba"]
    assert after.index("- praktik-baik-inovasi") < after.index("- uji-coba")
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert ">Uji Coba<" in project.read("site/modul/uji-coba/index.html")


def test_the_new_module_file_is_commented_and_names_its_schema(project: Project) -> None:
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba")
    assert made.returncode == 0, made.stderr
    text = project.read("curriculum/modules/uji-coba.yml")
    assert text.startswith("# yaml-language-server: $schema=../../schema/module.schema.json\n")
    assert "id: uji-coba\n" in text
    assert 'title: "Uji Coba"\n' in text
    assert "jp: 2\n" in text
    assert sum(line.startswith("#") for line in text.splitlines()) >= 10
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            str(REPOSITORY / "schema" / "module.schema.json"),
            str(project.path("curriculum/modules/uji-coba.yml")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout


def test_a_new_module_of_a_program_in_minutes_states_minutes(project: Project) -> None:
    program = project.read("curriculum/program.yml")
    project.write(
        "curriculum/program.yml",
        program.replace("jp_minutes: 45\n", "time_unit: minutes\n").replace(
            "language: id", "language: en"
        ),
    )
    refused = project.silabus(
        "new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba", "--jp", "2"
    )
    assert refused.returncode == 2
    assert "this program counts time in minutes ('time_unit: minutes'): use --minutes" in (
        refused.stderr
    )

    zero = project.silabus(
        "new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba", "--minutes", "0"
    )
    assert zero.returncode == 2
    assert "--minutes must be a whole number from 1 to 90000" in zero.stderr

    made = project.silabus(
        "new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba", "--minutes", "50"
    )

    assert made.returncode == 0, made.stderr
    text = project.read("curriculum/modules/uji-coba.yml")
    assert "\nminutes: 50\n" in text and "\njp:" not in text
    assert "# Required: the same as this file's name (without .yml).\nid: uji-coba\n" in text
    validated = project.silabus("validate")
    assert "uji-coba.yml" not in validated.stdout


def test_running_new_again_changes_nothing(project: Project) -> None:
    command = ("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba")
    assert project.silabus(*command).returncode == 0
    before = snapshot(project.path("curriculum"), with_times=True)
    again = project.silabus(*command)
    assert again.returncode == 1
    assert again.stderr == (
        "silabus new: error: curriculum/modules/uji-coba.yml already exists; nothing was "
        "changed. Choose another id, or edit that file\n"
    )
    assert snapshot(project.path("curriculum"), with_times=True) == before


def test_an_id_taken_in_a_subfolder_is_refused(project: Project) -> None:
    project.write("curriculum/modules/lama/uji-coba.yml", "id: uji-coba\n")
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "X")
    assert made.returncode == 1
    assert "curriculum/modules/lama/uji-coba.yml already exists" in made.stderr


@pytest.mark.parametrize(
    ("new_id", "message"),
    [
        ("Uji_Coba", "'Uji_Coba' cannot be a module id: use lowercase letters, digits and"),
        ("uji--coba", "'uji--coba' cannot be a module id"),
        ("index", "'index' cannot be the id of a module; choose another id"),
    ],
)
def test_an_id_that_would_fail_validation_is_refused(
    project: Project, new_id: str, message: str
) -> None:
    before = snapshot(project.path("curriculum"))
    made = project.silabus("new", "module", new_id, "--agenda", AGENDA, "--title", "X")
    assert made.returncode == 1
    assert message in made.stderr
    assert snapshot(project.path("curriculum")) == before


def test_an_unknown_agenda_is_refused_with_a_suggestion(project: Project) -> None:
    before = snapshot(project.path("curriculum"))
    made = project.silabus("new", "module", "uji-coba", "--agenda", "kreativitas", "--title", "X")
    assert made.returncode == 1
    assert (
        "curriculum/program.yml has no agenda 'kreativitas'; did you mean "
        "'kreativitas-dan-inovasi'?"
    ) in made.stderr
    assert snapshot(project.path("curriculum")) == before


def test_a_flow_list_of_modules_gains_the_id_in_place(project: Project) -> None:
    program = project.read("curriculum/program.yml")
    start = program.index("    modules:\n", program.index(f"id: {AGENDA}"))
    end = program.index("  - id:", start)
    block = program[start:end]
    names = [line.strip()[2:] for line in block.splitlines()[1:] if line.strip().startswith("-")]
    flow = f"    modules: [{', '.join(names)}]  # urutan mengajar\n"
    project.write("curriculum/program.yml", program[:start] + flow + program[end:])
    before = project.read("curriculum/program.yml")
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji")
    assert made.returncode == 0, made.stderr
    after = project.read("curriculum/program.yml")
    assert after == before.replace(
        flow, f"    modules: [{', '.join(names)}, uji-coba]  # urutan mengajar\n"
    )


FOUR_SPACES = """\
# Program dengan indentasi empat spasi.
id: uji
title: Program Uji
agendas:
    -   id: satu
        title: Agenda Satu
        modules:
            - alpha   # yang pertama
"""


def test_a_program_with_four_space_indentation_keeps_it(
    make_project: Callable[[dict[str, str]], Project],
) -> None:
    made_project = make_project(
        {
            "curriculum/program.yml": FOUR_SPACES,
            "curriculum/modules/alpha.yml": "id: alpha\ntitle: Alpha\njp: 2\n",
        }
    )
    assert made_project.silabus("validate").returncode == 0
    made = made_project.silabus("new", "module", "beta", "--agenda", "satu", "--title", "Beta")
    assert made.returncode == 0, made.stderr
    assert made_project.read("curriculum/program.yml") == FOUR_SPACES + "            - beta\n"
    assert made_project.silabus("validate").returncode == 0


def test_a_new_cohort_validates(project: Project) -> None:
    made = project.silabus(
        "new",
        "cohort",
        "angkatan-iii-2028",
        "--name",
        "Angkatan III Tahun 2028",
        "--start",
        "2028-02-01",
        "--end",
        "2028-03-10",
    )
    assert made.returncode == 0, made.stderr
    text = project.read("curriculum/cohorts/angkatan-iii-2028.yml")
    assert text.startswith("# yaml-language-server: $schema=../../schema/cohort.schema.json\n")
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert "Angkatan III Tahun 2028" in project.read("site/angkatan/index.html")


def test_a_new_cohort_of_an_english_program_is_in_english_with_its_time_zone_to_write(
    project: Project,
) -> None:
    project.replace("curriculum/program.yml", "language: id", "language: en")
    project.replace("mkdocs.yml", "  language: id", "  language: en")
    made = project.silabus(
        "new",
        "cohort",
        "ws-2028",
        "--name",
        "Workshop",
        "--start",
        "2028-02-01",
        "--end",
        "2028-02-02",
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == (
        "Write its time zone, add its days and sessions, then run `silabus validate --strict`."
    )
    text = project.read("curriculum/cohorts/ws-2028.yml")
    assert "# Required: the time zone all its times are in, such as Europe/Amsterdam," in text
    assert "\ntimezone:\n" in text
    assert "Asia/Jakarta\n" not in text and "Angkatan" not in text and "WIB" not in text

    validated = project.silabus("validate", "--strict")
    assert "curriculum/cohorts/ws-2028.yml:15:1: error: this cohort has no time zone" in (
        validated.stdout
    )
    project.replace("curriculum/cohorts/ws-2028.yml", "\ntimezone:\n", "\ntimezone: UTC\n")
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout


def test_a_cohort_with_a_loose_date_is_refused_with_the_date_meant(project: Project) -> None:
    made = project.silabus(
        "new", "cohort", "a-2028", "--name", "A", "--start", "2028-2-1", "--end", "2028-03-10"
    )
    assert made.returncode == 2
    assert (
        "--start '2028-2-1': '2028-2-1' is not a date in the form YYYY-MM-DD; "
        "write it as 2028-02-01"
    ) in made.stderr
    assert not project.path("curriculum/cohorts/a-2028.yml").exists()


def test_a_cohort_that_ends_before_it_starts_is_refused(project: Project) -> None:
    made = project.silabus(
        "new", "cohort", "a-2028", "--name", "A", "--start", "2028-03-01", "--end", "2028-02-10"
    )
    assert made.returncode == 1
    assert "the cohort ends (2028-02-10) before it starts (2028-03-01)" in made.stderr
    assert not project.path("curriculum/cohorts/a-2028.yml").exists()


def test_an_empty_flow_list_gets_its_first_module(
    make_project: Callable[[dict[str, str]], Project],
) -> None:
    program = "id: uji\ntitle: Uji\nagendas:\n  - id: satu\n    title: Satu\n    modules: []\n"
    made_project = make_project({"curriculum/program.yml": program})
    made = made_project.silabus("new", "module", "alpha", "--agenda", "satu", "--title", "Alpha")
    assert made.returncode == 0, made.stderr
    assert made_project.read("curriculum/program.yml") == program.replace("[]", "[alpha]")
    assert made_project.silabus("validate").returncode == 0


def test_windows_line_endings_are_kept(project: Project) -> None:
    program = project.read("curriculum/program.yml").replace("\n", "\r\n")
    project.path("curriculum/program.yml").write_bytes(program.encode())
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji")
    assert made.returncode == 0, made.stderr
    after = project.path("curriculum/program.yml").read_bytes().decode()
    assert after.replace("      - uji-coba\r\n", "", 1) == program
    assert "\n" not in after.replace("\r\n", "")


def test_a_module_listed_in_another_agenda_is_refused(project: Project) -> None:
    project.replace(
        "curriculum/program.yml", "      - studi-tiru\n", "      - studi-tiru\n      - uji-coba\n"
    )
    before = snapshot(project.path("curriculum"))
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji")
    assert made.returncode == 1
    assert (
        "'uji-coba' is already listed in the agenda 'laboratorium-inovasi' of "
        "curriculum/program.yml; a module belongs to one agenda"
    ) in made.stderr
    assert snapshot(project.path("curriculum")) == before


def test_a_module_its_agenda_lists_already_gets_its_file(project: Project) -> None:
    project.replace(
        "curriculum/program.yml",
        "      - praktik-baik-inovasi\n",
        "      - praktik-baik-inovasi\n      - uji-coba\n",
    )
    program = project.read("curriculum/program.yml")
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji")
    assert made.returncode == 0, made.stderr
    assert f"The agenda '{AGENDA}' lists 'uji-coba' already." in made.stdout
    assert project.read("curriculum/program.yml") == program
    assert project.silabus("validate", "--strict").returncode == 0


def test_an_id_yaml_would_read_as_no_text_is_quoted(project: Project) -> None:
    made = project.silabus("new", "module", "null", "--agenda", AGENDA, "--title", "Nol")
    assert made.returncode == 0, made.stderr
    assert "      - 'null'\n" in project.read("curriculum/program.yml")
    assert project.silabus("validate", "--strict").returncode == 0


def test_a_title_with_control_characters_is_refused(project: Project) -> None:
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji\x7f")
    assert made.returncode == 1
    assert "the title must be one line of text" in made.stderr
    assert not project.path("curriculum/modules/uji-coba.yml").exists()


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_line_endings_of_every_kind_stay_the_file_s_own(project: Project, ending: str) -> None:
    text = project.read("curriculum/program.yml").replace("\n", ending)
    project.path("curriculum/program.yml").write_bytes(text.encode("utf-8"))
    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba")
    assert made.returncode == 0, made.stderr
    after = project.path("curriculum/program.yml").read_bytes().decode("utf-8")
    assert after.count("\n") == (text.count("\n") and text.count("\n") + 1)
    assert after.count("\r") == text.count("\r") + 1
    assert f"      - praktik-baik-inovasi{ending}      - uji-coba{ending}" in after
    assert project.silabus("validate", "--strict").returncode == 0


BOMB = "".join(
    f"b{level}: &b{level} [{', '.join([f'*b{level - 1}'] * 9)}]\n" for level in range(1, 9)
)


@pytest.mark.parametrize(
    ("addition", "where"),
    [
        ("b0: &b0 [x, x, x, x, x, x, x, x, x]\n" + BOMB, "the file grows to more than"),
        ("deep: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than"),
        ("agendas: []\n", "duplicate key 'agendas'"),
    ],
)
def test_a_program_validate_refuses_is_refused_before_it_is_edited(
    project: Project, addition: str, where: str
) -> None:
    project.write("curriculum/program.yml", project.read("curriculum/program.yml") + addition)
    before = snapshot(project.root)

    made = project.silabus("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji")

    assert made.returncode == 1
    assert made.stderr.startswith(
        "silabus new: error: curriculum/program.yml cannot be read as a curriculum file, "
        "so nothing was changed"
    )
    validated = project.silabus("validate")
    located = next(line for line in validated.stdout.splitlines() if where in line)
    assert located in made.stderr.splitlines()
    assert "Traceback" not in made.stderr
    assert snapshot(project.root) == before


@pytest.mark.parametrize("kind", ["module", "cohort"])
def test_a_windows_device_name_is_refused_as_a_new_id(project: Project, kind: str) -> None:
    before = snapshot(project.root)
    options = (
        ["--agenda", AGENDA, "--title", "Konsol"]
        if kind == "module"
        else ["--name", "Konsol", "--start", "2027-01-04", "--end", "2027-01-08"]
    )
    made = project.silabus("new", kind, "con", *options)
    assert made.returncode == 1
    assert made.stderr == (
        "silabus new: error: 'con' is a name Windows reserves for a device, so no file or "
        f"folder can be called that; choose another {kind} id, such as 'con-1'\n"
    )
    assert snapshot(project.root) == before
