"""Page addresses in the site's language: an Indonesian program publishes at the
addresses it always had (`modul/`, `angkatan/`, `cetak/`), an English one at English
words (`modules/`, `cohorts/`, `print/`); a link written for the other language's
addresses is named with the right one."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from silabus.addresses import ENGLISH, INDONESIAN, site_paths
from silabus.pipeline import validate_project
from silabus.render import Site, render_site
from tests.conftest import Project, copy_sample, mkdocs_lines

INDONESIAN_FOLDERS = {
    "program", "agenda", "modul", "cetak", "ringkasan", "glosarium", "referensi",
    "lembar-kerja", "angkatan", "assets",
}  # fmt: skip
ENGLISH_FOLDERS = {
    "program", "agenda", "modules", "print", "summary", "glossary", "references",
    "worksheets", "cohorts", "assets",
}  # fmt: skip
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def in_english(project: Project) -> Project:
    project.replace("mkdocs.yml", "  language: id", "  language: en")
    project.replace("curriculum/program.yml", "\nlanguage: id", "\nlanguage: en")
    return project


def site_of(project: Project) -> Site:
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    return render_site(validation.curriculum)


def folders_of(site: Site) -> set[str]:
    paths = [*site.pages, *site.assets, *site.files]
    return {PurePosixPath(path).parts[0] for path in paths}


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The sample with its program and site in English, built with --strict."""
    project = in_english(copy_sample(tmp_path_factory.mktemp("english") / "project"))
    built = project.run(sys.executable, "-m", "mkdocs", "build", "--strict", env=EPOCH)
    assert built.returncode == 0, built.stderr
    return project


def test_an_indonesian_program_keeps_the_addresses_it_always_had(project: Project) -> None:
    site = site_of(project)

    assert folders_of(site) == INDONESIAN_FOLDERS
    assert "modul/desain-inovasi.md" in site.pages
    assert "cetak/modul/berpikir-kreatif.md" in site.pages
    assert "angkatan/angkatan-ii-2027.ics" in site.assets


def test_an_english_program_publishes_at_english_words(project: Project) -> None:
    in_english(project)

    site = site_of(project)

    assert folders_of(site) == ENGLISH_FOLDERS
    assert {
        "program/index.md",
        "agenda/kreativitas-dan-inovasi/index.md",
        "modules/desain-inovasi.md",
        "modules/berpikir-kreatif/pengantar.md",
        "print/index.md",
        "print/modules/berpikir-kreatif.md",
        "summary/index.md",
        "glossary/index.md",
        "references/index.md",
        "worksheets/index.md",
        "cohorts/index.md",
        "cohorts/angkatan-ii-2027.md",
    } <= set(site.pages)
    assert "cohorts/angkatan-ii-2027.ics" in site.assets
    assert any(path.startswith("modules/berpikir-kreatif/gambar/") for path in site.files)


@pytest.mark.parametrize("scheme", ["modul", "module"])
def test_a_link_by_id_in_either_language_leads_to_the_english_address(
    project: Project, scheme: str
) -> None:
    in_english(project)
    project.replace(
        "curriculum/modules/studi-tiru.yml",
        "description: |\n",
        f"description: |\n  Lihat [desain]({scheme}:desain-inovasi#materi).\n\n",
    )

    page = site_of(project).pages["modules/studi-tiru.md"].markdown

    assert 'href="../desain-inovasi/#materi"' in page


def test_a_path_of_one_language_is_translated_to_the_other() -> None:
    assert ENGLISH.translated("cetak/modul/x.md", INDONESIAN) == "print/modules/x.md"
    assert ENGLISH.translated("angkatan/a.ics", INDONESIAN) == "cohorts/a.ics"
    assert INDONESIAN.translated("glossary/", ENGLISH) == "glosarium/"
    assert ENGLISH.translated("program/index.md", INDONESIAN) is None
    assert ENGLISH.translated("modulx/a.md", INDONESIAN) is None
    assert site_paths("id") is INDONESIAN and site_paths("en") is ENGLISH


def _article_links(html: str) -> list[str]:
    """The page's own links and sources, without other servers' and the theme's."""
    if "<article" not in html:
        return []
    article = html[html.index("<article") : html.index("</article>")]
    return [
        link
        for link in re.findall(r'(?:href|src)="([^"#]*)(?:#[^"]*)?"', article)
        if link and not re.match(r"[a-z]+:|/", link)
    ]


def test_an_english_site_builds_strictly_and_every_link_leads_to_a_built_file(
    english: Project,
) -> None:
    site = english.path("site")
    folders = {path.name for path in site.iterdir() if path.is_dir()}

    assert folders >= ENGLISH_FOLDERS | {"themes"}
    assert not folders & (INDONESIAN_FOLDERS - ENGLISH_FOLDERS | {"tema"})
    missing = []
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        for link in _article_links(page.read_text(encoding="utf-8")):
            target = (page.parent / link).resolve()
            if not (target.is_file() or (target / "index.html").is_file()):
                missing.append((page.relative_to(site).as_posix(), link))
    assert len(pages) > 40
    assert missing == []
    cohort = english.read("site/cohorts/angkatan-ii-2027/index.html")
    assert 'href="../angkatan-ii-2027.ics"' in cohort
    assert 'href="../../modules/desain-inovasi/"' in cohort


def test_an_english_offline_copy_links_page_to_page_at_english_addresses(
    english: Project, tmp_path: Path
) -> None:
    made = english.silabus("offline", "--output", str(tmp_path))
    assert made.returncode == 0, made.stderr
    (copy,) = tmp_path.glob("*.zip")
    with zipfile.ZipFile(copy) as archive:
        folder = copy.stem + "/"
        names = set(archive.namelist())
        cohort = archive.read(folder + "cohorts/angkatan-ii-2027.html").decode()

    assert folder + "modules/desain-inovasi.html" in names
    assert folder + "print/modules/berpikir-kreatif.html" in names
    assert not any(name.startswith(folder + "modul/") for name in names)
    links = [link for link in _article_links(cohort) if link.startswith("../")]
    assert links
    for link in links:
        resolved = PurePosixPath(folder + "cohorts", link).as_posix()
        parts: list[str] = []
        for part in resolved.split("/"):
            if part == "..":
                parts.pop()
            else:
                parts.append(part)
        assert "/".join(parts) in names, link


@pytest.mark.xdist_group("engines")
def test_zensical_publishes_an_english_site_at_the_addresses_mkdocs_does(
    english: Project, tmp_path: Path
) -> None:
    project = copy_sample(tmp_path / "zensical")
    in_english(project)

    built = project.run(
        sys.executable, "-m", "silabus", "build", "--engine", "zensical", "--strict", env=EPOCH
    )

    assert built.returncode == 0, built.stderr

    def published(site: Path) -> list[str]:
        return sorted(
            path.relative_to(site).as_posix()
            for path in site.rglob("*")
            if path.suffix in {".html", ".ics"} and path.relative_to(site).parts[0] != "404.html"
        )

    assert published(project.path("site")) == published(english.path("site"))
    assert project.path("site/modules/desain-inovasi/index.html").is_file()


def _build_lines(project: Project) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    built = project.mkdocs_build("--strict")
    return built, mkdocs_lines(built.stderr)


def test_a_hand_written_link_to_an_indonesian_address_names_the_english_one(
    project: Project,
) -> None:
    in_english(project)
    text = project.read("docs/index.md") + (
        "\nSee [Studi tiru](modul/studi-tiru.md#tujuan), [the glossary](glosarium/), "
        "`modul/not-a-link.md` and [the print page](program/index.md).\n"
    )
    project.write("docs/index.md", text)
    line = len(text.splitlines())

    built, lines = _build_lines(project)

    assert built.returncode == 1
    assert (
        f"docs/index.md:{line}:18: warning: 'modul/studi-tiru.md#tujuan' is an address of a "
        "site whose program is in 'id'; this program is in 'en', so its site publishes that at "
        "'modules/studi-tiru.md#tujuan'  [P015]"
    ) in lines
    assert (
        "    hint: link to 'modules/studi-tiru.md#tujuan': the addresses of the curriculum's "
        "pages follow 'language:' in curriculum/program.yml"
    ) in lines
    assert any(
        found.startswith(f"docs/index.md:{line}:62: warning: 'glosarium/' is an address")
        and found.endswith("publishes that at 'glossary/'  [P015]")
        for found in lines
    )
    assert sum("[P015]" in found for found in lines) == 2


def test_a_nav_entry_at_an_indonesian_address_names_the_english_one(project: Project) -> None:
    in_english(project)
    project.replace(
        "mkdocs.yml", "  - panduan-peserta.md\n", "  - panduan-peserta.md\n  - angkatan/index.md\n"
    )
    line = project.read("mkdocs.yml").splitlines().index("  - angkatan/index.md") + 1

    built, lines = _build_lines(project)

    assert built.returncode == 1
    assert (
        f"mkdocs.yml:{line}:5: warning: nav names 'angkatan/index.md', an address of a site "
        "whose program is in 'id'; this program is in 'en', so its site publishes that at "
        "'cohorts/index.md'  [P016]"
    ) in lines


def test_the_cohorts_section_is_placed_in_the_nav_at_its_english_address(
    project: Project,
) -> None:
    in_english(project)
    project.replace(
        "mkdocs.yml",
        "  - panduan-peserta.md\n",
        "  - panduan-peserta.md\n  - Schedules: cohorts/index.md\n",
    )

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert "Schedules" in project.read("site/cohorts/index.html")


def test_an_indonesian_site_names_its_own_address_for_an_english_one(project: Project) -> None:
    text = project.read("docs/index.md") + "\n[Jadwal](cohorts/)\n"
    project.write("docs/index.md", text)
    line = len(text.splitlines())

    built, lines = _build_lines(project)

    assert built.returncode == 1
    assert (
        f"docs/index.md:{line}:10: warning: 'cohorts/' is an address of a site whose program "
        "is in 'en'; this program is in 'id', so its site publishes that at 'angkatan/'  [P015]"
    ) in lines


def test_a_link_by_address_in_a_text_says_which_link_by_id_to_write(project: Project) -> None:
    in_english(project)
    project.write(
        "curriculum/modules/studi-tiru/persiapan.md",
        project.read("curriculum/modules/studi-tiru/persiapan.md")
        + "\nSee [design](../../modules/desain-inovasi/) and [terms](glosarium/).\n",
    )

    validated = project.silabus("validate")

    lines = validated.stdout.splitlines()
    assert validated.returncode == 1
    design = next(i for i, found in enumerate(lines) if "'../../modules/desain-inovasi/'" in found)
    assert lines[design].endswith("[M009]")
    assert lines[design + 1] == (
        "    hint: this is the address of a page of the course, which differs from one site "
        "to another: link to it by its id, 'module:desain-inovasi'"
    )
    terms = next(i for i, found in enumerate(lines) if "'glosarium/'" in found)
    assert lines[terms + 1].endswith("link to it by its id, 'istilah:<id>'")
