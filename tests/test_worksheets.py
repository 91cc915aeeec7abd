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
    assert page.count("<tr><td><textarea ") == 3
    assert '<th scope="row"><label for="silabus-ws-name">Nama peserta</label></th>' in page
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
    rows = re.findall(r'<th scope="row"><label for="silabus-ws-[\w-]+">(.+?)</label></th>', page)
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


def _worksheet_page(make_project: MakeProject, sheet: str, language: str = "id") -> str:
    validation = validate_project(project_with_sheet(make_project, sheet).root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    return render_site(validation.curriculum, language).pages["lembar-kerja/lembar.md"].markdown


def test_every_place_to_write_has_its_own_labelled_form_control(
    make_project: MakeProject,
) -> None:
    page = _worksheet_page(make_project, SHEET_TEXT)

    # Identity lines: one text field each, the date a date field, tied to its label.
    assert (
        '<label for="silabus-ws-work-unit">Unit kerja</label></th><td><input class="silabus-field"'
        ' id="silabus-ws-work-unit" name="work-unit" type="text" autocomplete="organization"'
        ' data-silabus-field="work-unit"></td>'
    ) in page
    assert 'id="silabus-ws-date" name="date" type="date"' in page
    # An open question: its label, then a text area as tall as its lines, then the
    # lines themselves, which show without the script and on paper.
    assert (
        '<div class="silabus-prompt">\n'
        '<label class="silabus-prompt__label" for="silabus-ws-q-fb2fa061be">Tulis jawaban</label>\n'
        '<textarea class="silabus-field" id="silabus-ws-q-fb2fa061be" name="q-fb2fa061be" rows="2"'
        ' data-silabus-field="q-fb2fa061be"></textarea>\n'
        '<div class="silabus-line"></div>\n<div class="silabus-line"></div>\n</div>'
    ) in page
    # A table cell: named after its column and row.
    assert (
        '<td><textarea class="silabus-field" id="silabus-ws-t-ab01793608-r3"'
        ' name="t-ab01793608-r3" rows="2" aria-label="Kegiatan, baris 3"'
        ' data-silabus-field="t-ab01793608-r3"></textarea></td>'
    ) in page
    assert len(set(re.findall(r' id="(silabus-ws-[^"]+)"', page))) == 4 + 1 + 3 * 2
    # The tools the script shows, in the site's language, hidden without it.
    tools = re.search(r'<div class="silabus-worksheet__tools" ([^>]*)>(.*?)</div>', page, re.S)
    assert tools is not None
    assert 'data-worksheet="lembar"' in tools.group(1)
    assert tools.group(1).endswith(" hidden")
    assert ">Cetak / simpan PDF</button>" in tools.group(2)
    assert ">Bagikan sebagai teks</button>" in tools.group(2)
    assert ">Hapus jawaban saya</button>" in tools.group(2)
    assert "tersimpan di perangkat ini saja dan tidak dikirim ke mana pun" in tools.group(2)
    assert page.endswith('<script src="../../assets/silabus-worksheet.js" defer></script>\n')


def _field_names(page: str) -> dict[str, str]:
    """Each question's (or table cell's) label and the name its answer is kept under."""
    prompts = re.findall(r'class="silabus-prompt__label" for="silabus-ws-([^"]+)">(.+?)<', page)
    cells = re.findall(r'aria-label="([^"]+)" data-silabus-field="([^"]+)"', page)
    return {label: name for name, label in prompts} | dict(cells)


def test_an_answer_stays_with_its_question_when_the_sheet_changes(
    make_project: MakeProject,
) -> None:
    """A trainer adds a question before the others, and reorders the rest, while a
    cohort is filling the sheet in: the answers kept in the browser stay with their
    questions, since each is named after its section and its text, not its place."""
    before = _field_names(_worksheet_page(make_project, SHEET_TEXT))
    changed = SHEET_TEXT.replace(
        "    prompts:\n      - label: Tulis jawaban\n        lines: 2\n",
        "    prompts:\n      - label: Pertanyaan baru\n      - label: Tulis jawaban\n"
        "        lines: 2\n",
    ).replace("columns: [No., Kegiatan]", "columns: [Kegiatan, Catatan, No.]")

    after = _field_names(_worksheet_page(make_project, changed))

    assert before["Tulis jawaban"] == after["Tulis jawaban"]
    assert before["Kegiatan, baris 3"] == after["Kegiatan, baris 3"]
    assert before["No., baris 1"] == after["No., baris 1"]
    assert after["Pertanyaan baru"] not in before.values()
    assert len(set(after.values())) == len(after) == 2 + 3 * 3


def test_identical_questions_keep_their_answers_apart(make_project: MakeProject) -> None:
    twice = SHEET_TEXT.replace(
        "      - label: Tulis jawaban\n        lines: 2\n",
        "      - label: Tulis jawaban\n        lines: 2\n      - label: Tulis jawaban\n",
    )

    page = _worksheet_page(make_project, twice)

    names = re.findall(r'<textarea class="silabus-field" id="silabus-ws-(q-[^"]+)"', page)
    assert len(names) == len(set(names)) == 2
    assert names[1] == names[0] + "-2"


def test_the_worksheet_tools_speak_the_site_language(make_project: MakeProject) -> None:
    page = _worksheet_page(make_project, SHEET_TEXT, "en")

    assert ">Print / save as PDF</button>" in page
    assert ">Share as text</button>" in page
    assert ">Erase my answers</button>" in page
    assert 'aria-label="Kegiatan, row 3"' in page
    assert 'data-label-erase-confirm="Erase all your answers to this worksheet' in page


def test_a_worksheet_label_stays_text_in_its_attributes(make_project: MakeProject) -> None:
    sheet = SHEET_TEXT.replace("Bagian satu", "'Satu \"<b>\" & dua'").replace(
        "[No., Kegiatan]", "['No.', '<i>\"x\"</i>']"
    )

    page = _worksheet_page(make_project, sheet)

    assert 'data-title="1. Satu &quot;&lt;b&gt;&quot; &amp; dua"' in page
    assert 'aria-label="&lt;i&gt;&quot;x&quot;&lt;/i&gt;, baris 1"' in page
    assert "<b>" not in page and "<i>" not in page


def test_a_site_with_worksheets_carries_the_worksheet_script(make_project: MakeProject) -> None:
    validation = validate_project(project_with_sheet(make_project, SHEET_TEXT).root)
    assert validation.curriculum is not None

    site = render_site(validation.curriculum)

    script = site.assets["assets/silabus-worksheet.js"].decode()
    assert "localStorage" in script
    # Nothing in it talks to a server.
    assert not re.search(r"fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource", script)
