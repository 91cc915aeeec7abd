"""One curriculum, three engines. The sample, published under a sub-path as GitHub
Pages publishes a project site, is built by `silabus build --engine` with MkDocs +
Material, ProperDocs + Material and Zensical, and each site is compared with the
MkDocs one: the pages and files it publishes, the navigation, the calendars,
Silabus's styles and scripts, the course data, the links (glossary, tags, print
page), the 404 page, the trainer build and the offline copy; and a broken
curriculum stops every engine with the same lines, leaving the site as it was.
What an engine cannot do is in the organizer guide's table of engines."""

from __future__ import annotations

import json
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.conftest import REPOSITORY, Project, copy_sample, mkdocs_lines, snapshot

ENGINES = ("mkdocs", "properdocs", "zensical")
OTHERS = ENGINES[1:]  # compared with MkDocs, the engine the project was written for
SITE_URL = "https://contoh-bpsdm.github.io/silabus/"
SUB_PATH = "/silabus/"
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}  # calendars are stamped with the build's time
TRAINER_NOTE = "Konfirmasi lokus studi tiru paling lambat"  # studi-tiru's trainer notes

# The same set of tests runs in one worker, which builds the sites once.
pytestmark = pytest.mark.xdist_group("engines")

# Files each engine makes its own way: the theme's assets, the search index, the
# sitemap's compressed copy and the tags plugin's data.
ENGINE_FILES = re.compile(
    r"^(assets/(?!silabus)|search/|search\.js(on)?$|sitemap\.xml\.gz$|tags\.json$)"
)


@dataclass(frozen=True)
class Built:
    project: Project
    site: Path
    trainer: Path

    def files(self, site: Path | None = None) -> dict[str, Path]:
        """The site's files by their path in it, the engine's own left out."""
        site = site or self.site
        return {
            path.relative_to(site).as_posix(): path
            for path in sorted(site.rglob("*"))
            if path.is_file() and not ENGINE_FILES.match(path.relative_to(site).as_posix())
        }

    def pages(self) -> dict[str, str]:
        return {
            name: path.read_text(encoding="utf-8")
            for name, path in self.files().items()
            if name.endswith(".html")
        }


def _build(project: Project, engine: str, *arguments: str) -> str:
    built = project.run(
        sys.executable, "-m", "silabus", "build", "--engine", engine, *arguments, env=EPOCH
    )
    assert built.returncode == 0, built.stderr
    return built.stderr


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    built = {}
    for engine in ENGINES:
        project = copy_sample(tmp_path_factory.mktemp("parity") / engine)
        shutil.copy2(REPOSITORY / "mkdocs-trainer.yml", project.path("mkdocs-trainer.yml"))
        project.replace(
            "mkdocs.yml",
            "# site_url: https://<organization>.github.io/<repository>/",
            f"site_url: {SITE_URL}",
        )
        _build(project, engine, "--strict")
        _build(project, engine, "--strict", "--audience", "trainer")
        built[engine] = Built(project, project.path("site"), project.path("site-trainer"))
    return built


def _address(page: str) -> str:
    """The address a built file is served at, under the sub-path."""
    return SUB_PATH + page.removesuffix("index.html")


def _target(page: str, link: str) -> str:
    """Where a link of `page` leads: the path below the server's root, and #fragment."""
    found = urlsplit(urljoin(f"https://example.org{_address(page)}", link))
    return unquote(found.path) + (f"#{found.fragment}" if found.fragment else "")


class _Links(HTMLParser):
    """The addresses (href, src) of a page: all of them, those in the article, and
    those of the main navigation, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.all: list[str] = []
        self.article: list[str] = []
        self.nav: list[str] = []
        self.terms: list[str] = []
        self._in_article = 0
        self._in_nav = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "article":
            self._in_article += 1
        if tag == "nav" and (self._in_nav or "md-nav--primary" in classes):
            self._in_nav += 1
        link = found.get("href") or found.get("src")
        if link is None or tag not in {"a", "img", "script", "link", "source"}:
            return
        self.all.append(link)
        if self._in_article:
            self.article.append(link)
        if self._in_nav and tag == "a":
            self.nav.append(link)
        if "silabus-term" in classes:
            self.terms.append(link)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._in_article:
            self._in_article -= 1
        if tag == "nav" and self._in_nav:
            self._in_nav -= 1


def _links(html: str) -> _Links:
    parsed = _Links()
    parsed.feed(html)
    return parsed


def _is_external(link: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", link)) or link.startswith("//")


_GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)"')
GENERATOR = {"mkdocs": "mkdocs-1.", "properdocs": "ProperDocs", "zensical": "zensical-"}


@pytest.mark.parametrize("engine", ENGINES)
def test_each_site_is_built_by_its_engine(sites: dict[str, Built], engine: str) -> None:
    for site in (sites[engine].site, sites[engine].trainer):
        home = (site / "index.html").read_text(encoding="utf-8")
        generator = _GENERATOR.search(home)
        assert generator is not None and GENERATOR[engine] in generator.group(1)


@pytest.mark.parametrize("engine", OTHERS)
def test_every_engine_publishes_the_same_pages_and_files(
    sites: dict[str, Built], engine: str
) -> None:
    expected, found = sites["mkdocs"].files(), sites[engine].files()
    assert sorted(found) == sorted(expected)
    assert "modul/studi-tiru/index.html" in found and "angkatan/angkatan-ii-2027.ics" in found
    # Calendars, figures and downloads are the same bytes; so are Silabus's assets.
    for name in expected:
        if not name.endswith((".html", ".xml")):
            assert found[name].read_bytes() == expected[name].read_bytes(), name


@pytest.mark.parametrize("engine", OTHERS)
def test_the_navigation_lists_the_pages_in_the_same_order(
    sites: dict[str, Built], engine: str
) -> None:
    def order(page: str, html: str) -> list[str]:
        """The pages the navigation leads to, in order: each once, the page itself
        (which a theme may show as a link or as text) and its headings left out."""
        found = [_target(page, link).split("#")[0] for link in _links(html).nav]
        return list(dict.fromkeys(path for path in found if path != _address(page)))

    for page in ("index.html", "program/index.html", "modul/studi-tiru/index.html"):
        expected = order(page, sites["mkdocs"].pages()[page])
        assert len(expected) >= 3
        assert order(page, sites[engine].pages()[page]) == expected, page


@pytest.mark.parametrize("engine", ENGINES)
def test_every_link_of_every_page_leads_to_a_file_of_the_site(
    sites: dict[str, Built], engine: str
) -> None:
    site = sites[engine].site
    broken = []
    for page, html in sites[engine].pages().items():
        for link in _links(html).all:
            if _is_external(link) or link.startswith("#"):
                continue
            path = _target(page, link).split("#")[0]
            inside = path.removeprefix(SUB_PATH)
            if (
                not path.startswith(SUB_PATH)
                or not ((site / inside).is_file() or (site / inside / "index.html").is_file())
            ) and inside != "":
                broken.append(f"{page}: {link}")
    assert broken == []


@pytest.mark.parametrize("engine", OTHERS)
def test_pages_link_to_the_same_places(sites: dict[str, Built], engine: str) -> None:
    """Glossary terms, references, modules, cohorts, figures and downloads: every
    link in every page's text leads where it leads on the MkDocs site."""
    expected, found = sites["mkdocs"].pages(), sites[engine].pages()
    for page, html in expected.items():
        if page == "tema/index.html":  # Material links each tag's heading to itself
            continue
        theirs = {_target(page, link) for link in _links(html).article}
        ours = {_target(page, link) for link in _links(found[page]).article}
        assert ours == theirs, page
    terms = [
        _target("modul/studi-tiru/", link)
        for link in _links(found["modul/studi-tiru/index.html"]).terms
    ]
    assert f"{SUB_PATH}glosarium/#istilah-studi-tiru" in terms


@pytest.mark.parametrize("engine", OTHERS)
def test_the_tags_page_lists_the_same_modules_under_each_tag(
    sites: dict[str, Built], engine: str
) -> None:
    def listed(html: str) -> set[str]:
        return {
            _target("tema/index.html", link) for link in _links(html).article if "/modul/" in link
        }

    expected = listed(sites["mkdocs"].pages()["tema/index.html"])
    assert len(expected) >= 5
    assert listed(sites[engine].pages()["tema/index.html"]) == expected


_SCRIPT_OR_STYLE = re.compile(r'(?:src|href)="[^"]*/(silabus[\w.-]*\.(?:js|css))"')


@pytest.mark.parametrize("engine", ENGINES)
def test_every_page_loads_silabus_styles_and_the_scripts_it_needs(
    sites: dict[str, Built], engine: str
) -> None:
    reference = sites["mkdocs"].pages()
    for page, html in sites[engine].pages().items():
        loaded = set(_SCRIPT_OR_STYLE.findall(html))
        assert "silabus.css" in loaded, page
        assert loaded == set(_SCRIPT_OR_STYLE.findall(reference[page])), page
    cohort = sites[engine].pages()["angkatan/angkatan-ii-2027/index.html"]
    assert "silabus-schedule.js" in _SCRIPT_OR_STYLE.findall(cohort)


_COURSE_DATA = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
_PREVIEW = re.compile(r'<meta property="og:\w+" content="[^"]*">')


@pytest.mark.parametrize("engine", OTHERS)
def test_course_data_and_link_previews_are_the_same(sites: dict[str, Built], engine: str) -> None:
    expected, found = sites["mkdocs"].pages(), sites[engine].pages()
    with_data = 0
    for page, html in expected.items():
        data = [json.loads(block) for block in _COURSE_DATA.findall(html)]
        assert [json.loads(block) for block in _COURSE_DATA.findall(found[page])] == data, page
        with_data += bool(data)
        assert _PREVIEW.findall(found[page]) == _PREVIEW.findall(html), page
    assert with_data >= 3  # the program and both cohorts
    program = json.loads(_COURSE_DATA.findall(found["program/index.html"])[0])
    assert program["@type"] == "Course" and program["url"] == f"{SITE_URL}program/"


_HEADING = re.compile(r"<h([123])\b[^>]*>(.*?)</h\1>", re.DOTALL)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@pytest.mark.parametrize("engine", OTHERS)
def test_the_print_page_holds_the_whole_program_in_order(
    sites: dict[str, Built], engine: str
) -> None:
    def headings(html: str) -> list[str]:
        article = html[html.index("<article") : html.index("</article>")]
        return [
            unescape(_TAG.sub("", _HEADERLINK.sub("", text))).strip()
            for _, text in _HEADING.findall(article)
        ]

    expected = headings(sites["mkdocs"].pages()["cetak/index.html"])
    assert "Studi Tiru Inovasi Pelayanan Publik" in expected and len(expected) > 10
    assert headings(sites[engine].pages()["cetak/index.html"]) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_the_404_page_says_so_in_the_site_language_and_leads_home(
    sites: dict[str, Built], engine: str
) -> None:
    page = sites[engine].pages()["404.html"]
    assert "404 \N{EN DASH} Halaman tidak ditemukan" in page
    home = re.search(r'<a href="([^"]*)">Kembali ke beranda</a>', page)
    assert home is not None and home.group(1).rstrip(".") == SUB_PATH
    # Served at any address: its styles come from the site's root, not from beside it.
    assert f'href="{SUB_PATH}assets/silabus.css"' in page


@pytest.mark.parametrize("engine", ENGINES)
def test_trainer_notes_are_in_the_trainer_site_only(sites: dict[str, Built], engine: str) -> None:
    built = sites[engine]
    assert TRAINER_NOTE in (built.trainer / "modul/studi-tiru/index.html").read_text("utf-8")
    # In no file of the participant site: pages, search index, course data.
    holding = [
        path.relative_to(built.site).as_posix()
        for path in built.site.rglob("*")
        if path.is_file() and TRAINER_NOTE.encode() in path.read_bytes()
    ]
    assert holding == []
    reference = sites["mkdocs"]
    assert sorted(built.files(built.trainer)) == sorted(reference.files(reference.trainer))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_broken_curriculum_stops_every_engine_with_the_same_line(
    sites: dict[str, Built], engine: str, tmp_path: Path
) -> None:
    project = sites[engine].project
    before = snapshot(project.path("site"), with_times=True)
    broken = project.path("curriculum/modules/studi-tiru.yml")
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good.replace("\ntitle:", "\ntitel:", 1), encoding="utf-8")
    try:
        stopped = project.run(
            sys.executable, "-m", "silabus", "build", "--engine", engine, "--strict", env=EPOCH
        )
    finally:
        broken.write_text(good, encoding="utf-8")

    assert stopped.returncode == 1
    assert "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]" in (
        mkdocs_lines(stopped.stderr)
    )
    assert "Traceback" not in stopped.stderr
    assert snapshot(project.path("site"), with_times=True) == before


def _offline_files(project: Project, engine: str, output: Path) -> set[str]:
    made = project.silabus("offline", "--engine", engine, "--output", str(output))
    assert made.returncode == 0, made.stderr
    (archive,) = output.glob("*-offline.zip")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        (home,) = [name for name in names if re.fullmatch(r"[^/]+/index\.html", name)]
        generator = _GENERATOR.search(opened.read(home).decode())
        assert generator is not None and GENERATOR[engine] in generator.group(1), engine
        return {name.split("/", 1)[1] for name in opened.namelist()}


def test_the_offline_copy_has_the_same_pages_with_every_engine(
    sites: dict[str, Built], tmp_path: Path
) -> None:
    """Searching it from files is tried in a browser (test_browser)."""
    copies = {
        engine: _offline_files(sites[engine].project, engine, tmp_path / engine)
        for engine in ENGINES
    }
    expected = {name for name in copies["mkdocs"] if not ENGINE_FILES.match(name)}
    assert "modul/studi-tiru.html" in expected and "angkatan/angkatan-ii-2027.ics" in expected
    for engine, names in copies.items():
        # Search from files, with the site's own copy of the script it needs.
        assert "assets/javascripts/iframe-worker-shim.js" in names, engine
        assert {name for name in names if not ENGINE_FILES.match(name)} == expected, engine
