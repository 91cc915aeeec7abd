"""Rendering: safe text in Markdown, and the pages made from a curriculum."""

from __future__ import annotations

import html
import json
import posixpath
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from benchmarks.synthetic import make_project
from silabus.model import Curriculum
from silabus.pipeline import validate_project
from silabus.render import NAV_GROUP, NavSection, Site, in_groups, render_site
from silabus.render.home import SCRIPT_LABELS
from silabus.render.messages import CATALOGUE, format_number, supported_language
from silabus.render.text import attribute, plain_text
from tests.conftest import Project

SITE_EXTENSIONS = ["tables", "toc", "admonition", "attr_list"]
MATERIAL_EXTENSIONS = [
    *SITE_EXTENSIONS,
    "pymdownx.mark",
    "pymdownx.keys",
    "pymdownx.emoji",
    "pymdownx.tilde",
    "pymdownx.caret",
]
MODULE_FILE = "curriculum/modules/desain-inovasi.yml"
MODULE_PAGE = "modul/desain-inovasi.md"


class _Html(HTMLParser):
    """The text a reader sees in an HTML fragment, and the elements it contains."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _AttributeReader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.content: str | None = None
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.content = dict(attrs)["content"]


def to_html(text: str, extensions: list[str] = SITE_EXTENSIONS) -> _Html:
    return _Html(markdown.markdown(text, extensions=extensions))


def words(text: str) -> str:
    return " ".join(text.split())


def curriculum_of(project: Project) -> Curriculum:
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    return validation.curriculum


def site_of(project: Project, language: str | None = None) -> Site:
    return render_site(curriculum_of(project), language)


def page_text(site: Site, path: str) -> str:
    """What a reader sees on a page, whitespace collapsed."""
    return words(to_html(site.pages[path].markdown).text)


def front_matter(page: str) -> dict[str, str]:
    match = re.match(r"---\n(.*?)\n---\n", page, re.DOTALL)
    assert match is not None, page[:200]
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


# plain_text


TRICKY_TEXTS = [
    "<script>alert(1)</script>",
    "**bold**",
    "_x_",
    "*star*",
    "__init__",
    "[link](javascript:alert(1))",
    "![image](x.png)",
    "<http://example.com>",
    "==mark==",
    "++ctrl++",
    "++ctrl+alt+del++",
    ":smile:",
    "a:+1:b",
    "a | b",
    "| a | b |",
    "# not a heading",
    "1. not a list",
    "2019) not a list",
    "- not a list",
    "+ not a list",
    "* not a list",
    "> not a quote",
    "= not a heading",
    "C# & C++",
    "&amp; stays &amp;",
    "&#42;",
    "~~del~~",
    "~sub~",
    "^^ins^^",
    "^sup^",
    "{: .class}",
    "text {: #id }",
    "`code`",
    "!!! note",
    "[TOC]",
    "\\escaped",
    "\\*not emphasis\\*",
    "\"quotes\" 'single'",
    "<!-- comment -->",
    "10:30 - 12:00",
    "Agenda I: Wawasan",
]


@pytest.mark.parametrize(
    "extensions", [SITE_EXTENSIONS, MATERIAL_EXTENSIONS], ids=["site", "material"]
)
@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_plain_text_renders_exactly_the_text(text: str, extensions: list[str]) -> None:
    rendered = to_html(str(plain_text(text)), extensions)

    assert rendered.text == text
    assert rendered.tags == ["p"]


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "<b onclick=x>hi</b>", "<a href=x>"])
def test_plain_text_contains_no_html_tag(text: str) -> None:
    assert "<" not in plain_text(text)


def test_plain_text_collapses_whitespace_and_drops_control_characters() -> None:
    assert plain_text("  one\n\ttwo \x07three  ") == "one two three"


def test_plain_text_turns_a_non_string_into_text() -> None:
    assert plain_text(12) == "12"


# attribute


ATTRIBUTE_TEXTS = [
    'say "hi"',
    "it's",
    "a < b > c",
    "R&D",
    "back\\slash",
    "\\n is not a newline",
    '\\"',
    "trailing \\",
    "# hash: colon",
    "{{ braces }}",
    "émoji 😀",
]


@pytest.mark.parametrize("text", ATTRIBUTE_TEXTS)
def test_attribute_is_safe_in_a_double_quoted_html_attribute(text: str) -> None:
    parser = _AttributeReader(f'<meta content="{attribute(text)}">')

    assert parser.content == text


@pytest.mark.parametrize("text", ATTRIBUTE_TEXTS)
def test_attribute_is_safe_in_a_double_quoted_yaml_string(text: str) -> None:
    value = yaml.safe_load(f'x: "{attribute(text)}"')["x"]

    assert html.unescape(value) == text


def test_attribute_puts_everything_on_one_line() -> None:
    assert attribute("one\ntwo\r\nthree\u2028four") == "one two three four"


# render_site: pages and navigation


def material_pages(project: Project, module_id: str) -> list[str]:
    """The participant pages of a module's folder in their order, read from their
    front matter independently of Silabus."""
    found = []
    for path in project.path(f"curriculum/modules/{module_id}").glob("*.md"):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        if front.get("audience") != "trainer":
            found.append((front.get("order") is None, front.get("order") or 0, path.stem))
    return [stem for _, _, stem in sorted(found)]


def expected_pages(project: Project) -> list[str]:
    """The pages the sample should give, read from program.yml independently of Silabus."""
    program = yaml.safe_load(project.read("curriculum/program.yml"))
    pages = ["program/index.md", "agenda/index.md"]
    for agenda in program["agendas"]:
        pages.append(f"agenda/{agenda['id']}/index.md")
        for module_id in agenda["modules"]:
            pages.append(f"modul/{module_id}.md")
            materials = material_pages(project, module_id)
            pages += [f"modul/{module_id}/{page}.md" for page in materials]
            if materials:  # the handout: the module page and its material pages
                pages.append(f"cetak/modul/{module_id}.md")
    pages.append("modul/index.md")
    pages.append("ringkasan/index.md")  # every sample module has key points
    if project.path("curriculum/glossary.yml").exists():
        pages.append("glosarium/index.md")
    if project.path("curriculum/references.yml").exists():
        pages.append("referensi/index.md")
    worksheets = sorted(project.path("curriculum/worksheets").glob("*.yml"))
    if worksheets:
        pages.append("lembar-kerja/index.md")
        pages += [f"lembar-kerja/{path.stem}.md" for path in worksheets]
    pages.append("cetak/index.md")
    cohorts = sorted(project.path("curriculum/cohorts").glob("*.yml"))
    if cohorts:
        pages.append("angkatan/index.md")
        pages += [f"angkatan/{path.stem}.md" for path in cohorts]
    return pages


def test_site_has_a_page_per_module_and_agenda_in_program_order(project: Project) -> None:
    site = site_of(project)

    assert list(site.pages) == expected_pages(project)


def test_every_module_file_gets_a_module_page(project: Project) -> None:
    site = site_of(project)

    module_files = sorted(path.stem for path in project.path("curriculum/modules").glob("*.yml"))
    module_pages = sorted(
        posixpath.splitext(posixpath.basename(p))[0]
        for p in site.pages
        if p.startswith("modul/") and p.count("/") == 1 and p != "modul/index.md"
    )
    assert module_pages == module_files


def test_each_page_remembers_its_source_file(project: Project) -> None:
    site = site_of(project)

    assert site.pages["program/index.md"].source == "curriculum/program.yml"
    assert site.pages["agenda/aksi-perubahan/index.md"].source == "curriculum/program.yml"
    assert site.pages[MODULE_PAGE].source == MODULE_FILE


def test_page_order_follows_a_reordered_program(project: Project) -> None:
    program = yaml.safe_load(project.read("curriculum/program.yml"))
    program["agendas"].reverse()
    project.write("curriculum/program.yml", yaml.safe_dump(program, sort_keys=False))

    pages = list(site_of(project).pages)

    assert pages == expected_pages(project)
    assert pages[1:3] == ["agenda/index.md", f"agenda/{program['agendas'][0]['id']}/index.md"]


def test_nav_sections_follow_the_agendas(project: Project) -> None:
    program = yaml.safe_load(project.read("curriculum/program.yml"))

    nav = site_of(project).nav[0]

    assert nav.title == "Kurikulum"
    assert nav.children[0] == "program/index.md"
    assert nav.children[-5:-2] == ["ringkasan/index.md", "glosarium/index.md", "referensi/index.md"]
    assert nav.children[-1] == ("Cetak seluruh program", "cetak/index.md")
    # The agendas in a section of their own, whose page lists them; then the list of
    # every module.
    agendas, modules = nav.children[1:-5]
    assert modules == ("Daftar mata pelatihan", "modul/index.md")
    assert isinstance(agendas, NavSection) and agendas.title == "Agenda"
    assert agendas.children[0] == "agenda/index.md"
    sections = agendas.children[1:]
    assert all(isinstance(section, NavSection) for section in sections)
    assert [
        (section.title, section.children) for section in sections if isinstance(section, NavSection)
    ] == [
        (agenda["title"], [f"agenda/{agenda['id']}/index.md", *module_entries(project, agenda)])
        for agenda in program["agendas"]
    ]


def module_entries(project: Project, agenda: dict[str, Any]) -> list[object]:
    """A module in the navigation: its page, or a section of its overview and its
    material pages."""
    entries: list[object] = []
    for module_id in agenda["modules"]:
        pages = material_pages(project, module_id)
        if not pages:
            entries.append(f"modul/{module_id}.md")
            continue
        title = yaml.safe_load(project.read(f"curriculum/modules/{module_id}.yml"))["title"]
        entries.append(
            NavSection(
                title,
                [f"modul/{module_id}.md"] + [f"modul/{module_id}/{page}.md" for page in pages],
            )
        )
    return entries


def test_site_carries_the_stylesheet(project: Project) -> None:
    site = site_of(project)

    assert "assets/silabus.css" in site.assets
    assert site.assets["assets/silabus.css"].strip()


def test_every_relative_link_resolves_to_a_generated_page(project: Project) -> None:
    site = site_of(project)

    checked = 0
    for path, page in site.pages.items():
        for target in re.findall(r"\]\(([^)\s]+)\)", page.markdown):
            if re.match(r"[a-z]+:", target):
                continue
            file = target.partition("#")[0]
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file))
            assert resolved in site.pages or resolved in site.assets or resolved in site.files, (
                f"{path} links to {target}"
            )
            checked += 1
    assert checked > len(site.pages)


# render_site: the module page


def test_module_page_shows_every_descriptor_field(project: Project) -> None:
    module = yaml.safe_load(project.read(MODULE_FILE))

    text = page_text(site_of(project), MODULE_PAGE)

    expected = [
        module["title"],
        module["summary"],
        module["learning_outcome"],
        *module["success_indicators"],
        *(topic["title"] for topic in module["topics"]),
        *(subtopic for topic in module["topics"] for subtopic in topic["subtopics"]),
        *module["methods"],
        *module["media"],
        *module["assessment"],
        *module["tags"],
    ]
    missing = [item for item in expected if words(item) not in text]
    assert missing == []


def test_module_page_shows_the_description_as_markdown(project: Project) -> None:
    rendered = to_html(site_of(project).pages[MODULE_PAGE].markdown)

    assert "strong" in rendered.tags
    assert "**" not in rendered.text


def test_module_page_has_the_jp_split_table(project: Project) -> None:
    rendered = to_html(site_of(project).pages[MODULE_PAGE].markdown)

    assert "table" in rendered.tags
    assert "JP Jam Teori 4 3 Penugasan 3 2,25 Praktik 8 6 Jumlah 15 11,25" in words(rendered.text)


def test_module_page_links_prerequisites_as_relative_md_links(project: Project) -> None:
    page = site_of(project).pages["modul/diagnosis-inovasi.md"].markdown

    assert "- [Berpikir Kreatif dalam Pelayanan](berpikir-kreatif.md)\n" in page
    assert "(kebijakan-inovasi-pelayanan-publik.md)" in page


def test_module_page_links_back_to_its_agenda(project: Project) -> None:
    page = site_of(project).pages[MODULE_PAGE].markdown

    assert (
        "Bagian dari: [Agenda III: Laboratorium Inovasi](../agenda/laboratorium-inovasi/index.md)"
        in page
    )


def test_module_without_split_shows_the_total_only(project: Project) -> None:
    text = project.read(MODULE_FILE)
    start = text.index("jp:\n")
    end = text.index("methods:")
    project.write(MODULE_FILE, text[:start] + "jp: 15\n" + text[end:])

    page = site_of(project).pages[MODULE_PAGE].markdown

    assert "15&nbsp;JP · 11,25&nbsp;jam" in page
    assert "| Teori |" not in page


def test_module_description_headings_sit_below_the_page_sections(project: Project) -> None:
    project.replace(MODULE_FILE, "description: |\n", "description: |\n  # Latar belakang\n\n")

    page = site_of(project).pages[MODULE_PAGE].markdown

    assert "<h3>Latar belakang</h3>" in page
    assert "<h1>" not in page


# render_site: language


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        (
            "id",
            ["## Hasil belajar", "## Indikator keberhasilan", "## Alokasi waktu", "## Prasyarat"],
        ),
        (
            "en",
            ["## Learning outcome", "## Success indicators", "## Lesson hours", "## Prerequisites"],
        ),
    ],
)
def test_labels_follow_the_program_language(
    project: Project, language: str, labels: list[str]
) -> None:
    project.replace("curriculum/program.yml", "language: id", f"language: {language}")
    module_page = {"id": MODULE_PAGE, "en": "modules/desain-inovasi.md"}[language]

    page = site_of(project).pages[module_page].markdown

    assert [label for label in labels if label not in page] == []


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("id", ["Widyaiswara: Drs. Hotman Siregar, M.AP", "Narasumber: Asisten", "Moderator: Ani"]),
        ("en", ["Trainer: Drs. Hotman Siregar, M.AP", "Guest speaker: Asisten", "Moderator: Ani"]),
    ],
)
def test_session_roles_are_shown_in_the_site_language(
    project: Project, language: str, shown: list[str]
) -> None:
    """The roles the schema names, whichever language the curriculum wrote them in;
    another role as it was written."""
    cohort = "curriculum/cohorts/angkatan-i-2019.yml"
    project.replace(cohort, "role: narasumber", "role: Guest  Speaker")
    project.replace(
        cohort,
        "- role: widyaiswara\n                name: Dr. Rina",
        "- role: moderator\n                name: Ani\n"
        "              - role: widyaiswara\n                name: Dr. Rina",
    )

    text = page_text(site_of(project, language), "angkatan/angkatan-i-2019.md")

    assert [label for label in shown if label not in text] == []
    other = "Widyaiswara:" if language == "en" else "Trainer:"
    assert other not in text


def test_language_argument_overrides_the_program_language(project: Project) -> None:
    site = site_of(project, "en-GB")

    assert "## Learning outcome" in site.pages[MODULE_PAGE].markdown
    assert site.nav[0].title == "Curriculum"


@pytest.mark.parametrize(("language", "hours"), [("id", "22,5"), ("en", "22.5")])
def test_hours_use_the_language_decimal_separator(
    project: Project, language: str, hours: str
) -> None:
    text = page_text(site_of(project, language), "program/index.md")

    assert f"Agenda II: Kreativitas dan Inovasi 30 {hours} " in text


def test_jp_note_uses_the_program_jp_minutes(project: Project) -> None:
    project.replace("curriculum/program.yml", "jp_minutes: 45", "jp_minutes: 50")

    text = page_text(site_of(project), MODULE_PAGE)

    assert "1 JP (jam pelajaran) = 50 menit." in text
    assert "Jumlah 15 12,5" in text


# render_site: hostile text


def test_script_title_is_escaped_in_every_page(project: Project) -> None:
    project.replace(
        MODULE_FILE,
        "title: Desain Inovasi Pelayanan Publik",
        'title: "<script>alert(1)</script>"',
    )

    site = site_of(project)

    assert "# &lt;script&gt;alert(1)&lt;/script&gt;\n" in site.pages[MODULE_PAGE].markdown
    assert [path for path, page in site.pages.items() if "<script>" in page.markdown] == []


def test_script_title_shows_as_text_on_the_rendered_page(project: Project) -> None:
    project.replace(
        MODULE_FILE,
        "title: Desain Inovasi Pelayanan Publik",
        'title: "<script>alert(1)</script>"',
    )

    rendered = to_html(site_of(project).pages[MODULE_PAGE].markdown)

    assert rendered.tags.count("script") == 1  # the page's own: silabus-progress.js
    assert "<script>alert(1)</script>" in rendered.text


def test_markdown_in_a_title_is_shown_literally_in_links(project: Project) -> None:
    project.replace(
        MODULE_FILE, "title: Desain Inovasi Pelayanan Publik", 'title: "Desain **[x](y)** | z"'
    )

    site = site_of(project)

    for path in ("program/index.md", "agenda/laboratorium-inovasi/index.md"):
        rendered = to_html(site.pages[path].markdown)
        assert "Desain **[x](y)** | z" in rendered.text, path


@pytest.mark.parametrize(
    "summary",
    ['Kata "kunci" dan \\ garis miring', "a: b # c", "<b>tebal</b> & 'kutip'", "\\u0041 \\x41"],
)
def test_front_matter_is_valid_yaml_for_any_summary(project: Project, summary: str) -> None:
    text = project.read(MODULE_FILE)
    line = next(line for line in text.splitlines() if line.startswith("summary:"))
    project.replace(MODULE_FILE, line, "summary: " + json.dumps(summary))

    page = site_of(project).pages[MODULE_PAGE].markdown

    assert html.unescape(front_matter(page)["description"]) == summary


# messages


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [
        (12, "id", "12"),
        (12.0, "en", "12"),
        (7.5, "id", "7,5"),
        (7.5, "en", "7.5"),
        (11.25, "id", "11,25"),
        (0.75, "en", "0.75"),
        (10 / 3, "en", "3.33"),
        (0, "id", "0"),
    ],
)
def test_format_number(value: float, language: str, text: str) -> None:
    assert format_number(value, language) == text


@pytest.mark.parametrize(
    ("language", "supported"),
    [
        ("id", "id"),
        ("en", "en"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("EN", "en"),
        ("id-ID", "id"),
        ("fr", "en"),
        (None, "id"),
        ("", "id"),
    ],
)
def test_supported_language(language: str | None, supported: str) -> None:
    assert supported_language(language) == supported


def test_every_language_has_the_same_labels() -> None:
    assert set(CATALOGUE["en"]) == set(CATALOGUE["id"])


def test_every_label_is_used_by_a_template() -> None:
    templates = files("silabus.render").joinpath("templates")
    text = "".join(
        path.read_text(encoding="utf-8")
        for path in templates.iterdir()
        if path.name.endswith(".j2")
    )
    split_parts = {"theory", "assignment", "practice"}  # printed as t[part]
    # nav and its groups, calendar, times, the handout's hint
    used_in_code = {
        "curriculum",
        "nav_modules",
        "nav_cohorts",
        "calendar_module",
        "time_separator",
        "handout_hint",
        # t.tags_page and t.tags_lead of a program without BerAKHLAK (page_labels)
        "tags_page.own",
        "tags_lead.own",
        "tags_page.none",
        "tags_lead.none",
        "in_this_group",  # in_this_agenda with the program's agenda_label
        "home_guide",  # the course home's link to the participant guide
        "fee_free",  # messages.format_fee
        "fee_per_participant",
        *SCRIPT_LABELS,  # the course home's script shows them
    }
    by_kind = (
        "note.",
        "phase.",
        "activity.",
        "kind.",
        "status.",
        "role.",
        "roles.",
    )  # t["phase." + kind], ...
    # t[references_heading("references", ...)]: the label, or its .legal/.other form
    headings = {
        f"{label}{form}"
        for label in ("references", "references_lead", "module_references")
        for form in ("", ".legal", ".other")
        if f'references_heading("{label}"' in text
    }
    unused = [
        k
        for k in CATALOGUE["id"]
        if not re.search(rf"\bt\.{re.escape(k)}\b", text)
        and k not in split_parts | used_in_code | headings
        and not k.startswith(by_kind)
    ]
    assert unused == []


@pytest.mark.parametrize(("language", "title"), [("id", "Tips"), ("en", "Tip")])
def test_a_note_without_a_title_is_titled_in_the_site_language(
    project: Project, language: str, title: str
) -> None:
    project.replace(
        MODULE_FILE, "description: |\n", "description: |\n  !!! tip\n      Bawa lembar kerja.\n\n"
    )

    page = site_of(project, language).pages[MODULE_PAGE].markdown

    assert f'<p class="admonition-title">{title}</p>' in page


# render_site: key points and the summary page


def test_summary_page_gathers_every_key_point_in_teaching_order(project: Project) -> None:
    program = yaml.safe_load(project.read("curriculum/program.yml"))
    expected = []
    for agenda in program["agendas"]:
        for module_id in agenda["modules"]:
            module = yaml.safe_load(project.read(f"curriculum/modules/{module_id}.yml"))
            expected += module.get("key_points", [])

    site = site_of(project)

    text = page_text(site, "ringkasan/index.md")
    positions = [text.index(words(point)) for point in expected]
    assert positions == sorted(positions)
    assert "ringkasan/index.md" in site.nav[0].children
    module = page_text(site, MODULE_PAGE)
    assert "Poin penting Desain inovasi mengubah gagasan menjadi rancangan" in module


def test_without_key_points_there_is_no_summary_page(project: Project) -> None:
    for path in project.path("curriculum/modules").glob("*.yml"):
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [
            line
            for line in lines
            if not line.startswith("key_points:")
            and not (line.startswith("  - ") and _after_key_points(lines, line))
        ]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")

    site = site_of(project)

    assert "ringkasan/index.md" not in site.pages
    assert "## Poin penting" not in site.pages[MODULE_PAGE].markdown


def _after_key_points(lines: list[str], line: str) -> bool:
    index = lines.index(line)
    while index > 0 and lines[index].startswith("  - "):
        index -= 1
    return lines[index].startswith("key_points:")


# render_site: exercises and self-checks


def test_self_check_answers_are_hidden_until_opened(project: Project) -> None:
    page = site_of(project).pages["modul/kebijakan-inovasi-pelayanan-publik.md"].markdown
    html = to_html(page)

    section = page[page.index("## Uji pemahaman") :]
    assert '<ol class="silabus-choices" type="A">' in section
    assert "<li>Permenpan RB Nomor 91 Tahun 2021</li>" in section
    answer = section[section.index('<details class="success silabus-answer">') :]
    assert answer.index("<summary>Lihat jawaban</summary>") < answer.index(
        "<strong>Jawaban: B. Permenpan RB Nomor 91 Tahun 2021</strong>"
    )
    assert "Permenpan RB 91/2021 tentang Pembinaan" in words(html.text)


def test_exercise_shows_its_task_and_hides_its_model_answer(project: Project) -> None:
    page = site_of(project).pages["modul/kebijakan-inovasi-pelayanan-publik.md"].markdown

    section = page[page.index("## Latihan") : page.index("## Uji pemahaman")]
    assert "### Menilai sebuah inovasi" in section
    assert section.index("Pilih satu inovasi") < section.index("<summary>Contoh jawaban</summary>")
    assert "<strong>Kebaruan</strong>" in section


def test_printed_module_has_its_answers_on_an_answer_key_at_the_end(project: Project) -> None:
    site = site_of(project)
    page = site.pages["modul/berpikir-kreatif.md"].markdown
    stylesheet = site.assets["assets/silabus.css"].decode()

    key = page[page.index('<div class="silabus-answer-key">') :]
    assert "<h2>Kunci jawaban</h2>" in key
    assert "Jawaban: B. Menunda penilaian sampai gagasan terkumpul cukup banyak" in key
    assert page.index("## Uji pemahaman") < page.index('<div class="silabus-answer-key">')
    print_rules = stylesheet[stylesheet.index("@media print") :]
    assert "details.silabus-answer" in print_rules
    assert ".silabus-answer-key{display:block;break-before:page}" in print_rules


def test_the_whole_program_prints_from_one_page(project: Project) -> None:
    program = yaml.safe_load(project.read("curriculum/program.yml"))
    site = site_of(project)

    page = site.pages["cetak/index.md"].markdown

    assert front_matter(page)["search"] == {"exclude": True}
    assert ("Cetak seluruh program", "cetak/index.md") in site.nav[0].children
    module_ids = [module for agenda in program["agendas"] for module in agenda["modules"]]
    titles = [
        yaml.safe_load(project.read(f"curriculum/modules/{module}.yml"))["title"]
        for module in module_ids
    ]
    positions = [page.index(f"\n### {title}\n") for title in titles]
    assert positions == sorted(positions)
    assert page.count('<div class="silabus-page-break"></div>') == len(program["agendas"]) + len(
        module_ids
    )
    assert "\n#### Deskripsi singkat\n" in page


def _nav_pages(children: list[str | tuple[str, str] | NavSection]) -> list[str]:
    found: list[str] = []
    for child in children:
        if isinstance(child, NavSection):
            found += _nav_pages(child.children)
        else:
            found.append(child if isinstance(child, str) else child[1])
    return found


def test_a_long_navigation_level_is_split_into_numbered_groups() -> None:
    assert in_groups(["a", "b"], "Agenda") == ["a", "b"]
    items = [f"p{number}" for number in range(2 * NAV_GROUP + 1)]
    groups = in_groups(items, "Agenda")
    assert [group.title for group in groups if isinstance(group, NavSection)] == [
        f"Agenda 1\u2013{NAV_GROUP}",
        f"Agenda {NAV_GROUP + 1}\u2013{2 * NAV_GROUP}",
        f"Agenda {2 * NAV_GROUP + 1}",
    ]
    assert _nav_pages(groups) == items


def test_many_agendas_are_grouped_in_the_navigation_and_every_page_stays_in_it(
    tmp_path: Path,
) -> None:
    """Material puts the open levels of the navigation into every page: a program of
    17 agendas lists two groups of agendas, not 17 entries, on each module page."""
    project = make_project(tmp_path / "large", modules=170)  # ten modules an agenda
    validation = validate_project(project)
    assert validation.curriculum is not None
    site = render_site(validation.curriculum)
    (agendas,) = [child for child in site.nav[0].children if isinstance(child, NavSection)]
    assert agendas.children[0] == "agenda/index.md"
    groups = [child for child in agendas.children if isinstance(child, NavSection)]
    assert [group.title for group in groups][:2] == ["Agenda 1\u201315", "Agenda 16\u201317"]
    assert [getattr(agenda, "title", None) for agenda in groups[1].children] == [
        "Agenda 16",
        "Agenda 17",
    ]
    listed = _nav_pages([section for section in site.nav])
    assert sorted(path for path in site.pages if path in listed) == sorted(listed)
    assert {path for path in site.pages if path.startswith("modul/")} <= set(listed)


def test_pages_made_again_in_one_process_follow_every_edit(project: Project) -> None:
    """Under `mkdocs serve` module pages and calendars come from a cache when the files
    they are made from are unchanged; an edit to a module shows on its page, on the
    pages of modules that need it first, and in the calendars that schedule it."""
    before = site_of(project)
    project.replace(
        "curriculum/modules/konsep-pelayanan-publik.yml",
        "title: Konsep Pelayanan Publik",
        "title: Konsep Dasar Pelayanan Publik",
    )
    after = site_of(project)
    assert "Konsep Dasar Pelayanan Publik" in page_text(after, "modul/konsep-pelayanan-publik.md")
    assert "Konsep Dasar Pelayanan Publik" not in page_text(before, "modul/berpikir-kreatif.md")
    assert "Konsep Dasar Pelayanan Publik" in page_text(after, "modul/berpikir-kreatif.md")
    calendars = [name for name in after.assets if name.endswith(".ics")]
    assert calendars
    assert any(b"Konsep Dasar Pelayanan Publik" in after.assets[name] for name in calendars)
    unchanged = "modul/desain-inovasi.md"
    assert after.pages[unchanged].markdown == before.pages[unchanged].markdown
    # The page links the glossary's terms: a renamed term changes it too.
    assert "#istilah-laboratorium-inovasi" in after.pages[unchanged].markdown
    project.replace("curriculum/glossary.yml", "term: Laboratorium inovasi", "term: Lab inovasi")
    renamed = site_of(project).pages[unchanged].markdown
    assert "#istilah-laboratorium-inovasi" not in renamed


def test_a_calendar_made_again_after_its_zone_changes_defines_the_new_zone(
    project: Project,
) -> None:
    site_of(project)
    project.replace(
        "curriculum/cohorts/angkatan-i-2019.yml", "timezone: Asia/Jakarta", "timezone: Asia/Bangkok"
    )
    calendar = site_of(project).assets["angkatan/angkatan-i-2019.ics"]
    used = set(re.findall(rb";TZID=([^:;]+)", calendar))
    defined = set(re.findall(rb"\nTZID:([^\r\n]+)", calendar))
    assert used == defined == {b"Asia/Bangkok"}


def test_link_marks_in_curriculum_text_are_kept_as_text(project: Project) -> None:
    """Generated pages mark their links with U+001A until they know their place; the
    same character in a description is dropped, and the text around it kept."""
    module = "curriculum/modules/desain-inovasi.yml"
    described = 'description: "Kode \\x1alink:ABC-123\\x1a rahasia."\n'
    block = re.compile(r"(?m)^description: \|\n(  .*\n|\n)*")
    project.write(module, block.sub(lambda _: described, project.read(module)))
    text = page_text(site_of(project), "modul/desain-inovasi.md")
    assert "Kode link:ABC-123 rahasia." in text


DIRECTION_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_direction_overrides_are_dropped_from_markdown_as_from_plain_text(
    project: Project,
) -> None:
    """An override makes the text shown read differently from the text written."""
    module = "curriculum/modules/desain-inovasi.yml"
    written = "Bayar \u202e54 Rp\u202c dulu, \u2067lalu\u2069 daftar."
    block = re.compile(r"(?m)^description: \|\n(  .*\n|\n)*")
    text = project.read(module).replace("\ntitle: ", f"\ntitle: {written} ", 1)
    project.write(module, block.sub(lambda _: f"description: {written}\n", text))

    site = site_of(project)

    shown = page_text(site, "modul/desain-inovasi.md")
    assert shown.count("Bayar 54 Rp dulu, lalu daftar.") == 2  # the title and the description
    generated = [page.markdown for page in site.pages.values()]
    generated += [content.decode("utf-8", "replace") for content in site.assets.values()]
    assert not [text for text in generated if set(text) & set(DIRECTION_CONTROLS)]
