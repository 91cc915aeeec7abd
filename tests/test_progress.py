"""Marks of the pages studied ("sudah dipelajari") as the pages carry them: an
empty place for the toggle on module and material pages, the module list the
program page counts, and the script with the words it shows, in the site's
language. What the script does with them: test_browser_progress.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest

from silabus.render import PROGRESS_SCRIPT, SiteOptions, render_site
from tests.conftest import Project
from tests.test_render import curriculum_of, page_text, site_of

TOGGLE = '<div class="silabus-progress" data-silabus-progress></div>'
MODULE_PAGE = "modul/diagnosis-inovasi.md"
MATERIAL_PAGE = "modul/diagnosis-inovasi/siklus-5d.md"


class _Elements(HTMLParser):
    """The attributes of each element of a kind in an HTML fragment."""

    def __init__(self, source: str, tag: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tag = tag
        self.found: list[dict[str, str | None]] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.tag:
            self.found.append(dict(attrs))


def progress_script(markdown: str) -> dict[str, str | None] | None:
    scripts = [
        script
        for script in _Elements(markdown, "script").found
        if (script.get("src") or "").endswith("silabus-progress.js")
    ]
    assert len(scripts) <= 1
    return scripts[0] if scripts else None


def test_the_site_carries_the_progress_script(project: Project) -> None:
    script = site_of(project).assets[PROGRESS_SCRIPT].decode()

    assert "localStorage" in script
    # Nothing is sent anywhere: the script names no server and asks for nothing.
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest|sendBeacon", script)


@pytest.mark.parametrize(
    ("path", "script_address"),
    [
        (MODULE_PAGE, "../../assets/silabus-progress.js"),
        (MATERIAL_PAGE, "../../../assets/silabus-progress.js"),
    ],
)
def test_module_and_material_pages_have_an_empty_place_for_the_toggle(
    project: Project, path: str, script_address: str
) -> None:
    site = site_of(project)
    markdown = site.pages[path].markdown

    assert markdown.count(TOGGLE) == 1
    # Under the page's title and facts, before the text.
    assert markdown.index(TOGGLE) < markdown.index("\n## ")
    script = progress_script(markdown)
    assert script is not None
    assert script["src"] == script_address
    assert "defer" in script
    # Without the script no button shows and the page's text does not change.
    assert "Tandai" not in page_text(site, path)


def test_the_script_carries_the_words_of_the_site_language(project: Project) -> None:
    indonesian = progress_script(site_of(project).pages[MODULE_PAGE].markdown)
    english = progress_script(site_of(project, "en").pages[MODULE_PAGE].markdown)

    assert indonesian is not None and english is not None
    assert indonesian["data-mark"] == "Tandai sudah dipelajari"
    assert indonesian["data-clear"] == "Hapus tanda kemajuan saya"
    assert indonesian["data-summary"] == "{studied} dari {total} mata pelatihan sudah dipelajari"
    assert english["data-mark"] == "Mark as studied"
    assert english["data-clear"] == "Clear my progress"
    assert english["data-summary"] == "{studied} of {total} modules studied"
    assert english["data-studied"] == "studied"


@pytest.mark.parametrize("directory_urls", [True, False])
def test_the_program_page_lists_every_module_to_count_by_its_folder_address(
    project: Project, directory_urls: bool
) -> None:
    curriculum = curriculum_of(project)
    site = render_site(curriculum, options=SiteOptions(directory_urls=directory_urls))
    markdown = site.pages["program/index.md"].markdown

    (summary,) = [
        element
        for element in _Elements(markdown, "div").found
        if element.get("class") == "silabus-progress-summary"
    ]
    assert "hidden" in summary
    # The same names whether the site is published at modul/x/ or at modul/x.html
    # (the offline copy): the script names every page so.
    assert (summary["data-silabus-modules"] or "").split() == [
        f"modul/{module_id}/" for module_id in curriculum.modules
    ]
    assert progress_script(markdown) is not None


@pytest.mark.parametrize(
    "path", ["program/index.md", "agenda/laboratorium-inovasi/index.md", "ringkasan/index.md"]
)
def test_pages_that_list_modules_load_the_script(project: Project, path: str) -> None:
    assert progress_script(site_of(project).pages[path].markdown) is not None


def test_the_print_page_and_handouts_have_no_toggle_or_script(project: Project) -> None:
    site = site_of(project)

    for path in ["cetak/index.md", "cetak/modul/diagnosis-inovasi.md"]:
        markdown = site.pages[path].markdown
        assert "silabus-progress" not in markdown, path
        # The module's text is there all the same.
        assert "Diagnosis Inovasi Pelayanan Publik" in markdown


def test_the_print_page_leaves_out_the_marks_however_the_templates_write_them(
    project: Project, tmp_path: Path
) -> None:
    """The print page and the handouts reuse the module pages' text: they leave out
    whatever the templates' toggle and script tag say, not one spelling of them."""
    macros = (files("silabus.render") / "templates" / "_macros.md.j2").read_text()
    changed = macros.replace(
        '<div class="silabus-progress" data-silabus-progress',
        '<div data-silabus-progress class="silabus-progress" title="x"',
    ).replace(
        '<script src="{{ url(progress_script) }}" defer',
        '<script defer src="{{ url(progress_script) }}"',
    )
    assert changed.count("data-silabus-progress class=") == 1
    assert changed.count("<script defer src=") == 1
    (tmp_path / "_macros.md.j2").write_text(changed)

    site = render_site(curriculum_of(project), options=SiteOptions(templates=tmp_path))

    assert 'title="x"' in site.pages[MODULE_PAGE].markdown
    assert progress_script(site.pages[MODULE_PAGE].markdown) is not None
    for path in ["cetak/index.md", "cetak/modul/diagnosis-inovasi.md"]:
        assert "silabus-progress" not in site.pages[path].markdown, path
    # The marks that set the toggle and script apart are gone from every page.
    assert not [path for path, page in site.pages.items() if "\x1a" in page.markdown]
