"""From loaded YAML to Program and Module, with diagnostics a trainer can act on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from silabus.diagnostics import Diagnostic, Severity
from silabus.document import Document
from silabus.load import load_document
from silabus.model import MAX_JP, Module, Program
from silabus.parse import parse_module, parse_program
from silabus.pipeline import validate_project
from tests.conftest import Project

MODULE_PATH = "curriculum/modules/demo.yml"
PROGRAM_PATH = "curriculum/program.yml"

Parser = Callable[[Document], tuple[object, list[Diagnostic]]]

MODULE = """\
id: demo
title: Desain Inovasi
summary: Merancang gagasan inovasi.
description: |
  Mata pelatihan ini **melanjutkan** diagnosis.
learning_outcome: Peserta mampu merancang inovasi.
success_indicators:
  - Mengembangkan gagasan
  - Menguji prototipe
topics:
  - title: Perumusan gagasan
    subtopics:
      - Ideasi
      - Penyaringan
  - title: Ukuran keberhasilan
jp:
  total: 15
  theory: 4
  assignment: 3
  practice: 8
methods: [Ceramah, Simulasi]
media: [Modul]
assessment: [Penilaian prototipe]
prerequisites: [diagnosis]
tags: [desain, prototipe]
"""

PROGRAM = """\
id: demo-program
title: Pelatihan Inovasi
organizer: BPSDM
language: en
jp_minutes: 50
agendas:
  - id: first
    title: Agenda I
    modules:
      - demo
      - other
"""


def document(tmp_path: Path, text: str, path: str = MODULE_PATH) -> Document:
    """`text` loaded as a document; the loader must have nothing to say about it."""
    file = tmp_path / "demo.yml"
    file.write_text(text, encoding="utf-8")
    loaded, problems = load_document(file, path)
    assert problems == [], [p.format() for p in problems]
    assert loaded is not None
    return loaded


def module_problems(tmp_path: Path, text: str) -> list[Diagnostic]:
    module, diagnostics = parse_module(document(tmp_path, text))
    assert module is None
    assert diagnostics, "expected at least one diagnostic"
    assert all(d.severity is Severity.ERROR for d in diagnostics)
    return diagnostics


def program_problems(tmp_path: Path, text: str) -> list[Diagnostic]:
    program, diagnostics = parse_program(document(tmp_path, text, PROGRAM_PATH))
    assert program is None
    assert diagnostics, "expected at least one diagnostic"
    return diagnostics


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, [d.format() for d in diagnostics]
    return diagnostics[0]


def with_message(diagnostics: list[Diagnostic], start: str) -> Diagnostic:
    found = [d for d in diagnostics if d.message.startswith(start)]
    assert len(found) == 1, [d.format() for d in diagnostics]
    return found[0]


def minimal_module(**fields: str) -> str:
    """A valid module, with `fields` (YAML text) replacing or adding top-level fields."""
    values = {"id": "demo", "title": "Demo", "jp": "3", **fields}
    return "".join(f"{key}: {value}\n" for key, value in values.items())


# Valid files


def test_valid_module_has_every_field(tmp_path: Path) -> None:
    module, diagnostics = parse_module(document(tmp_path, MODULE))

    assert diagnostics == []
    assert isinstance(module, Module)
    assert module.id == "demo"
    assert module.title == "Desain Inovasi"
    assert module.description == "Mata pelatihan ini **melanjutkan** diagnosis."
    assert module.success_indicators == ["Mengembangkan gagasan", "Menguji prototipe"]
    assert [(t.title, t.subtopics) for t in module.topics] == [
        ("Perumusan gagasan", ["Ideasi", "Penyaringan"]),
        ("Ukuran keberhasilan", []),
    ]
    assert module.jp.total == 15
    assert module.jp.split == {"theory": 4, "assignment": 3, "practice": 8}
    assert module.methods == ["Ceramah", "Simulasi"]
    assert module.prerequisites == ["diagnosis"]
    assert module.tags == ["desain", "prototipe"]


def test_valid_program_is_parsed_into_a_program(tmp_path: Path) -> None:
    program, diagnostics = parse_program(document(tmp_path, PROGRAM, PROGRAM_PATH))

    assert diagnostics == []
    assert isinstance(program, Program)
    assert program.id == "demo-program"
    assert program.organizer == "BPSDM"
    assert program.language == "en"
    assert program.jp_minutes == 50
    assert [(a.id, a.title, a.modules) for a in program.agendas] == [
        ("first", "Agenda I", ["demo", "other"])
    ]


def test_program_defaults_to_indonesian_and_45_minute_jp(tmp_path: Path) -> None:
    text = PROGRAM.replace("language: en\n", "").replace("jp_minutes: 50\n", "")

    program, diagnostics = parse_program(document(tmp_path, text, PROGRAM_PATH))

    assert diagnostics == []
    assert program is not None
    assert (program.language, program.jp_minutes) == ("id", 45)


def test_jp_shorthand_means_the_total(tmp_path: Path) -> None:
    module, diagnostics = parse_module(document(tmp_path, minimal_module(jp="12")))

    assert diagnostics == []
    assert module is not None
    assert module.jp.total == 12
    assert module.jp.split is None


def test_whitespace_inside_plain_text_is_collapsed(tmp_path: Path) -> None:
    module, _ = parse_module(document(tmp_path, minimal_module(title="'  Desain    Inovasi  '")))

    assert module is not None
    assert module.title == "Desain Inovasi"


# Unknown fields


@pytest.mark.parametrize(
    ("field", "suggestion"),
    [("titel", "title"), ("succes_indicators", "success_indicators"), ("sumary", "summary")],
)
def test_unknown_field_suggests_the_closest_field(
    tmp_path: Path, field: str, suggestion: str
) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(**{field: "x"})))

    assert diagnostic.format() == (
        f"{MODULE_PATH}:4:1: error: unknown field '{field}'  [S005]\n"
        f"    hint: did you mean '{suggestion}'?"
    )


def test_unknown_field_without_a_close_match_lists_the_allowed_fields(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(zzzz="x")))

    assert diagnostic.message == "unknown field 'zzzz'"
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith(
        "the fields allowed here are: assessment, core_values, description"
    )


def test_unknown_field_in_jp_is_reported_at_the_key(tmp_path: Path) -> None:
    text = "id: demo\ntitle: Demo\njp:\n  theory: 1\n  totl: 3\n"

    diagnostic = with_message(module_problems(tmp_path, text), "unknown field")

    assert diagnostic.format() == (
        f"{MODULE_PATH}:5:3: error: unknown field 'totl'  [S005]\n    hint: did you mean 'total'?"
    )


def test_unknown_field_in_an_agenda_is_reported_at_the_key(tmp_path: Path) -> None:
    text = PROGRAM.replace("    modules:\n", "    modul:\n")

    diagnostic = with_message(program_problems(tmp_path, text), "unknown field")

    assert diagnostic.format() == (
        f"{PROGRAM_PATH}:9:5: error: unknown field 'modul'  [S005]\n"
        "    hint: did you mean 'modules'?"
    )


# Missing fields


def test_missing_top_level_field_is_reported_at_the_start_of_the_file(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, "id: demo\njp: 3\n"))

    assert diagnostic.format() == (
        f"{MODULE_PATH}:1:1: error: missing required field 'title'  [S007]\n"
        "    hint: add a line 'title: ...'"
    )


def test_missing_field_in_a_topic_is_reported_at_the_topic(tmp_path: Path) -> None:
    text = minimal_module() + "topics:\n  - title: One\n  - subtopics: [a]\n"

    diagnostic = only(module_problems(tmp_path, text))

    assert (diagnostic.line, diagnostic.column) == (6, 5)
    assert diagnostic.message == "missing required field 'title' in 'topics[2]'"


def test_missing_field_in_an_agenda_is_reported_at_the_agenda(tmp_path: Path) -> None:
    text = PROGRAM.split("    modules:")[0]

    diagnostic = only(program_problems(tmp_path, text))

    assert (diagnostic.line, diagnostic.column) == (7, 5)
    assert diagnostic.message == "missing required field 'modules' in 'agendas[1]'"


def test_missing_jp_total_is_reported_at_jp(tmp_path: Path) -> None:
    text = "id: demo\ntitle: Demo\njp:\n  theory: 2\n"

    diagnostic = only(module_problems(tmp_path, text))

    assert (diagnostic.line, diagnostic.message) == (4, "missing required field 'total' in 'jp'")


# Wrong types and values


@pytest.mark.parametrize(
    ("fields", "line", "column", "message"),
    [
        (
            {"success_indicators": "Mampu merancang"},
            4,
            21,
            "'success_indicators' must be a list, not 'Mampu merancang'",
        ),
        ({"prerequisites": "diagnosis"}, 4, 16, "'prerequisites' must be a list, not 'diagnosis'"),
        ({"title": "{text: x}"}, 2, 8, "'title' must be text, not a mapping"),
        ({"summary": "[a, b]"}, 4, 10, "'summary' must be text, not a list"),
        ({"jp": "abc"}, 3, 5, "'jp.total' must be a whole number, not 'abc'"),
        ({"jp": "1e3"}, 3, 5, "'jp.total' must be a whole number, not '1e3'"),
        ({"jp": "12.5"}, 3, 5, "'jp.total' must be a whole number, not '12.5'"),
        ({"jp": "-3"}, 3, 5, "'jp.total' must be at least 1, not -3"),
        ({"jp": "0"}, 3, 5, "'jp.total' must be at least 1, not 0"),
        ({"jp": str(MAX_JP + 1)}, 3, 5, f"'jp.total' must be at most {MAX_JP}, not {MAX_JP + 1}"),
        ({"jp": "{total: 3, theory: -1}"}, 3, 24, "'jp.theory' must be at least 0, not -1"),
        ({"jp": "[3]"}, 3, 5, "'jp' must be a mapping of 'key: value' lines, not a list"),
    ],
)
def test_wrong_value_is_reported_at_the_value(
    tmp_path: Path, fields: dict[str, str], line: int, column: int, message: str
) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(**fields)))

    assert (diagnostic.line, diagnostic.column, diagnostic.message) == (line, column, message)


def test_whole_number_hint_shows_an_example(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(jp="dua belas")))

    assert diagnostic.hint == "write digits only, for example 12"


def test_list_hint_explains_the_dash(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(methods="Ceramah")))

    assert diagnostic.hint == "write each item on its own line under 'methods:', starting with '- '"


def test_empty_value_is_reported_as_empty(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, "id: demo\ntitle:\njp: 3\n"))

    assert diagnostic.line == 2
    assert diagnostic.message == "'title' is empty"
    assert diagnostic.hint == "write a value after 'title:'"


@pytest.mark.parametrize("value", ['""', "'   '"])
def test_empty_quoted_text_is_reported_as_empty(tmp_path: Path, value: str) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(title=value)))

    assert diagnostic.line == 2
    assert diagnostic.message == "'title' is empty"


def test_too_long_tag_is_measured_in_characters(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(tags="[" + "x" * 41 + "]")))

    assert diagnostic.message == "'tags[1]' is too long (at most 40 characters)"


def test_language_outside_the_allowed_values_is_rejected(tmp_path: Path) -> None:
    text = PROGRAM.replace("language: en", "language: fr")

    diagnostic = only(program_problems(tmp_path, text))

    assert diagnostic.format() == (
        f"{PROGRAM_PATH}:4:11: error: 'language' must be 'id' or 'en', not 'fr'  [S015]\n"
        "    hint: write 'id' or 'en'"
    )


def test_jp_minutes_below_the_minimum_is_rejected(tmp_path: Path) -> None:
    text = PROGRAM.replace("jp_minutes: 50", "jp_minutes: 5")

    diagnostic = only(program_problems(tmp_path, text))

    assert diagnostic.message == "'jp_minutes' must be at least 10, not 5"


def test_agenda_without_modules_is_rejected(tmp_path: Path) -> None:
    text = PROGRAM.split("    modules:")[0] + "    modules: []\n"

    diagnostic = only(program_problems(tmp_path, text))

    assert diagnostic.message == "'agendas[1].modules' must have at least 1 item"


# Ids


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        ("Berpikir-Kreatif", "berpikir-kreatif"),
        ("berpikir kreatif", "berpikir-kreatif"),
        ("../x", "x"),
        ("a/b", "a-b"),
        ("a--b", "a-b"),
        ("-start", "start"),
        ("modul_1", "modul-1"),
    ],
)
def test_invalid_id_suggests_a_valid_one(tmp_path: Path, written: str, suggested: str) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(id=f'"{written}"')))

    assert diagnostic.format() == (
        f"{MODULE_PATH}:1:5: error: '{written}' is not a valid id  [S010]\n"
        "    hint: an id uses only lowercase letters a-z, digits and single hyphens, "
        f"for example '{suggested}'"
    )


def test_id_with_a_cyrillic_look_alike_letter_is_invalid(tmp_path: Path) -> None:
    look_alike = "\u0430kses"  # starts with CYRILLIC SMALL LETTER A, not "a"

    diagnostic = only(module_problems(tmp_path, minimal_module(id=look_alike)))

    assert diagnostic.message == (
        f"'{look_alike}' is not a valid id: '\u0430' is a cyrillic small letter a, "
        "not a Latin letter"
    )
    assert diagnostic.hint is not None
    assert diagnostic.hint.endswith("for example 'akses'")


def test_id_with_an_accented_letter_names_the_letter(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, minimal_module(id='"évaluasi"')))

    assert diagnostic.format() == (
        f"{MODULE_PATH}:1:5: error: 'évaluasi' is not a valid id: 'é' has a mark; "
        "ids use plain letters a-z  [S010]\n"
        "    hint: an id uses only lowercase letters a-z, digits and single hyphens, "
        "for example 'evaluasi'"
    )


def test_invalid_agenda_id_is_reported_at_the_id(tmp_path: Path) -> None:
    text = PROGRAM.replace("  - id: first", "  - id: First Agenda")

    diagnostic = only(program_problems(tmp_path, text))

    assert (diagnostic.line, diagnostic.column) == (7, 9)
    assert diagnostic.message == "'First Agenda' is not a valid id"


def test_invalid_module_reference_in_an_agenda_is_reported_at_the_entry(tmp_path: Path) -> None:
    text = PROGRAM.replace("      - other", "      - Other")

    diagnostic = only(program_problems(tmp_path, text))

    assert (diagnostic.line, diagnostic.column) == (11, 9)
    assert diagnostic.message == "'Other' is not a valid id"


# The shape of the file


def test_file_whose_top_level_is_a_list_is_rejected(tmp_path: Path) -> None:
    diagnostic = only(module_problems(tmp_path, "- id: demo\n- title: Demo\n"))

    assert diagnostic.format() == (
        f"{MODULE_PATH}:1:1: error: "
        "expected a mapping of 'key: value' lines, found a list  [S004]\n"
        "    hint: a module file starts with lines like 'id: <file name>' and 'title: ...'"
    )


def test_file_whose_top_level_is_text_is_rejected(tmp_path: Path) -> None:
    diagnostic = only(program_problems(tmp_path, "just some text\n"))

    assert diagnostic.message == (
        "expected a mapping of 'key: value' lines, found 'just some text'"
    )
    assert diagnostic.hint is not None and diagnostic.hint.startswith("a program file starts")


@pytest.mark.parametrize(
    ("parse", "path", "starts"),
    [
        (parse_module, MODULE_PATH, "a module file starts"),
        (parse_program, PROGRAM_PATH, "a program file starts"),
    ],
)
def test_empty_file_says_the_file_is_empty(
    tmp_path: Path, parse: Parser, path: str, starts: str
) -> None:
    model, diagnostics = parse(document(tmp_path, "", path))

    assert model is None
    diagnostic = only(diagnostics)
    assert (diagnostic.path, diagnostic.line, diagnostic.column) == (path, 1, 1)
    assert diagnostic.message == "the file is empty"
    assert diagnostic.hint is not None and diagnostic.hint.startswith(starts)


# Duplicate keys


@pytest.mark.parametrize(
    "text",
    [
        "id: demo\ntitle: Demo\njp: 3\njp: lots\n",
        "id: demo\ntitle: Demo\njp:\n  total: 3\n  total: x\n",
        "id: demo\ntitle: Demo\ntitle:\njp: 3\n",
        "id: demo\ntitle: Demo\njp: 3\ntags: [a]\ntags: not a list\n",
    ],
)
def test_duplicate_key_value_causes_no_model_error(tmp_path: Path, text: str) -> None:
    file = tmp_path / "demo.yml"
    file.write_text(text, encoding="utf-8")
    loaded, load_problems = load_document(file, MODULE_PATH)
    assert loaded is not None
    assert len(load_problems) == 1
    assert load_problems[0].message.startswith("duplicate key")

    module, diagnostics = parse_module(loaded)

    assert diagnostics == []
    assert module is not None
    assert module.title == "Demo"
    assert module.jp.total == 3


# Every diagnostic points somewhere


BROKEN_MODULES = [
    "",
    "- a\n- b\n",
    "id: Demo\n",
    "titel: x\nsucces: y\n",
    "id: demo\ntitle:\njp:\n  totl: x\n  theory: -1\n",
    "id: demo\ntitle: [a]\njp: {}\ntopics: [{subtopics: ['']}, x]\n",
    "id: demo\ntitle: T\njp: 3\nsuccess_indicators: &s ['']\nassessment: *s\n",
    "id: demo\ntitle: T\njp: 3\ntags: {a: b}\nmedia: [[x]]\n",
]


@pytest.mark.parametrize("text", BROKEN_MODULES)
def test_every_diagnostic_has_a_path_line_and_column(tmp_path: Path, text: str) -> None:
    _, diagnostics = parse_module(document(tmp_path, text))

    assert diagnostics
    for diagnostic in diagnostics:
        assert diagnostic.path == MODULE_PATH
        assert diagnostic.line >= 1
        assert diagnostic.column >= 1
        assert diagnostic.message


def test_topic_written_as_text_names_the_fields_to_write(tmp_path: Path) -> None:
    problems = module_problems(
        tmp_path, "id: demo\ntitle: Demo\njp: 2\ntopics:\n  - Menangani keluhan\n"
    )

    assert only(problems).format() == (
        f"{MODULE_PATH}:5:5: error: 'topics[1]' must be a mapping of 'key: value' lines, "
        "not 'Menangani keluhan'  [S018]\n"
        "    hint: write it as lines such as 'title: ...' (its fields: title, subtopics)"
    )


@pytest.mark.parametrize("field", ["description", "summary", "tags", "methods", "prerequisites"])
def test_an_optional_field_left_empty_counts_as_left_out(tmp_path: Path, field: str) -> None:
    module, problems = parse_module(document(tmp_path, f"id: demo\ntitle: Demo\njp: 2\n{field}:\n"))
    assert problems == []
    assert module is not None


def test_a_required_field_left_empty_is_an_error(tmp_path: Path) -> None:
    problems = module_problems(tmp_path, "id: demo\ntitle:\njp: 2\n")
    assert only(problems).format() == (
        f"{MODULE_PATH}:2:7: error: 'title' is empty  [S008]\n"
        "    hint: write a value after 'title:'"
    )


def _module_with(make_project: Callable[[dict[str, str]], Project], extra: str) -> Diagnostic:
    project = make_project(
        {
            "curriculum/program.yml": "id: p\ntitle: P\nagendas:\n  - id: a\n    title: A\n"
            "    modules: [alpha]\n",
            "curriculum/modules/alpha.yml": "id: alpha\ntitle: Alpha\njp: 2\n" + extra,
        }
    )
    (diagnostic,) = validate_project(project.root).diagnostics
    return diagnostic


@pytest.mark.parametrize(
    ("extra", "message", "hint"),
    [
        (
            "tags: [A & B]\n",
            "'tags[1]': 'A & B' holds '&', which a tag cannot hold",
            'write the tag without & < > " or \\, for example',
        ),
        (
            "core_values: [akuntable]\n",
            "'akuntable' is not one of the program's values (berorientasi-pelayanan, akuntabel,",
            "did you mean 'akuntabel'?",
        ),
        (
            "core_values: [Berorientasi Pelayanan]\n",
            "'Berorientasi Pelayanan' is not a valid id",
            "for example 'berorientasi-pelayanan'",
        ),
        (
            "self_check:\n  - question: Q?\n    choices:\n      - text: a\n        correct: ya\n"
            "      - text: b\n",
            "'self_check[1].choices[1].correct' must be true or false, not 'ya'",
            "write true for a right answer",
        ),
        (
            "latihan: []\n",
            "unknown field 'latihan'",
            "did you mean 'exercises'? Field names are English words.",
        ),
    ],
)
def test_learning_content_mistakes_get_a_message_and_a_fix(
    make_project: Callable[[dict[str, str]], Project], extra: str, message: str, hint: str
) -> None:
    diagnostic = _module_with(make_project, extra)

    assert diagnostic.message.startswith(message), diagnostic.message
    assert diagnostic.hint is not None and hint in diagnostic.hint, diagnostic.hint
