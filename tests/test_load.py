"""The YAML loader: strict about surprising YAML, and precise about where each value is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from silabus.catalogue import say
from silabus.compose import MAX_DEPTH
from silabus.diagnostics import Diagnostic, Severity
from silabus.document import Document, Position
from silabus.load import MAX_FILE_BYTES, load_document, read_sources
from tests.conftest import Project

NAME = "curriculum/modules/demo.yml"


def load(tmp_path: Path, content: str | bytes) -> tuple[Document | None, list[Diagnostic]]:
    """Write `content` byte for byte (no newline translation) and load it."""
    file = tmp_path / "demo.yml"
    file.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return load_document(file, NAME)


def loaded(tmp_path: Path, content: str | bytes) -> Document:
    """The document of a file that must load without any diagnostic."""
    document, diagnostics = load(tmp_path, content)
    assert diagnostics == []
    assert document is not None
    return document


def rejected(tmp_path: Path, content: str | bytes) -> Diagnostic:
    """The single error of a file that must not load."""
    document, diagnostics = load(tmp_path, content)
    assert document is None
    assert len(diagnostics) == 1, [d.format() for d in diagnostics]
    diagnostic = diagnostics[0]
    assert diagnostic.severity is Severity.ERROR
    assert diagnostic.path == NAME
    return diagnostic


def place(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line, diagnostic.column


PROGRAM = """\
id: demo
title: Demo
agendas:
  - id: first
    modules:
      - alpha
      - beta
"""


# Positions


def test_value_position_is_one_based_line_and_column(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    assert document.positions[("id",)] == Position(1, 5)
    assert document.positions[("title",)] == Position(2, 8)


def test_key_position_is_where_the_key_is_written(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    assert document.key_positions[("title",)] == Position(2, 1)
    assert document.key_positions[("agendas", 0, "modules")] == Position(5, 5)


def test_nested_list_item_has_its_own_position(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    assert document.positions[("agendas", 0, "modules", 0)] == Position(6, 9)
    assert document.positions[("agendas", 0, "modules", 1)] == Position(7, 9)
    assert document.data["agendas"][0]["modules"] == ["alpha", "beta"]


def test_position_of_a_missing_value_is_its_nearest_parent(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    assert document.position(("agendas", 0, "title")) == document.positions[("agendas", 0)]
    assert document.position(("agendas", 0, "modules", 5)) == Position(6, 7)


def test_position_of_a_missing_top_level_value_is_the_start_of_the_file(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    assert document.position(("summary",)) == Position(1, 1)
    assert document.key_position(("summary",)) == Position(1, 1)


def test_diagnostic_at_key_uses_the_key_position(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM)

    diagnostic = document.diagnostic(
        ("title",), say("S008", name="title", key="title"), at_key=True
    )

    assert diagnostic.format().splitlines()[0] == f"{NAME}:2:1: error: 'title' is empty  [S008]"


# Scalars stay the text that was written


@pytest.mark.parametrize("text", ["no", "yes", "on", "off", "08:30", "1e3", "010", "0x10", "12"])
def test_plain_scalar_is_kept_as_the_text_written(tmp_path: Path, text: str) -> None:
    document = loaded(tmp_path, f"value: {text}\n")

    assert document.data == {"value": text}


@pytest.mark.parametrize("text", ["~", "null", "Null", "NULL", ""])
def test_null_words_and_empty_values_become_none(tmp_path: Path, text: str) -> None:
    document = loaded(tmp_path, f"value: {text}\nnext: x\n")

    assert document.data == {"value": None, "next": "x"}


@pytest.mark.parametrize("text", ['"null"', "'null'", "'~'", '""'])
def test_quoted_null_words_stay_text(tmp_path: Path, text: str) -> None:
    document = loaded(tmp_path, f"value: {text}\n")

    assert document.data["value"] == text[1:-1]


# Duplicate keys


def test_duplicate_key_is_reported_at_the_second_key(tmp_path: Path) -> None:
    document, diagnostics = load(tmp_path, "id: demo\ntitle: First\nsummary: s\ntitle: Second\n")

    assert document is not None
    assert [d.format() for d in diagnostics] == [
        f"{NAME}:4:1: error: duplicate key 'title' (first given on line 2)  [Y032]\n"
        "    hint: keep one of the two; YAML would silently use only the last one"
    ]


def test_duplicate_key_keeps_the_first_value(tmp_path: Path) -> None:
    document, _ = load(tmp_path, "id: demo\ntitle: First\ntitle: Second\n")

    assert document is not None
    assert document.data["title"] == "First"
    assert document.data["id"] == "demo"


def test_duplicate_key_in_a_nested_mapping_is_reported_at_its_column(tmp_path: Path) -> None:
    document, diagnostics = load(tmp_path, "jp:\n  total: 3\n  theory: 1\n  total: 4\n")

    assert document is not None
    assert document.data["jp"]["total"] == "3"
    assert [(d.line, d.column, d.message) for d in diagnostics] == [
        (4, 3, "duplicate key 'total' (first given on line 2)")
    ]


def test_each_repeated_duplicate_key_is_reported(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "a: 1\na: 2\na: 3\n")

    assert [(d.line, d.message) for d in diagnostics] == [
        (2, "duplicate key 'a' (first given on line 1)"),
        (3, "duplicate key 'a' (first given on line 1)"),
    ]


# Documents


def test_several_documents_in_one_file_are_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: first\n---\nid: second\n")

    assert place(diagnostic) == (2, 1)
    assert diagnostic.message == "the file holds more than one YAML document"
    assert diagnostic.hint is not None and "'---'" in diagnostic.hint


def test_one_document_with_an_explicit_start_is_accepted(tmp_path: Path) -> None:
    document = loaded(tmp_path, "---\nid: only\n...\n")

    assert document.data == {"id": "only"}


@pytest.mark.parametrize("content", ["", "# a comment\n# another one\n", "\n\n   \n"])
def test_empty_or_comment_only_file_loads_as_none(tmp_path: Path, content: str) -> None:
    document = loaded(tmp_path, content)

    assert document.data is None


# Tags


def test_python_object_tag_is_rejected_and_nothing_is_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(os, "system", calls.append)

    diagnostic = rejected(tmp_path, "title: !!python/object/apply:os.system ['echo hacked']\n")

    assert calls == []
    assert diagnostic.format() == (
        f"{NAME}:1:8: error: the tag '!!python/object/apply:os.system' is not allowed  [Y041]\n"
        "    hint: remove the tag; curriculum files hold only text, numbers, lists and mappings"
    )


@pytest.mark.parametrize(
    ("content", "tag"),
    [
        ("title: !custom hello\n", "!custom"),
        ("tags: !!set {a, b}\n", "!!set"),
        ("tags: !custom [a, b]\n", "!custom"),
        ("tags: !!python/tuple [a, b]\n", "!!python/tuple"),
        ("title: !!binary aGk=\n", "!!binary"),
        ("title: !!timestamp 2001-01-01\n", "!!timestamp"),
        ("jp: !!omap [total: 3]\n", "!!omap"),
    ],
)
def test_tag_outside_the_yaml_core_is_rejected(tmp_path: Path, content: str, tag: str) -> None:
    diagnostic = rejected(tmp_path, content)

    assert diagnostic.message == f"the tag '{tag}' is not allowed"
    assert diagnostic.line == 1


@pytest.mark.parametrize(
    ("content", "value"),
    [
        ("value: !!str 12\n", "12"),
        ("value: !!int 12\n", "12"),
        ("value: !!bool yes\n", "yes"),
        ("value: !!null ''\n", None),
        ("value: !!seq [a]\n", ["a"]),
        ("value: !!map {a: b}\n", {"a": "b"}),
    ],
)
def test_core_tag_is_accepted(tmp_path: Path, content: str, value: object) -> None:
    document = loaded(tmp_path, content)

    assert document.data == {"value": value}


# Anchors, aliases and merge keys


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, billion_laughs())

    assert "aliases" in diagnostic.message
    assert diagnostic.hint is not None and "aliases" in diagnostic.hint


def test_small_alias_is_accepted(tmp_path: Path) -> None:
    document = loaded(tmp_path, "methods: &common [Ceramah, Diskusi]\nmedia: *common\n")

    assert document.data == {"methods": ["Ceramah", "Diskusi"], "media": ["Ceramah", "Diskusi"]}


def test_alias_to_an_unknown_anchor_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "media: *nowhere\n")

    assert diagnostic.format() == (
        f"{NAME}:1:8: error: the alias '*nowhere' refers to no anchor  [Y037]\n"
        "    hint: define '&nowhere' before using '*nowhere'"
    )


def test_alias_inside_its_own_anchor_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "loop: &self {again: *self}\n")

    assert diagnostic.message == "the alias '*self' refers to itself"


def test_merge_key_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "base: &base {total: 3}\njp:\n  <<: *base\n")

    assert place(diagnostic) == (3, 3)
    assert diagnostic.message == "merge keys ('<<') are not supported"


def test_quoted_merge_key_is_an_ordinary_key(tmp_path: Path) -> None:
    document = loaded(tmp_path, "'<<': text\n")

    assert document.data == {"<<": "text"}


# Depth


def test_deep_flow_nesting_is_rejected_without_recursion_error(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "[" * 10_000 + "]" * 10_000 + "\n")

    assert diagnostic.message == f"the data is nested more than {MAX_DEPTH} levels deep"
    assert (diagnostic.line, diagnostic.column) == (1, MAX_DEPTH + 1)
    assert diagnostic.hint == "a curriculum file needs only a few levels; check the indentation"


def test_deep_flow_nesting_after_old_mac_line_breaks_is_rejected_at_its_line(
    tmp_path: Path,
) -> None:
    diagnostic = rejected(tmp_path, "id: x\rnote: a\rtitle: " + "[" * 5000 + "\r")

    assert diagnostic.message == f"the data is nested more than {MAX_DEPTH} levels deep"
    assert (diagnostic.line, diagnostic.column) == (3, 7 + MAX_DEPTH)


def test_deep_block_mappings_are_rejected_at_the_first_level_too_deep(tmp_path: Path) -> None:
    content = "".join("  " * level + f"k{level}:\n" for level in range(200))

    diagnostic = rejected(tmp_path, content)

    assert diagnostic.message == f"the data is nested more than {MAX_DEPTH} levels deep"
    assert diagnostic.line == MAX_DEPTH + 1


def test_nesting_up_to_the_limit_is_accepted(tmp_path: Path) -> None:
    document = loaded(tmp_path, "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n")

    assert document.data is not None


def test_nesting_one_past_the_limit_is_rejected(tmp_path: Path) -> None:
    limit = MAX_DEPTH + 1
    diagnostic = rejected(tmp_path, "[" * limit + "]" * limit + "\n")

    assert "levels deep" in diagnostic.message


# Encoding and bytes


def test_invalid_utf8_is_reported_at_the_bad_byte(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, b"id: demo\ntitle: Caf\xe9 pagi\n")

    assert diagnostic.format() == (
        f"{NAME}:2:11: error: the file is not valid UTF-8 (byte 0xE9 cannot be read)  [F005]\n"
        "    hint: save the file with the UTF-8 encoding "
        "(in VS Code: 'Save with Encoding', then 'UTF-8')"
    )


def test_invalid_utf8_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: demo\ntitle: é ".encode() + b"\xff\n")

    assert place(diagnostic) == (2, 10)


def test_utf8_bom_is_accepted_and_does_not_shift_positions(tmp_path: Path) -> None:
    document = loaded(tmp_path, b"\xef\xbb\xbfid: demo\ntitle: x\n")

    assert document.data == {"id": "demo", "title": "x"}
    assert document.positions[("id",)] == Position(1, 5)
    assert document.key_positions[("id",)] == Position(1, 1)


def test_utf8_bom_does_not_shift_the_column_of_a_nul_byte(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, b"\xef\xbb\xbfid: \x00\n")

    assert place(diagnostic) == (1, 5)


def test_crlf_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    document = loaded(tmp_path, PROGRAM.replace("\n", "\r\n"))

    assert document.data["agendas"][0]["modules"] == ["alpha", "beta"]
    assert document.positions[("agendas", 0, "modules", 1)] == Position(7, 9)


def test_crlf_line_endings_keep_duplicate_key_lines(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "a: 1\r\nb: 2\r\nc: 3\r\nb: 4\r\n")

    assert [(d.line, d.message) for d in diagnostics] == [
        (4, "duplicate key 'b' (first given on line 2)")
    ]


def test_file_over_one_megabyte_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, b"title: " + b"x" * MAX_FILE_BYTES + b"\n")

    assert place(diagnostic) == (1, 1)
    assert diagnostic.message == "the file is larger than 1 MB"


def test_file_of_exactly_the_size_limit_is_accepted(tmp_path: Path) -> None:
    content = b"title: " + b"x" * (MAX_FILE_BYTES - len(b"title: \n")) + b"\n"
    assert len(content) == MAX_FILE_BYTES

    document = loaded(tmp_path, content)

    assert len(document.data["title"]) == MAX_FILE_BYTES - 8


def test_nul_byte_is_reported_as_not_text(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, b"id: demo\ntitle: a\x00b\n")

    assert diagnostic.format() == (
        f"{NAME}:2:9: error: the file is not text (it contains NUL bytes)  [F004]\n"
        "    hint: save it as plain UTF-8 text, or remove it from the curriculum folder"
    )


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)),
        bytes(range(0x80, 0x100)),
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
    ids=["png", "all-bytes", "high-bytes", "zip"],
)
def test_binary_garbage_is_rejected(tmp_path: Path, content: bytes) -> None:
    diagnostic = rejected(tmp_path, content)

    assert diagnostic.hint is not None and "UTF-8" in diagnostic.hint


@pytest.mark.parametrize("character", ["\x07", "\x1b", "\x01", "\x7f"])
def test_control_character_is_rejected_at_its_position(tmp_path: Path, character: str) -> None:
    diagnostic = rejected(tmp_path, f"id: demo\ntitle: ab{character}c\n")

    assert place(diagnostic) == (2, 10)
    assert diagnostic.message == (
        f"the file contains the character U+{ord(character):04X}, which YAML does not allow"
    )


def test_control_character_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: café\ntitle: x\x07\n")

    assert place(diagnostic) == (2, 9)


# Syntax errors


def test_tab_indentation_gets_the_tab_message(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: demo\nmethods:\n  - Ceramah\n\t- Diskusi\n")

    assert diagnostic.format() == (
        f"{NAME}:4:1: error: YAML syntax error: a tab character is used for indentation  [Y024]\n"
        "    hint: indent with spaces, not tabs (most editors can convert tabs to spaces)"
    )


def test_tab_indented_key_gets_the_tab_message(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "jp:\n  total: 3\n\ttheory: 1\n")

    assert diagnostic.message == "YAML syntax error: a tab character is used for indentation"
    assert diagnostic.line == 3


def test_unquoted_colon_in_a_value_gets_the_quotes_hint(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: demo\ntitle: Inovasi: konsep dasar\n")

    assert diagnostic.line == 2
    assert (
        diagnostic.message == "YAML syntax error: a ': ' inside a value, or a line indented too far"
    )
    assert diagnostic.hint is not None
    assert "': ' must be written in quotes" in diagnostic.hint


def test_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: demo\ntitle: 'unclosed\nsummary: x\n")

    assert diagnostic.format() == (
        f"{NAME}:2:8: error: YAML syntax error: the quote that starts here is never closed"
        "  [Y022]\n"
        "    hint: close it with the same quote mark at the end of the value"
    )


@pytest.mark.parametrize(
    "later",
    [
        '# Hasil belajar: "Setelah mengikuti pelatihan ini"\nsummary: x\n',
        'summary: x\n# write after "|", on the lines below\ndescription: |\n  y\n',
        "summary: x\ntopics:\n  - title: Peserta's view\n    time: 1\n",
    ],
)
def test_a_quote_left_open_is_named_where_it_opens_though_a_later_line_closes_it(
    tmp_path: Path, later: str
) -> None:
    diagnostic = rejected(tmp_path, 'id: demo\ntitle: "Pengantar Pelatihan\n' + later)

    assert (diagnostic.line, diagnostic.column, diagnostic.code) == (2, 8, "Y022")


def test_a_quoted_value_on_several_lines_is_read_as_written(tmp_path: Path) -> None:
    document = loaded(tmp_path, 'id: demo\ntitle: "Pengantar\n  Pelatihan"\nsummary: x\n')

    assert document.data["title"] == "Pengantar Pelatihan"


def test_unclosed_bracket_is_reported_where_it_opens(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "id: demo\ntags: [a, b\nmedia: [c]\n")

    assert diagnostic.format() == (
        f"{NAME}:2:7: error: YAML syntax error: the bracket that starts here is never "
        "closed with ']'  [Y023]\n"
        "    hint: close it with ']' on the same line, or write one item per line starting "
        "with '- '"
    )


def test_key_that_is_a_list_is_rejected(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "[a, b]: value\n")

    assert diagnostic.message == "a key must be plain text, not a list, a mapping or an alias"


# read_sources


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


MODULE = "id: {id}\ntitle: T\njp: 3\n"
PROGRAM_TEXT = "id: p\ntitle: P\nagendas: []\n"


def test_missing_program_file_is_reported_at_its_expected_path(tmp_path: Path) -> None:
    write(tmp_path, {"curriculum/modules/alpha.yml": MODULE.format(id="alpha")})

    sources = read_sources(tmp_path)

    assert sources.program is None
    assert [d.format() for d in sources.diagnostics] == [
        "curriculum/program.yml:1:1: error: the program file is missing  [F009]\n"
        "    hint: create curriculum/program.yml with the program's id, title and agendas "
        "(see the trainer guide)"
    ]


def test_program_yml_and_program_yaml_together_are_an_error(tmp_path: Path) -> None:
    write(
        tmp_path, {"curriculum/program.yml": PROGRAM_TEXT, "curriculum/program.yaml": PROGRAM_TEXT}
    )

    sources = read_sources(tmp_path)

    assert sources.program is not None
    assert sources.program.path == "curriculum/program.yml"
    assert [d.format() for d in sources.diagnostics] == [
        "curriculum/program.yaml:1:1: error: there is already curriculum/program.yml  [F011]\n"
        "    hint: keep one of the two files and delete the other"
    ]


def test_program_yaml_alone_is_accepted(tmp_path: Path) -> None:
    write(tmp_path, {"curriculum/program.yaml": PROGRAM_TEXT})

    sources = read_sources(tmp_path)

    assert sources.diagnostics == []
    assert sources.program is not None
    assert sources.program.path == "curriculum/program.yaml"


def test_yaml_suffix_module_files_are_found(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/alpha.yaml": MODULE.format(id="alpha"),
            "curriculum/modules/beta.yml": MODULE.format(id="beta"),
        },
    )

    sources = read_sources(tmp_path)

    assert sorted(document.path for document in sources.modules) == [
        "curriculum/modules/alpha.yaml",
        "curriculum/modules/beta.yml",
    ]


def test_files_in_hidden_folders_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/alpha.yml": MODULE.format(id="alpha"),
            "curriculum/modules/.drafts/beta.yml": MODULE.format(id="beta"),
            "curriculum/modules/.gamma.yml": MODULE.format(id="gamma"),
        },
    )

    sources = read_sources(tmp_path)

    assert [document.path for document in sources.modules] == ["curriculum/modules/alpha.yml"]
    assert sources.module_files == {"alpha": ["curriculum/modules/alpha.yml"]}


def test_module_files_in_sub_folders_are_found(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/agenda-1/alpha.yml": MODULE.format(id="alpha"),
            "curriculum/modules/agenda-2/deeper/beta.yml": MODULE.format(id="beta"),
        },
    )

    sources = read_sources(tmp_path)

    assert [document.path for document in sources.modules] == [
        "curriculum/modules/agenda-1/alpha.yml",
        "curriculum/modules/agenda-2/deeper/beta.yml",
    ]


def test_files_that_are_not_yaml_are_ignored(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/alpha.yml": MODULE.format(id="alpha"),
            "curriculum/modules/README.md": "# notes\n",
            "curriculum/modules/alpha.yml.bak": "\x00",
        },
    )

    sources = read_sources(tmp_path)

    assert sources.diagnostics == []
    assert sources.files_read == 2


def test_module_files_maps_file_name_ids_to_paths(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/alpha.yml": MODULE.format(id="not-alpha"),
            "curriculum/modules/one/beta.yml": MODULE.format(id="beta"),
            "curriculum/modules/two/beta.yaml": MODULE.format(id="beta"),
        },
    )

    sources = read_sources(tmp_path)

    assert sources.module_files == {
        "alpha": ["curriculum/modules/alpha.yml"],
        "beta": ["curriculum/modules/one/beta.yml", "curriculum/modules/two/beta.yaml"],
    }


def test_module_file_that_fails_to_load_still_counts_as_a_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "curriculum/program.yml": PROGRAM_TEXT,
            "curriculum/modules/alpha.yml": "title: [unclosed\n",
        },
    )

    sources = read_sources(tmp_path)

    assert sources.modules == []
    assert sources.module_files == {"alpha": ["curriculum/modules/alpha.yml"]}
    assert sources.files_read == 2
    assert [d.path for d in sources.diagnostics] == ["curriculum/modules/alpha.yml"]


def test_comment_that_cuts_off_text_is_a_warning(tmp_path: Path) -> None:
    document, diagnostics = load(tmp_path, "id: a\nsummary: Modul #1 untuk semua\n")

    assert document is not None
    assert document.data["summary"] == "Modul"
    assert [d.format() for d in diagnostics] == [
        f"{NAME}:2:16: warning: '#1 untuk semua' is read as a comment and left out of "
        "the value 'Modul'  [Y033]\n"
        '    hint: to keep it, put the whole value in quotes: "Modul #1 untuk semua"'
    ]


@pytest.mark.parametrize(
    "content", ["jp: 12  # total JP\n", "title: 'Modul #1'\n", "title: Modul #\n"]
)
def test_a_comment_written_on_purpose_is_not_a_warning(tmp_path: Path, content: str) -> None:
    loaded(tmp_path, content)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_file_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    content = "id: x\n".encode(encoding)
    if encoding == "utf-16-be":
        content = b"\xfe\xff" + content
    diagnostic = rejected(tmp_path, content)
    assert diagnostic.message == "the file is saved as UTF-16, not UTF-8"
    assert place(diagnostic) == (1, 1)


def test_aliases_of_long_text_are_measured_by_their_size(tmp_path: Path) -> None:
    long_text = "x" * 2000
    content = f"outcome: &a {long_text}\nindicators: [{', '.join(['*a'] * 2000)}]\n"

    diagnostic = rejected(tmp_path, content)

    assert "once its aliases are expanded" in diagnostic.message


@pytest.mark.parametrize("content", ["!!python/name:os.system title: x\n", "!Judul title: x\n"])
def test_tag_on_a_key_is_rejected(tmp_path: Path, content: str) -> None:
    diagnostic = rejected(tmp_path, content)
    assert diagnostic.message.startswith("the tag ")
    assert place(diagnostic) == (1, 1)


def test_local_tag_hint_suggests_quotes(tmp_path: Path) -> None:
    diagnostic = rejected(tmp_path, "title: !Penting\n")
    assert diagnostic.hint == "a value that starts with '!' must be written in quotes"


def test_anchor_that_eats_text_is_a_warning(tmp_path: Path) -> None:
    document, diagnostics = load(tmp_path, "title: &Co lainnya\n")

    assert document is not None and document.data == {"title": "lainnya"}
    assert [d.format() for d in diagnostics] == [
        f"{NAME}:1:8: warning: '&Co' is read as an anchor (a name for reuse with '*Co') "
        "and left out of the value  [Y040]\n"
        "    hint: if '&Co' is part of the text, put the whole value in quotes"
    ]


def test_link_to_a_file_outside_the_project_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    project = tmp_path / "project"
    (project / "curriculum" / "modules").mkdir(parents=True)
    (project / "curriculum" / "modules" / "passwd.yml").symlink_to(outside)

    sources = read_sources(project)

    problem = next(d for d in sources.diagnostics if d.path.endswith("passwd.yml"))
    assert problem.format() == (
        "curriculum/modules/passwd.yml:1:1: error: the file is a link to a file outside "
        "curriculum/, which Silabus does not read  [F013]\n"
        "    hint: copy the file into curriculum/ instead of linking to it"
    )
    assert all("root:x" not in d.format() for d in sources.diagnostics)


def test_a_file_read_again_unchanged_is_not_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "alpha.yml"
    path.write_text("id: alpha\ntitle: Alpha\n", encoding="utf-8")
    first, _ = load_document(path, "curriculum/modules/alpha.yml")
    again, _ = load_document(path, "curriculum/modules/alpha.yml")
    assert again is first  # `mkdocs serve` re-reads only what changed
    path.write_text("id: alpha\ntitle: Alpha baru\ntitel: x\n", encoding="utf-8")
    changed, diagnostics = load_document(path, "curriculum/modules/alpha.yml")
    assert changed is not first
    assert changed is not None and changed.data["title"] == "Alpha baru"
    assert diagnostics == []


def test_an_edit_in_serve_is_seen_at_once(project: Project) -> None:
    """The same process validates, the trainer breaks a file, it validates again."""
    from silabus.pipeline import validate_project

    assert validate_project(project.root).ok
    project.replace("curriculum/modules/studi-tiru.yml", "\ntitle:", "\ntitel:")
    broken = validate_project(project.root)
    assert not broken.ok
    assert any(d.message == "unknown field 'titel'" for d in broken.diagnostics)
    project.replace("curriculum/modules/studi-tiru.yml", "\ntitel:", "\ntitle:")
    assert validate_project(project.root).ok


def test_a_file_that_cannot_be_read_is_an_error_at_its_start(tmp_path: Path) -> None:
    missing = tmp_path / "modul.yml"  # gone since it was listed
    document, problems = load_document(missing, "curriculum/modules/modul.yml")
    assert document is None
    assert [problem.format() for problem in problems] == [
        "curriculum/modules/modul.yml:1:1: error: cannot read the file: No such file or "
        "directory  [F001]\n"
        "    hint: check that it is a file you may read, or move it out of the curriculum folder"
    ]


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_folder_or_a_pipe_in_a_file_s_place_is_never_read(tmp_path: Path, kind: str) -> None:
    place = tmp_path / "modul.yml"
    if kind == "folder":
        place.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("this system has no named pipes")
        os.mkfifo(place)  # reading it would wait for a writer forever
    document, problems = load_document(place, "curriculum/modules/modul.yml")
    assert document is None
    assert [problem.format() for problem in problems] == [
        "curriculum/modules/modul.yml:1:1: error: cannot read the file: not a regular file "
        "(a pipe, a device or a folder)  [F001]\n"
        "    hint: replace it with a plain file"
    ]


@pytest.mark.parametrize("unicode", [False, True])
def test_yaml_written_by_a_program_is_read_without_a_warning(tmp_path: Path, unicode: bool) -> None:
    """PyYAML's safe_dump (how converters write YAML) writes escapes in double quotes
    for a trailing space, a tab, a line break or a letter beyond ASCII."""
    written = yaml.safe_dump(
        {
            "id": "a",
            "title": "Judul dengan spasi di akhir ",
            "summary": "Kolom\tdengan tab, café dan naïve",
            "description": "Baris satu\nBaris dua \n",
        },
        allow_unicode=unicode,
    )
    assert "\\" in written

    document, diagnostics = load(tmp_path, written)

    assert diagnostics == []
    assert document is not None and document.data["summary"] == "Kolom\tdengan tab, café dan naïve"


@pytest.mark.parametrize("path", ["C:\\new\\tugas.docx", "\\\\server\\bersama", "dokumen\\new.pdf"])
def test_a_windows_path_in_double_quotes_is_warned_about(tmp_path: Path, path: str) -> None:
    _, diagnostics = load(tmp_path, f'id: a\nsummary: "Simpan di {path}"\n')

    assert [d.code for d in diagnostics] == ["Y035"]


# Line endings: YAML ends a line at CR LF, at LF and at a CR alone (old Mac files)

BROKEN_FILES = {
    "a comment cuts off text": (
        "id: a\nsummary: Modul #1 untuk semua\n",
        "2:16: warning: '#1 untuk semua' is read as a comment and left out of the value 'Modul'"
        "  [Y033]",
    ),
    "a line runs on into an item": (
        "id: a\nsubtopics:\n  - Definisi\n    - Asas\n",
        "4:5: warning: this line continues the text of the line above it, "
        "so its '- ' does not start a new item  [Y034]",
    ),
    "an escape in double quotes": (
        'id: a\nsummary: "Buka\n  C:\\Naskah"\n',
        "3:5: warning: '\\N' inside double quotes is read as an escape (a special character), "
        "not as a backslash and a letter  [Y035]",
    ),
    "a list in folded text": (
        "id: a\ndescription: >\n  Langkah:\n  - satu\n  - dua\n",
        "4:3: warning: '>' joins the lines of a text into one paragraph, so this list is not kept"
        "  [Y036]",
    ),
    "a tab as indentation": (
        "id: a\nsubtopics:\n\t- Definisi\n",
        "3:1: error: YAML syntax error: a tab character is used for indentation  [Y024]",
    ),
    "no space after a colon": (
        "id: a\ntitle:Judul\nsummary: [\n",
        "2:7: error: YAML syntax error: no space after 'title:'  [Y018]",
    ),
    "text after a closing quote": (
        "id: a\ntitle: 'Jum'at'\n",
        "2:13: error: YAML syntax error: text goes on after the closing quote  [Y019]",
    ),
    "a character YAML does not allow": (
        "id: a\ntitle: Modul\x07\n",
        "2:13: error: the file contains the character U+0007, which YAML does not allow  [F007]",
    ),
    "a NUL byte": (
        "id: a\ntitle: Modul\x00\n",
        "2:13: error: the file is not text (it contains NUL bytes)  [F004]",
    ),
    "a byte that is not UTF-8": (
        b"id: a\ntitle: Modul\xff\n",
        "2:13: error: the file is not valid UTF-8 (byte 0xFF cannot be read)  [F005]",
    ),
    "a line separator": (
        "id: a\ntitle: Modul\u2028\n",
        "2:13: error: the file contains an invisible line separator (U+2028)  [F006]",
    ),
}


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("content, expected", BROKEN_FILES.values(), ids=BROKEN_FILES.keys())
def test_every_line_ending_gives_the_same_message_at_the_same_place(
    tmp_path: Path, content: str | bytes, expected: str, ending: str
) -> None:
    written = (
        content.replace(b"\n", ending.encode())
        if isinstance(content, bytes)
        else content.replace("\n", ending)
    )

    _, diagnostics = load(tmp_path, written)

    assert [d.format().split("\n")[0] for d in diagnostics] == [f"{NAME}:{expected}"]


def test_a_file_of_mixed_line_endings_has_the_lines_yaml_reads(tmp_path: Path) -> None:
    document = loaded(tmp_path, "id: a\r\ntitle: Satu\rsummary: Dua\n")

    assert document.lines == ["id: a", "title: Satu", "summary: Dua", ""]
    assert document.positions[("summary",)] == Position(3, 10)
