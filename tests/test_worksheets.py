"""Worksheets: printable pages for participants to fill in."""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

from silabus.pipeline import validate_project
from silabus.render import render_site
from tests.conftest import Project
from tests.test_check import module_yml, program_yml, where

MakeProject = Callable[[dict[str, str]], Project]
SHEET = "curriculum/worksheets/lembar.yml"


def project_with_sheet(make_project: MakeProject, sheet: str) -> Project:
    return make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha"])),
            "curriculum/modules/alpha.yml": module_yml("alpha"),
            SHEET: sheet,
        }
    )


SHEET_TEXT = (
    "id: lembar\ntitle: Lembar Uji\nmodule: alpha\nsections:\n"
    "  - title: Bagian satu\n    prompts:\n      - label: Tulis jawaban\n        lines: 2\n"
    "    table:\n      columns: [No., Kegiatan]\n      rows: 3\n"
)


def test_a_worksheet_page_has_lines_and_table_rows_to_fill_in(make_project: MakeProject) -> None:
    validation = validate_project(project_with_sheet(make_project, SHEET_TEXT).root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]

    site = render_site(validation.curriculum)

    page = site.pages["lembar-kerja/lembar.md"].markdown
    assert "# Lembar Uji" in page
    assert "## 1. Bagian satu" in page
    assert page.count('<div class="silabus-line"></div>') == 2
    assert page.count("<tr><td></td><td></td></tr>") == 3
    assert '<th scope="row">Nama peserta</th>' in page
    module = site.pages["modul/alpha.md"].markdown
    assert "## Lembar kerja\n\n- [Lembar Uji](../lembar-kerja/lembar.md)" in module


def test_a_worksheet_for_a_missing_module_is_an_error(make_project: MakeProject) -> None:
    text = SHEET_TEXT.replace("module: alpha", "module: alfa")

    (diagnostic,) = validate_project(project_with_sheet(make_project, text).root).diagnostics

    assert diagnostic.message == "the module 'alfa' does not exist"
    assert diagnostic.hint == "did you mean 'alpha'?"
    assert (diagnostic.path, diagnostic.line) == (SHEET, where(text, "alfa")[0])


def test_a_worksheet_named_unlike_its_id_is_an_error(make_project: MakeProject) -> None:
    text = SHEET_TEXT.replace("id: lembar", "id: lembar-lain")

    (diagnostic,) = validate_project(project_with_sheet(make_project, text).root).diagnostics

    assert (
        diagnostic.message == "the worksheet id 'lembar-lain' differs from its file name 'lembar'"
    )


def test_the_sample_has_the_three_worksheets_the_course_uses(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    site = render_site(validation.curriculum)

    ids = sorted(path.stem for path in project.path("curriculum/worksheets").glob("*.yml"))
    assert ids == ["jurnal-belajar", "rancangan-aksi-perubahan", "studi-tiru"]
    for worksheet_id in ids:
        sheet = yaml.safe_load(project.read(f"curriculum/worksheets/{worksheet_id}.yml"))
        page = site.pages[f"lembar-kerja/{worksheet_id}.md"].markdown
        assert f"# {sheet['title']}" in page
    assert "lembar-kerja/index.md" in site.pages


def test_a_section_with_nothing_to_fill_in_is_an_error(make_project: MakeProject) -> None:
    text = "id: lembar\ntitle: Lembar Uji\nsections:\n  - title: Kosong\n"

    (diagnostic,) = validate_project(project_with_sheet(make_project, text).root).diagnostics

    assert diagnostic.message == "'sections[1]': the section has nothing to fill in"
    assert diagnostic.line == 4


def test_a_module_file_among_the_worksheets_is_said_to_be_one(make_project: MakeProject) -> None:
    project = project_with_sheet(make_project, module_yml("beta") + "topics: []\n")

    messages = [d.message for d in validate_project(project.root).diagnostics]

    assert "this is a module file, in the wrong folder" in messages


def _identity_rows(make_project: MakeProject, identity: str) -> list[str]:
    sheet = SHEET_TEXT.replace("module: alpha\n", f"module: alpha\n{identity}")
    validation = validate_project(project_with_sheet(make_project, sheet).root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    page = render_site(validation.curriculum).pages["lembar-kerja/lembar.md"].markdown
    rows = re.findall(r'<tr><th scope="row">(.+?)</th><td></td></tr>', page)
    # No identity table at all when it would be empty.
    assert ("silabus-worksheet__identity" in page) == bool(rows)
    return rows


def test_a_worksheet_chooses_its_identity_lines(make_project: MakeProject) -> None:
    assert _identity_rows(make_project, "") == [
        "Nama peserta",
        "Unit kerja",
        "Angkatan",
        "Tanggal",
    ]
    assert _identity_rows(make_project, "identity: [date, name]\n") == ["Tanggal", "Nama peserta"]
    # An anonymous feedback form asks for no name at all.
    assert _identity_rows(make_project, "identity: []\n") == []


def test_an_identity_line_silabus_does_not_know_is_an_error(make_project: MakeProject) -> None:
    sheet = SHEET_TEXT.replace("module: alpha\n", "module: alpha\nidentity: [nama]\n")

    validation = validate_project(project_with_sheet(make_project, sheet).root)

    (problem,) = [d for d in validation.diagnostics if d.is_error]
    assert problem.code == "S015"
    assert "'name'" in problem.message or "'name'" in (problem.hint or "")
