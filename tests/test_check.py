"""Checks across files (ids, agendas, prerequisites, JP), run through `validate_project`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from jsonschema import Draft202012Validator

from silabus.diagnostics import Diagnostic, Severity
from silabus.pipeline import Validation, validate_project
from silabus.schema import KINDS, json_schema
from tests.conftest import Project

MakeProject = Callable[[dict[str, str]], Project]

PROGRAM = "curriculum/program.yml"
MODULES = "curriculum/modules/"
SAMPLE_FILES = 32  # 19 YAML files and 13 material pages


def program_yml(*agendas: tuple[str, Sequence[str]], extra: str = "") -> str:
    """A program with the given (agenda id, module ids), in block style: one entry a line."""
    text = f"id: demo\ntitle: Demo\n{extra}agendas:\n"
    for agenda_id, module_ids in agendas:
        text += f"  - id: {agenda_id}\n    title: Agenda {agenda_id.upper()}\n    modules:\n"
        text += "".join(f"      - {module_id}\n" for module_id in module_ids)
    return text


def module_yml(module_id: str, jp: int = 3, prerequisites: Sequence[str] = ()) -> str:
    text = f"id: {module_id}\ntitle: Module {module_id.upper()}\njp: {jp}\n"
    if prerequisites:
        text += "prerequisites:\n" + "".join(f"  - {p}\n" for p in prerequisites)
    return text


def modules(*specs: str | tuple[str, Sequence[str]]) -> dict[str, str]:
    """Module files: an id, or (id, prerequisites)."""
    files = {}
    for spec in specs:
        module_id, prerequisites = (spec, ()) if isinstance(spec, str) else spec
        files[f"{MODULES}{module_id}.yml"] = module_yml(module_id, prerequisites=prerequisites)
    return files


def where(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Line and column (from 1) of the n-th occurrence of `needle` in `text`."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def validate(make_project: MakeProject, files: dict[str, str]) -> Validation:
    return validate_project(make_project(files).root)


def formatted(validation: Validation) -> list[str]:
    return [d.format() for d in validation.diagnostics]


def only(validation: Validation) -> Diagnostic:
    """The one error or warning; the sample's note about a historical citation aside."""
    found = [d for d in validation.diagnostics if d.fails_strict]
    assert len(found) == 1, formatted(validation)
    return found[0]


def located(diagnostic: Diagnostic) -> tuple[str, int, int]:
    return diagnostic.path, diagnostic.line, diagnostic.column


# The sample


def test_sample_is_valid_without_diagnostics(project: Project) -> None:
    validation = validate_project(project.root)

    # The sample cites a revoked rule on purpose, and says so (revoked_citations: note).
    assert [(d.severity.value, d.path) for d in validation.diagnostics] == [
        ("note", "curriculum/modules/praktik-baik-inovasi.yml")
    ]
    assert validation.ok
    assert validation.curriculum is not None
    assert validation.files_checked == SAMPLE_FILES


def test_valid_project_gives_a_curriculum(make_project: MakeProject) -> None:
    validation = validate(
        make_project,
        {PROGRAM: program_yml(("one", ["alpha", "beta"])), **modules("alpha", ("beta", ["alpha"]))},
    )

    assert formatted(validation) == []
    assert validation.curriculum is not None
    assert list(validation.curriculum.modules) == ["alpha", "beta"]


# Ids


def test_module_id_that_differs_from_the_file_name_is_an_error(make_project: MakeProject) -> None:
    validation = validate(
        make_project,
        {PROGRAM: program_yml(("one", ["alpha"])), f"{MODULES}alpha.yml": module_yml("alfa")},
    )

    diagnostic = next(d for d in validation.diagnostics if "differs" in d.message)
    assert diagnostic.format() == (
        "curriculum/modules/alpha.yml:1:5: error: "
        "the module id 'alfa' differs from its file name 'alpha'  [C007]\n"
        "    hint: rename the file to alfa.yml or change the id to 'alpha'"
    )
    assert validation.curriculum is None


def test_same_id_in_two_files_is_reported_on_the_misnamed_file(make_project: MakeProject) -> None:
    validation = validate(
        make_project,
        {
            PROGRAM: program_yml(("one", ["y"])),
            f"{MODULES}x.yml": module_yml("y"),
            f"{MODULES}y.yml": module_yml("y"),
        },
    )

    assert formatted(validation) == [
        "curriculum/modules/x.yml:1:5: error: "
        "the module id 'y' differs from its file name 'x'  [C007]\n"
        "    hint: rename the file to y.yml or change the id to 'x'",
        "curriculum/modules/x.yml:1:5: error: "
        "the module id 'y' is also used by curriculum/modules/y.yml  [C008]\n"
        "    hint: give each module its own id",
    ]


def test_duplicate_agenda_id_is_reported_at_the_second_agenda(make_project: MakeProject) -> None:
    program = program_yml(("one", ["alpha"]), ("one", ["beta"]))

    validation = validate(make_project, {PROGRAM: program, **modules("alpha", "beta")})

    diagnostic = only(validation)
    assert located(diagnostic) == (PROGRAM, *where(program, "one", occurrence=2))
    assert diagnostic.message == "the agenda id 'one' is used twice"
    assert diagnostic.hint == "the first is agenda 1; give each agenda its own id"


# Agendas and their modules


def test_agenda_listing_a_missing_module_is_an_error(make_project: MakeProject) -> None:
    program = program_yml(("one", ["alpha", "nowhere"]))

    validation = validate(make_project, {PROGRAM: program, **modules("alpha")})

    diagnostic = only(validation)
    assert located(diagnostic) == (PROGRAM, *where(program, "nowhere"))
    assert diagnostic.message == "agenda 'one' lists the module 'nowhere', which does not exist"
    assert diagnostic.hint == "create curriculum/modules/nowhere.yml, or remove it from the list"


def test_agenda_listing_a_near_miss_suggests_the_module(make_project: MakeProject) -> None:
    program = program_yml(("one", ["berpikir-kreatf"]))

    validation = validate(make_project, {PROGRAM: program, **modules("berpikir-kreatif")})

    diagnostic = next(d for d in validation.diagnostics if d.path == PROGRAM)
    assert diagnostic.format() == (
        f"{PROGRAM}:{':'.join(map(str, where(program, 'berpikir-kreatf')))}: error: "
        "agenda 'one' lists the module 'berpikir-kreatf', which does not exist  [C013]\n"
        "    hint: did you mean 'berpikir-kreatif'? If not, create "
        "curriculum/modules/berpikir-kreatf.yml, or remove it from the list"
    )


def test_module_listed_twice_in_one_agenda_is_an_error(make_project: MakeProject) -> None:
    program = program_yml(("one", ["alpha", "beta", "alpha"]))

    validation = validate(make_project, {PROGRAM: program, **modules("alpha", "beta")})

    diagnostic = only(validation)
    assert located(diagnostic) == (PROGRAM, *where(program, "alpha", occurrence=2))
    assert diagnostic.message == "the module 'alpha' is already listed earlier in this agenda"


def test_module_listed_in_two_agendas_is_an_error(make_project: MakeProject) -> None:
    program = program_yml(("one", ["alpha"]), ("two", ["beta", "alpha"]))

    validation = validate(make_project, {PROGRAM: program, **modules("alpha", "beta")})

    diagnostic = only(validation)
    assert located(diagnostic) == (PROGRAM, *where(program, "alpha", occurrence=2))
    assert diagnostic.message == "the module 'alpha' is already listed in agenda 'one'"
    assert (
        diagnostic.hint == "a module belongs to exactly one agenda; remove one of the two entries"
    )


def test_module_in_no_agenda_is_an_error(make_project: MakeProject) -> None:
    validation = validate(
        make_project, {PROGRAM: program_yml(("one", ["alpha"])), **modules("alpha", "beta")}
    )

    assert formatted(validation) == [
        "curriculum/modules/beta.yml:1:5: error: the module 'beta' is not in any agenda  [C015]\n"
        "    hint: add 'beta' to the modules of an agenda in curriculum/program.yml"
    ]
    assert validation.curriculum is None


# Prerequisites


def test_prerequisite_that_does_not_exist_is_an_error(make_project: MakeProject) -> None:
    files = {PROGRAM: program_yml(("one", ["alpha"])), **modules(("alpha", ["zzz"]))}

    diagnostic = only(validate(make_project, files))

    text = files[f"{MODULES}alpha.yml"]
    assert located(diagnostic) == (f"{MODULES}alpha.yml", *where(text, "zzz"))
    assert diagnostic.message == "the prerequisite 'zzz' is not a module"
    assert diagnostic.hint == "use the id of a module in curriculum/modules/"


def test_prerequisite_near_miss_suggests_the_module(project: Project) -> None:
    file = "curriculum/modules/desain-inovasi.yml"
    project.replace(file, "prerequisites: [diagnosis-inovasi]", "prerequisites: [diagnosa-inovasi]")

    diagnostic = only(validate_project(project.root))

    assert diagnostic.path == file
    assert diagnostic.line == where(project.read(file), "diagnosa-inovasi")[0]
    assert diagnostic.message == "the prerequisite 'diagnosa-inovasi' is not a module"
    assert diagnostic.hint == "did you mean 'diagnosis-inovasi'?"


def test_module_that_is_its_own_prerequisite_is_an_error(make_project: MakeProject) -> None:
    files = {PROGRAM: program_yml(("one", ["alpha"])), **modules(("alpha", ["alpha"]))}

    validation = validate(make_project, files)

    assert formatted(validation) == [
        "curriculum/modules/alpha.yml:5:5: error: "
        "the module 'alpha' lists itself as a prerequisite  [C019]\n"
        "    hint: remove it from its own prerequisites"
    ]


def test_prerequisite_cycle_is_reported_once_with_the_cycle(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["c", "b", "a"])),
        **modules(("a", ["b"]), ("b", ["c"]), ("c", ["a"])),
    }

    validation = validate(make_project, files)

    cycles = [d for d in validation.diagnostics if "cycle" in d.message]
    assert [d.format() for d in cycles] == [
        "curriculum/modules/a.yml:5:5: error: "
        "the prerequisites form a cycle: a -> b -> c -> a  [C021]\n"
        "    hint: a module cannot need, directly or indirectly, a module that needs it; "
        "remove one prerequisite of the cycle"
    ]
    assert validation.curriculum is None


def test_two_separate_cycles_are_each_reported(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["a", "b", "x", "y"])),
        **modules(("a", ["b"]), ("b", ["a"]), ("x", ["y"]), ("y", ["x"])),
    }

    validation = validate(make_project, files)

    assert sorted(d.message for d in validation.diagnostics if "cycle" in d.message) == [
        "the prerequisites form a cycle: a -> b -> a",
        "the prerequisites form a cycle: x -> y -> x",
    ]


def test_prerequisite_taught_later_is_a_warning(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["alpha"]), ("two", ["beta"])),
        **modules(("alpha", ["beta"]), "beta"),
    }

    validation = validate(make_project, files)

    diagnostic = only(validation)
    assert diagnostic.severity is Severity.WARNING
    assert diagnostic.format() == (
        "curriculum/modules/alpha.yml:5:5: warning: "
        "the prerequisite 'beta' is taught after 'alpha'  [C020]\n"
        "    hint: move one of them in the agendas of program.yml, or drop the prerequisite"
    )


def test_curriculum_with_only_warnings_is_still_returned(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["alpha", "beta"])),
        **modules(("alpha", ["beta"]), "beta"),
    }

    validation = validate(make_project, files)

    assert [d.severity for d in validation.diagnostics] == [Severity.WARNING]
    assert validation.ok
    assert validation.curriculum is not None


def test_prerequisite_taught_earlier_is_fine(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["alpha"]), ("two", ["beta"])),
        **modules("alpha", ("beta", ["alpha"])),
    }

    assert formatted(validate(make_project, files)) == []


# JP


def test_jp_split_that_does_not_add_up_is_reported_at_the_total(project: Project) -> None:
    file = "curriculum/modules/desain-inovasi.yml"
    project.replace(file, "  practice: 8", "  practice: 9")

    diagnostic = only(validate_project(project.root))

    line, column = where(project.read(file), "total: 15")
    assert located(diagnostic) == (file, line, column + len("total: "))
    assert diagnostic.message == (
        "the JP split does not add up: theory 4 + assignment 3 + practice 9 = 16, but total is 15"
    )
    assert diagnostic.hint == "make the parts add up to the total, or leave the split out"


def test_partial_jp_split_names_only_the_given_parts(make_project: MakeProject) -> None:
    module = "id: alpha\ntitle: Alpha\njp:\n  total: 10\n  theory: 3\n  practice: 4\n"

    diagnostic = only(
        validate(
            make_project, {PROGRAM: program_yml(("one", ["alpha"])), f"{MODULES}alpha.yml": module}
        )
    )

    assert (diagnostic.line, diagnostic.column) == (4, 10)
    assert diagnostic.message == (
        "the JP split does not add up: theory 3 + practice 4 = 7, but total is 10"
    )


# Problems in several files


def test_agenda_reference_to_a_module_that_failed_to_parse_is_not_an_error(
    project: Project,
) -> None:
    file = "curriculum/modules/desain-inovasi.yml"
    project.replace(file, "title: Desain", "titel: Desain")

    validation = validate_project(project.root)

    assert {d.path for d in validation.diagnostics if d.fails_strict} == {file}
    assert "unknown field 'titel'" in [d.message for d in validation.diagnostics]


@pytest.mark.parametrize(
    "broken",
    ["id: desain-inovasi\ntitle: [unclosed\n", "\x07", "", "id: desain-inovasi\n"],
    ids=["syntax", "control-character", "empty", "incomplete"],
)
def test_module_file_that_fails_does_not_make_references_to_it_errors(
    project: Project, broken: str
) -> None:
    project.write("curriculum/modules/desain-inovasi.yml", broken)

    validation = validate_project(project.root)

    assert validation.diagnostics
    assert {d.path for d in validation.diagnostics if d.fails_strict} == {
        "curriculum/modules/desain-inovasi.yml"
    }


def test_problems_of_several_broken_files_are_all_reported(project: Project) -> None:
    project.replace(PROGRAM, "jp_minutes: 45", "jp_minutes: lama")
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "titel: ")
    project.replace("curriculum/modules/desain-inovasi.yml", "  total: 15", "  total: 16")
    project.write("curriculum/modules/berpikir-kreatif.yml", "id: berpikir-kreatif\n\ttitle: x\n")

    validation = validate_project(project.root)

    short_of_jp = (
        "'desain-inovasi' is scheduled for 15 JP in this cohort, less than the module's 16 JP"
    )
    assert [
        (d.path, d.message.split(":")[0]) for d in validation.diagnostics if d.fails_strict
    ] == [
        ("curriculum/cohorts/angkatan-i-2019.yml", short_of_jp),
        ("curriculum/cohorts/angkatan-ii-2027.yml", short_of_jp),
        ("curriculum/modules/berpikir-kreatif.yml", "YAML syntax error"),
        ("curriculum/modules/desain-inovasi.yml", "the JP split does not add up"),
        ("curriculum/modules/studi-tiru.yml", "unknown field 'titel'"),
        (PROGRAM, "'jp_minutes' must be a whole number, not 'lama'"),
    ]
    assert validation.files_checked == SAMPLE_FILES
    assert validation.curriculum is None


def test_diagnostics_are_sorted_by_file_and_line(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["alpha", "missing-one", "missing-two"])),
        **modules(("alpha", ["nope"]), "stray"),
    }

    validation = validate(make_project, files)

    places = [(d.path, d.line, d.column) for d in validation.diagnostics]
    assert places == sorted(places)
    assert len(places) == 4


# Totals


def test_totals_are_computed_from_the_modules(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["a"]), ("two", ["b", "c"]), extra="jp_minutes: 50\n"),
        f"{MODULES}a.yml": module_yml("a", jp=4),
        f"{MODULES}b.yml": module_yml("b", jp=5),
        f"{MODULES}c.yml": module_yml("c", jp=6),
    }

    curriculum = validate(make_project, files).curriculum

    assert curriculum is not None
    one, two = curriculum.program.agendas
    assert (curriculum.agenda_minutes(one), curriculum.agenda_minutes(two)) == (200, 550)
    assert curriculum.jp(curriculum.total_minutes) == 15
    assert curriculum.total_minutes / 60 == pytest.approx(12.5)


def test_sample_totals(project: Project) -> None:
    curriculum = validate_project(project.root).curriculum

    assert curriculum is not None
    assert [curriculum.jp(curriculum.agenda_minutes(a)) for a in curriculum.program.agendas] == [
        24,
        30,
        39,
        63,
    ]
    assert curriculum.jp(curriculum.total_minutes) == 156
    assert curriculum.total_minutes / 60 == pytest.approx(117)


def test_file_name_that_is_no_id_is_not_offered_as_the_id(make_project: MakeProject) -> None:
    validation = validate(
        make_project,
        {
            PROGRAM: program_yml(("one", ["etika"])),
            f"{MODULES}Etika Pelayanan.yml": module_yml("etika"),
        },
    )

    diagnostic = next(d for d in validation.diagnostics if "differs" in d.message)
    assert diagnostic.hint == "rename the file to etika.yml (a file name must be a valid id too)"


def test_module_left_out_by_a_misspelling_points_at_the_misspelling(
    make_project: MakeProject,
) -> None:
    program = program_yml(("one", ["komunikasi-pelayan"]))

    validation = validate(make_project, {PROGRAM: program, **modules("komunikasi-pelayanan")})

    unplaced = next(d for d in validation.diagnostics if "not in any agenda" in d.message)
    line, _ = where(program, "komunikasi-pelayan")
    assert unplaced.hint == (
        f"{PROGRAM} line {line} lists 'komunikasi-pelayan'; "
        "is that meant to be 'komunikasi-pelayanan'?"
    )


def test_two_cycles_through_the_same_module_are_each_reported(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("one", ["a", "b", "c"])),
        **modules(("a", ["b", "c"]), ("b", ["a"]), ("c", ["a"])),
    }

    cycles = [d.message for d in validate(make_project, files).diagnostics if "cycle" in d.message]

    assert cycles == [
        "the prerequisites form a cycle: a -> b -> a",
        "the prerequisites form a cycle: a -> c -> a",
    ]


def test_a_prerequisite_listed_twice_is_a_warning(make_project: MakeProject) -> None:
    files = {PROGRAM: program_yml(("one", ["a", "b"])), **modules("a", ("b", ["a", "a"]))}

    validation = validate(make_project, files)

    assert [d.format() for d in validation.diagnostics] == [
        "curriculum/modules/b.yml:6:5: warning: 'a' is listed twice in 'prerequisites'  [C009]\n"
        "    hint: remove the second one"
    ]
    assert validation.curriculum is not None


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_problem_inside_a_text_is_found_at_its_line_whatever_the_line_ending(
    make_project: MakeProject, ending: str
) -> None:
    module = module_yml("a") + (
        "description: |\n  Pengantar.\n\n  Baca <b onclick=x>ini</b>.\n  summary: Ringkas\n"
    )
    files = {PROGRAM: program_yml(("one", ["a"])), f"{MODULES}a.yml": module}
    files = {path: text.replace("\n", ending) for path, text in files.items()}

    validation = validate(make_project, files)

    assert [d.format().split("\n")[0] for d in validation.diagnostics] == [
        "curriculum/modules/a.yml:7:11: warning: the attribute 'onclick' of <b> in "
        "'description' is left out of the page  [C004]",
        "curriculum/modules/a.yml:8:3: warning: the line 'summary: …' is part of the text "
        "of 'description'  [C002]",
    ]


def test_a_text_is_split_into_lines_only_where_markdown_splits_it(
    make_project: MakeProject,
) -> None:
    """A form feed (written '\\f' in double quotes) ends no line in Markdown."""
    module = module_yml("a") + 'description: "Pengantar\\fsummary: Ringkas"\n'
    files = {PROGRAM: program_yml(("one", ["a"])), f"{MODULES}a.yml": module}

    validation = validate(make_project, files)

    assert [d.format().split("\n")[0] for d in validation.diagnostics] == []


@pytest.mark.parametrize("device", ["con", "prn", "aux", "nul", "com1", "lpt9"])
def test_an_id_windows_reserves_for_a_device_is_an_error(
    make_project: MakeProject, device: str
) -> None:
    """Ids become file and folder names, which Windows refuses to create."""
    files = {PROGRAM: program_yml(("one", ["a"])), **modules("a", (device, ["a"]))}

    validation = validate(make_project, files)

    assert formatted(validation) == [
        f"curriculum/modules/{device}.yml:1:5: error: 'id': '{device}' is a name Windows "
        "reserves for a device, so no file or folder can be called that  [S024]\n"
        f"    hint: choose another id, such as '{device}-1'"
    ]


def test_a_device_name_is_an_error_wherever_an_id_is_written(make_project: MakeProject) -> None:
    files = {
        PROGRAM: program_yml(("aux", ["a"])),
        **modules(("a", ["nul"])),
    }

    validation = validate(make_project, files)

    assert [(d.path, d.line, d.message) for d in validation.diagnostics] == [
        (
            "curriculum/modules/a.yml",
            5,
            "'prerequisites[1]': 'nul' is a name Windows reserves for a device, "
            "so no file or folder can be called that",
        ),
        (
            "curriculum/program.yml",
            4,
            "'agendas[1].id': 'aux' is a name Windows reserves for a device, "
            "so no file or folder can be called that",
        ),
    ]


def test_a_file_named_after_a_device_is_not_offered_as_the_id(make_project: MakeProject) -> None:
    files = {PROGRAM: program_yml(("one", ["konsep"])), f"{MODULES}con.yml": module_yml("konsep")}

    validation = validate(make_project, files)

    assert formatted(validation) == [
        "curriculum/modules/con.yml:1:5: error: the module id 'konsep' differs from its file "
        "name 'con'  [C007]\n"
        "    hint: rename the file to konsep.yml ('con' is a name Windows reserves)"
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_refuses_a_device_name_where_it_takes_an_id(kind: str) -> None:
    schema = json_schema(kind)
    Draft202012Validator.check_schema(schema)
    ids = [part for part in _parts(schema) if part.get("pattern") == "^[a-z0-9]+(-[a-z0-9]+)*$"]
    assert ids
    for id_schema in ids:
        assert not Draft202012Validator(id_schema).is_valid("con")
        assert Draft202012Validator(id_schema).is_valid("con-1")


def _parts(schema: object) -> list[dict[str, object]]:
    """Every sub-schema of a schema."""
    if isinstance(schema, list):
        return [part for item in schema for part in _parts(item)]
    if not isinstance(schema, dict):
        return []
    return [schema, *(part for value in schema.values() for part in _parts(value))]
