"""The glossary: terms with definitions, linked from module text, named by modules."""

from __future__ import annotations

from collections.abc import Callable

import yaml

from silabus.model import Term
from silabus.pipeline import validate_project
from silabus.render import render_site
from silabus.render.glossary import link_terms
from tests.conftest import Project
from tests.test_check import formatted, module_yml, program_yml, where

MakeProject = Callable[[dict[str, str]], Project]
GLOSSARY = "curriculum/glossary.yml"
INOVASI = Term(id="inovasi", term="inovasi", definition="Terobosan <b>baru</b> & bermanfaat.")
STUDI = Term(id="studi-tiru", term="studi tiru", definition="Kunjungan belajar.", aliases=["ST"])


def project_naming(make_project: MakeProject, named: list[str], glossary: str | None) -> Project:
    files = {
        "curriculum/program.yml": program_yml(("satu", ["alpha"])),
        "curriculum/modules/alpha.yml": module_yml("alpha") + f"terms: [{', '.join(named)}]\n",
    }
    if glossary is not None:
        files[GLOSSARY] = glossary
    return make_project(files)


def term_yml(term_id: str, term: str, extra: str = "") -> str:
    return f"  - id: {term_id}\n    term: {term}\n    definition: Arti {term}.\n{extra}"


# Linking terms in text


def test_the_first_use_of_each_term_links_to_its_definition() -> None:
    linked: set[str] = set()
    html = "<p>Inovasi dan studi tiru. Lagi inovasi.</p>"

    result = link_terms(html, [INOVASI, STUDI], "../glosarium/", linked)

    assert result == (
        '<p><a class="silabus-term" href="../glosarium/#istilah-inovasi" '
        'title="Terobosan &lt;b&gt;baru&lt;/b&gt; &amp; bermanfaat.">Inovasi</a> dan '
        '<a class="silabus-term" href="../glosarium/#istilah-studi-tiru" '
        'title="Kunjungan belajar.">studi tiru</a>. Lagi inovasi.</p>'
    )
    assert linked == {"inovasi", "studi-tiru"}


def test_terms_in_links_code_and_inside_words_are_left_alone() -> None:
    html = (
        '<h3>Inovasi</h3><p><a href="https://example.org">inovasi</a> <code>inovasi</code> '
        "berinovasi inovasinya</p>"
    )

    assert link_terms(html, [INOVASI], "g/", set()) == html


def test_an_alias_links_to_its_term() -> None:
    result = link_terms("<p>Hasil ST dibahas.</p>", [STUDI], "g/", set())

    assert '<a class="silabus-term" href="g/#istilah-studi-tiru"' in result
    assert ">ST</a>" in result


# Checks


def test_a_term_not_in_the_glossary_is_an_error_with_a_suggestion(
    make_project: MakeProject,
) -> None:
    glossary = "terms:\n" + term_yml("inovasi", "Inovasi")
    project = project_naming(make_project, ["inovas"], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == "the term 'inovas' is not in the glossary"
    assert diagnostic.hint == "did you mean 'inovasi'?"
    assert (diagnostic.path, diagnostic.line) == ("curriculum/modules/alpha.yml", 4)


def test_terms_without_a_glossary_file_are_reported_once(make_project: MakeProject) -> None:
    project = project_naming(make_project, ["inovasi", "studi-tiru"], None)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert "there is no curriculum/glossary.yml" in diagnostic.message


def test_a_word_naming_two_terms_is_an_error(make_project: MakeProject) -> None:
    glossary = (
        "terms:\n"
        + term_yml("inovasi", "Inovasi")
        + term_yml("inovasi-daerah", "Inovasi daerah", "    aliases: [inovasi]\n")
    )
    project = project_naming(make_project, [], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == "'inovasi' already names the term 'inovasi' (line 2)"
    assert diagnostic.line == where(glossary, "[inovasi]")[0]


def test_a_term_id_used_twice_is_an_error(make_project: MakeProject) -> None:
    glossary = "terms:\n" + term_yml("inovasi", "Inovasi") + term_yml("inovasi", "Studi tiru")
    project = project_naming(make_project, [], glossary)

    messages = [d.message for d in validate_project(project.root).diagnostics]

    assert messages == ["the term id 'inovasi' is used twice (first on line 2)"]


# Pages


def test_the_glossary_page_lists_every_term_in_alphabetical_order(project: Project) -> None:
    listed = yaml.safe_load(project.read(GLOSSARY))["terms"]
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)

    site = render_site(validation.curriculum)

    page = site.pages["glosarium/index.md"].markdown
    positions = [page.index(f'id="istilah-{term["id"]}"') for term in listed]
    order = sorted(listed, key=lambda term: term["term"].casefold())
    assert [term["id"] for term in order] == [
        term["id"] for _, term in sorted(zip(positions, listed, strict=True), key=lambda x: x[0])
    ]
    assert "glosarium/index.md" in site.nav[0].children


def test_module_page_defines_its_terms_and_links_them_in_its_text(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    page = render_site(validation.curriculum).pages["modul/studi-tiru.md"].markdown

    assert "## Istilah penting" in page
    assert (
        "- **[Studi tiru](../glosarium/index.md#istilah-studi-tiru)** (Benchmarking visit): "
        in page
    )
    description = page[page.index("## Deskripsi singkat") : page.index("## Hasil belajar")]
    assert description.count('class="silabus-term"') >= 1
    assert 'href="../../glosarium/#istilah-studi-tiru"' in description
