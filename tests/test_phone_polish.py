"""What a participant reads on a phone, checked on the built sample sites: numbers
kept on the line of their unit, a page for each folder of generated pages (`agenda/`,
`modul/`), a browser title said once, a print button, and only the participants'
own hand-written pages (the trainer and organizer guides are in the trainer build)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from silabus.render.meta import single_title
from tests.conftest import REPOSITORY, Project, copy_sample, mkdocs_lines

pytestmark = pytest.mark.xdist_group("phone-polish")

# A number and a unit or counted noun the renderer writes after it, in either language.
_UNITS = (
    "JP|jam|menit|min|minutes?|hours?|h|mata pelatihan|modules?|agendas?|hari|days?|"
    "hari terjadwal|scheduled days|peserta|participants?|kB|MB|WIB|WITA|WIT"
)
# Broken apart by an ordinary space (or line break), which a narrow screen may wrap.
_APART = re.compile(rf"(\S+\s+\S+\s+)?\d[ \t\n]+(?:{_UNITS})\b")


class _Text(HTMLParser):
    """The text of a page as a reader sees it, block by block (a `|` between blocks),
    without the curriculum's own rendered texts (`.silabus-text`), code and scripts."""

    BLOCKS = frozenset({"p", "li", "td", "th", "div", "h1", "h2", "h3", "h4", "br", "tr", "nav"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.texts: list[int] = []  # open divs inside a curriculum text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.texts and tag == "div":
            self.texts[-1] += 1
        elif tag == "div" and "silabus-text" in (dict(attrs).get("class") or ""):
            self.texts = [1]
        if tag in {"script", "style", "code", "pre"}:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("|")

    def handle_endtag(self, tag: str) -> None:
        if self.texts and tag == "div":
            self.texts[-1] -= 1
            if not self.texts[-1]:
                self.texts = []
        if tag in {"script", "style", "code", "pre"}:
            self.hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("|")

    def handle_data(self, data: str) -> None:
        if not self.hidden and not self.texts:
            self.parts.append(data)


def _numbers_apart(site: Path, written: str) -> list[str]:
    """Each number of a generated page broken from its unit, with the page; `written`
    is the curriculum's own text, whose numbers are its authors'."""
    own = " ".join(written.split())
    found = []
    for page in sorted(site.rglob("*.html")):
        if page.parent.name.startswith("panduan") or page.name == "404.html":
            continue  # hand-written pages
        reader = _Text()
        reader.feed(page.read_text(encoding="utf-8"))
        text = "".join(reader.parts)
        for apart in _APART.finditer(text):
            if " ".join(apart.group().split()) not in own:
                found.append(f"{page.relative_to(site)}: {apart.group()!r}")
    return found


def _curriculum_text(root: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((root / "curriculum").rglob("*"))
        if path.suffix in {".yml", ".md"}
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The Indonesian sample, built for participants."""
    project = copy_sample(tmp_path_factory.mktemp("polish") / "project")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    return project


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The English sample (a program without agendas), built for participants."""
    root = tmp_path_factory.mktemp("polish-en") / "shell-workshop"
    shutil.copytree(REPOSITORY / "examples" / "shell-workshop", root)
    project = Project(root)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    return project


def test_no_number_breaks_from_its_unit_on_an_indonesian_site(sample: Project) -> None:
    assert _numbers_apart(sample.path("site"), _curriculum_text(sample.root)) == []


def test_no_number_breaks_from_its_unit_on_an_english_site(english: Project) -> None:
    assert _numbers_apart(english.path("site"), _curriculum_text(english.root)) == []


def test_the_module_list_and_the_jp_note_keep_numbers_with_their_units(sample: Project) -> None:
    agenda = sample.read("site/agenda/laboratorium-inovasi/index.html")
    assert "12&nbsp;JP · 9&nbsp;jam" in agenda
    assert "1&nbsp;JP (jam pelajaran) = 45&nbsp;menit." in agenda
    assert "<strong>3</strong>&nbsp;mata pelatihan" in agenda


def test_the_agenda_folder_lists_every_agenda_with_its_modules(sample: Project) -> None:
    html = sample.read("site/agenda/index.html")
    assert re.search(r"<h1[^>]*>Agenda<", html)
    assert 'href="laboratorium-inovasi/">Agenda III: Laboratorium Inovasi</a>' in html
    assert "39&nbsp;JP · 29,25&nbsp;jam · 3&nbsp;mata pelatihan" in html
    assert 'href="../modul/desain-inovasi/">Desain Inovasi Pelayanan Publik</a>' in html


def test_the_module_folder_lists_every_module(sample: Project) -> None:
    html = sample.read("site/modul/index.html")
    assert re.search(r"<h1[^>]*>Daftar mata pelatihan<", html)
    assert html.count('<li><strong><a href="') == 11
    assert "Jumlah: 156&nbsp;JP · 117&nbsp;jam · 11&nbsp;mata pelatihan" in html


def test_the_index_pages_are_in_the_navigation_and_out_of_search(sample: Project) -> None:
    program = sample.read("site/program/index.html")
    assert 'href="../agenda/"' in program and 'href="../modul/"' in program
    index = json.loads(sample.read("site/search/search_index.json"))
    locations = {entry["location"].partition("#")[0] for entry in index["docs"]}
    assert "modul/desain-inovasi/" in locations
    assert not {"agenda/", "modul/"} & locations  # lists of pages search finds anyway


def test_a_program_without_agendas_has_a_module_list_and_no_agenda_list(
    english: Project,
) -> None:
    html = english.read("site/modules/index.html")
    assert re.search(r"<h1[^>]*>All modules<", html)
    assert 'href="finding-things/">' in html
    assert not english.path("site/agenda").exists()
    assert 'href="../modules/"' in english.read("site/program/index.html")


def test_the_program_page_title_names_the_program_once(sample: Project, english: Project) -> None:
    title = "Pelatihan Pelayanan Publik Berorientasi Inovasi"
    assert f"<title>{title}</title>" in sample.read("site/program/index.html")
    assert f"<title>Desain Inovasi Pelayanan Publik - {title}</title>" in sample.read(
        "site/modul/desain-inovasi/index.html"
    )
    shell = "The Unix Shell for Researchers"
    assert f"<title>{shell}</title>" in english.read("site/program/index.html")


def test_only_a_title_repeated_whole_is_said_once() -> None:
    assert single_title("<title>A b - A b</title>") == "<title>A b</title>"
    assert single_title("<title>A - A b</title>") == "<title>A - A b</title>"
    assert single_title("<title>x - y - x - y</title>") == "<title>x - y</title>"
    assert single_title("<p>no title</p>") == "<p>no title</p>"


def test_the_print_pages_offer_a_print_button_and_keep_a_hint(sample: Project) -> None:
    for page, script in [
        ("site/cetak/index.html", "../assets/silabus-print.js"),
        ("site/cetak/modul/studi-tiru/index.html", "../../../assets/silabus-print.js"),
    ]:
        html = sample.read(page)
        assert (
            '<p class="silabus-print-hint silabus-print-action" '
            'data-label="Cetak atau simpan sebagai PDF">'
            "Cetak lewat menu peramban atau dengan Ctrl+P.</p>"
        ) in html
        assert f'<script src="{script}" defer></script>' in html
        assert "(Ctrl+P);" not in html
    assert "window.print()" in sample.read("site/assets/silabus-print.js")


def test_the_guides_for_trainers_are_not_in_the_participant_site(sample: Project) -> None:
    site = sample.path("site")
    assert not (site / "panduan-pelatih").exists()
    assert not (site / "panduan-penyelenggara").exists()
    assert (site / "panduan-peserta" / "index.html").is_file()
    assert "panduan-pelatih" not in sample.read("site/index.html")
    assert "panduan-pelatih" not in sample.read("site/sitemap.xml")


def test_participant_search_finds_no_guide_for_trainers(sample: Project) -> None:
    """A search for "layanan" found the YAML examples of the trainer guide."""
    index = json.loads(sample.read("site/search/search_index.json"))
    found = {
        entry["location"].partition("/")[0]
        for entry in index["docs"]
        if "layanan" in (entry["title"] + entry["text"]).lower()
    }
    assert "modul" in found
    assert not {"panduan-pelatih", "panduan-penyelenggara"} & found


TRAINER_SETTINGS = (
    "INHERIT: mkdocs.yml\nsite_dir: site-trainer\nextra:\n  silabus:\n    audience: trainer\n"
)


def test_the_trainer_build_has_the_guides(sample: Project) -> None:
    sample.write("mkdocs-trainer.yml", TRAINER_SETTINGS)
    built = sample.mkdocs_build("--strict", "-f", "mkdocs-trainer.yml")
    assert built.returncode == 0, built.stderr
    assert sample.path("site-trainer/panduan-pelatih/index.html").is_file()
    assert 'href="../panduan-penyelenggara/"' in sample.read(
        "site-trainer/panduan-pelatih/index.html"
    )
    index = json.loads(sample.read("site-trainer/search/search_index.json"))
    assert any(entry["location"].startswith("panduan-pelatih/") for entry in index["docs"])


def test_a_participant_page_linking_to_a_trainer_page_is_named(project: Project) -> None:
    project.write(
        "docs/index.md",
        project.read("docs/index.md") + "\nLihat [panduan pelatih](panduan-pelatih.md#templat).\n",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    lines = mkdocs_lines(built.stderr)
    line = len(project.read("docs/index.md").splitlines())
    assert (
        f"docs/index.md:{line}:25: warning: this page is for participants, but links to "
        "'panduan-pelatih.md#templat', a page marked 'audience: trainer' that only the "
        "trainer build has  [P020]"
    ) in lines
    assert any(line.startswith("    hint: link to the page where participants") for line in lines)
    project.write("mkdocs-trainer.yml", TRAINER_SETTINGS)
    trainer = project.mkdocs_build("--strict", "-f", "mkdocs-trainer.yml")
    assert trainer.returncode == 0, trainer.stderr


def test_an_audience_no_build_knows_is_named(project: Project) -> None:
    project.replace("docs/panduan-penyelenggara.md", "audience: trainer", "audience: pelatihh")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert (
        "docs/panduan-penyelenggara.md:4:1: warning: 'audience: pelatihh' names no audience, "
        "so the page is left out of the participants' build (only the trainer build has it)"
        "  [P021]"
    ) in mkdocs_lines(built.stderr)


def test_a_page_for_trainers_leaves_the_navigation_of_any_project(project: Project) -> None:
    project.write("docs/catatan/rapat.md", "---\naudience: trainer\n---\n\n# Rapat tim\n")
    project.replace(
        "mkdocs.yml",
        "  - panduan-peserta.md\n",
        "  - panduan-peserta.md\n  - Tim: [catatan/rapat.md]\n",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert not project.path("site/catatan").exists()
    assert ">Tim<" not in project.read("site/index.html")
