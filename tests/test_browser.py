"""The sample site in a real browser (Chromium, driven by Playwright), as a
participant on a phone sees it: published under a sub-path the way GitHub Pages
publishes a project site, and as the offline copy opened from files.

Chromium comes from the system (Debian's `chromium`), not from Playwright's own
download. Without it the tests are skipped with a message; under CI they fail.
Screenshots of every page type go to test-results/screenshots/.
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import REPOSITORY, copy_sample, node_package, require

SCREENSHOTS = REPOSITORY / "test-results" / "screenshots"
SUB_PATH = "/silabus/"
REPO_URL = "https://github.com/contoh-bpsdm/silabus"
PHONE = {"width": 360, "height": 740}

# One page of each kind the site has, by name: hand-written, generated, and 404.
PAGE_TYPES = {
    "home": "",
    "guide": "panduan-peserta/",
    "program": "program/",
    "agenda": "agenda/laboratorium-inovasi/",
    "module": "modul/desain-inovasi/",
    "module-with-materials": "modul/berpikir-kreatif/",
    "material": "modul/diagnosis-inovasi/siklus-5d/",
    "summary": "ringkasan/",
    "themes": "tema/",
    "glossary": "glosarium/",
    "references": "referensi/",
    "worksheets": "lembar-kerja/",
    "worksheet": "lembar-kerja/rancangan-aksi-perubahan/",
    "print": "cetak/",
    "handout": "cetak/modul/studi-tiru/",
    "cohorts": "angkatan/",
    "cohort": "angkatan/angkatan-ii-2027/",
    "not-found": "no-such-page/",
}

# What a participant downloads on a first visit (every file the page loads,
# gzip-compressed as GitHub Pages serves them), measured on the sample site and
# documented in the organizer guide. A page over its budget fails the build.
PAGE_WEIGHT_BUDGET = {"home": 100_000, "module": 100_000}
# Files GitHub Pages sends compressed; images and fonts go as they are.
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml")


def chromium_executable() -> str:
    """Debian's Chromium (or another on PATH, or SILABUS_CHROMIUM)."""
    found = os.environ.get("SILABUS_CHROMIUM") or next(
        (
            path
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (path := shutil.which(name))
        ),
        None,
    )
    require(
        found is not None,
        "Chromium",
        "install it (Debian: `apt-get install chromium`) or set SILABUS_CHROMIUM",
    )
    assert found is not None
    return found


class _SubPathSite(http.server.SimpleHTTPRequestHandler):
    """Serves a built site under SUB_PATH, and the site's 404.html with status 404
    for any other address, as GitHub Pages serves a project site."""

    site_dir: Path

    def translate_path(self, path: str) -> str:
        address = urlsplit(path).path
        if not address.startswith(SUB_PATH):
            return str(self.site_dir / "no-such-file")
        return super().translate_path("/" + address.removeprefix(SUB_PATH))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.site_dir / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Served:
    """The sample site, built and served at `base` (a sub-path of a local server)."""

    site_dir: Path
    base: str

    def url(self, page: str) -> str:
        return self.base + page


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The sample site with its published address and repository set, as an
    organizer sets them for GitHub Pages, served under /silabus/."""
    project = copy_sample(tmp_path_factory.mktemp("browser") / "project")
    site_dir = project.root / "site"
    handler = type("Handler", (_SubPathSite,), {"site_dir": site_dir})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: handler(*a, directory=str(site_dir))
    )
    base = f"http://127.0.0.1:{server.server_port}{SUB_PATH}"
    config = project.read("mkdocs.yml")
    project.write("mkdocs.yml", f"site_url: {base}\nrepo_url: {REPO_URL}\n{config}")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(site_dir, base)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module", params=["mkdocs", "properdocs", "zensical"])
def offline_site(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The offline copy of the sample built by each engine, unzipped: its index.html."""
    # Numbered: the browser test files that borrow this fixture each build their own.
    scratch = tmp_path_factory.mktemp(f"offline-{request.param}")
    project = copy_sample(scratch / "project")
    made = project.silabus("offline", "--engine", request.param, "--output", str(scratch / "dist"))
    assert made.returncode == 0, made.stderr
    (archive,) = (scratch / "dist").glob("*-offline.zip")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(scratch / "unzipped")
    (index,) = (scratch / "unzipped").glob("*/index.html")
    return index


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_executable()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright for Python", "run `make test`, which installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh phone-sized tab with nothing cached."""
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def screenshot(page: Any, name: str) -> None:
    """The page from its top, at most about eight screens long."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width, height = page.evaluate(
        "[document.documentElement.clientWidth, document.documentElement.scrollHeight]"
    )
    clip = {"x": 0, "y": 0, "width": width, "height": min(height, 6000)}
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True, clip=clip)


def h1(page: Any) -> str:
    return str(page.locator("article h1").first.inner_text()).strip()


def test_home_to_a_module_and_back(served: Served, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(served.url(""))
    page.locator(".md-sidebar--primary").get_by_role("link", name="Kurikulum").first.click()
    assert h1(page) == "Pelatihan Pelayanan Publik Berorientasi Inovasi"
    page.locator("article").get_by_role(
        "link", name="Desain Inovasi Pelayanan Publik"
    ).first.click()
    assert page.url == served.url("modul/desain-inovasi/")
    assert h1(page) == "Desain Inovasi Pelayanan Publik"
    page.go_back()
    assert page.url == served.url("program/")
    assert h1(page) == "Pelatihan Pelayanan Publik Berorientasi Inovasi"
    page.go_back()
    assert page.url == served.url("")


def _search(page: Any, word: str) -> list[str]:
    """Type into Material's search (phone layout: open it first) and return the
    addresses of the results."""
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").click()
    page.keyboard.type(word, delay=20)
    results = page.locator(".md-search-result__item > a")
    # Results of the whole word, not of a prefix typed on the way (links carry ?h=word).
    results.and_(page.locator(f'[href*="h={word}"]')).first.wait_for()
    return [str(link.get_attribute("href")) for link in results.all()]


def test_search_finds_a_word_of_a_module(served: Served, page: Any) -> None:
    page.goto(served.url(""))
    addresses = _search(page, "prototipe")
    assert any("modul/desain-inovasi/" in address for address in addresses), addresses
    page.locator(".md-search-result__item > a", has_text="Desain Inovasi").first.click()
    assert h1(page) == "Desain Inovasi Pelayanan Publik"


_FOUND = re.compile(r"(\d+) dokumen ditemukan")


def _found(page: Any, word: str) -> int:
    """How many pages Material's search finds for `word`, typed into a fresh page."""
    page.reload()
    _search(page, word)
    meta = str(page.locator(".md-search-result__meta").inner_text())
    count = _FOUND.search(meta)
    assert count is not None, meta
    return int(count.group(1))


def _finds_by_root(page: Any) -> None:
    """A root and its affixed forms find the same pages: layanan, pelayanan and
    melayani; pimpin and kepemimpinan (which one module's key point says)."""
    served = {word: _found(page, word) for word in ("layanan", "pelayanan", "melayani")}
    assert served["layanan"] > 20 and len(set(served.values())) == 1, served
    leading = {word: _found(page, word) for word in ("pimpin", "pimpinan", "kepemimpinan")}
    assert leading["pimpin"] > 2 and len(set(leading.values())) == 1, leading
    assert _found(page, "berinovasi") == _found(page, "inovasi") > 10  # also a tag
    # The results highlight each word found once, and do not call the word searched
    # for missing (Material lists such words after "Tidak ada", struck through).
    results = str(page.locator(".md-search-result__list").inner_html())
    assert "<mark>" in results and "<mark><mark>" not in results
    assert "md-search-result__terms" not in results


def test_a_page_opened_from_a_search_result_highlights_the_word(served: Served, page: Any) -> None:
    """A result links to its page with ?h=word; the page loads the index at once to
    highlight the word (no waiting for the reader to touch the search box)."""
    page.goto(served.url("modul/konsep-pelayanan-publik/?h=pelayanan"))
    page.locator("article mark").first.wait_for()
    assert str(page.locator("article mark").first.inner_text()).lower() == "pelayanan"


def test_search_finds_indonesian_words_by_their_root(served: Served, page: Any) -> None:
    page.goto(served.url(""))
    _finds_by_root(page)


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_phone_shows_every_page_type_without_sideways_scrolling(
    served: Served, page: Any, name: str
) -> None:
    response = page.goto(served.url(PAGE_TYPES[name]))
    assert response.status == (404 if name == "not-found" else 200)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width}px wide on a 360px screen"
    screenshot(page, f"{name}-phone")
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, f"{name}-desktop")


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_page_asks_another_server_for_anything(served: Served, page: Any, name: str) -> None:
    origin = served.base.removesuffix(SUB_PATH)
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(origin) else elsewhere.append(request.url),
    )
    page.goto(served.url(PAGE_TYPES[name]), wait_until="networkidle")
    if name == "home":
        _search(page, "inovasi")
    assert elsewhere == []


def test_the_404_page_works_under_the_sub_path(served: Served, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    response = page.goto(served.url("modul/no-such-module/"))
    assert response.status == 404
    assert h1(page) == "404 \u2013 Halaman tidak ditemukan"
    # The stylesheets, scripts and images of the 404 page all load from the sub-path.
    assert failed == [served.url("modul/no-such-module/")]
    assert page.evaluate("document.styleSheets.length") >= 2
    page.get_by_role("link", name="Kembali ke beranda").click()
    assert page.url == served.base
    assert h1(page) == "Selamat Datang"


def test_printing_a_module_leaves_out_the_navigation(served: Served, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(served.url("modul/desain-inovasi/"))
    assert page.locator(".md-sidebar--primary").is_visible()
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} is printed"
    assert page.locator("article h1").is_visible()
    screenshot(page, "module-print")


def test_the_cohort_calendar_link_downloads_a_calendar(served: Served, page: Any) -> None:
    page.goto(served.url("angkatan/angkatan-ii-2027/"))
    with page.expect_download() as started:
        page.get_by_role("link", name="Unduh kalender").first.click()
    download = started.value
    assert download.suggested_filename == "angkatan-ii-2027.ics"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") > 10


def _any_search(page: Any, word: str) -> Any:
    """Type into the site's search, Material's or Zensical's (whose results are in
    a dialog of its own), and return the links of the results for the whole word."""
    page.locator("label.md-header__button[for=__search]").click()
    field = page.locator("input.md-search__input")
    if field.count():
        field.click()
    page.keyboard.type(word, delay=20)
    results = page.locator(
        f'.md-search-result__item > a[href*="h={word}"], a[role=option][href*="h={word}"]'
    )
    results.first.wait_for()
    return results


def test_the_offline_copy_works_from_files_with_search(offline_site: Path, page: Any) -> None:
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith("file://") else elsewhere.append(request.url)
        ),
    )
    page.goto(offline_site.as_uri())
    assert h1(page) == "Selamat Datang"
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-sidebar--primary").get_by_role("link", name="Kurikulum").first.click()
    assert h1(page) == "Pelatihan Pelayanan Publik Berorientasi Inovasi"
    assert page.url == (offline_site.parent / "program" / "index.html").as_uri()
    results = _any_search(page, "prototipe")
    module = results.and_(page.locator('[href*="/modul/desain-inovasi.html"]')).first
    module.click()
    assert h1(page) == "Desain Inovasi Pelayanan Publik"
    assert page.url.startswith("file://")
    engine = offline_site.parents[2].name.removeprefix("offline-").rstrip("0123456789")
    screenshot(page, f"offline-module-phone-{engine}")
    if engine != "zensical":  # Zensical's search is its own, and English only
        _finds_by_root(page)
    # A material page shows its figure and offers its download from files too.
    page.goto((offline_site.parent / "modul" / "diagnosis-inovasi" / "siklus-5d.html").as_uri())
    assert h1(page) == "Siklus 5D Laboratorium Inovasi"
    figure = page.locator("article img").first
    figure.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=figure.element_handle()
    )
    page.goto((offline_site.parent / "modul" / "berpikir-kreatif.html").as_uri())
    handout = page.get_by_role("link", name="Handout Berpikir Kreatif")
    target = handout.evaluate("link => link.href")
    assert target.startswith("file://") and Path(unquote(urlsplit(target).path)).is_file()
    assert elsewhere == []


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_accessibility_has_no_serious_or_critical_violation(
    served: Served, page: Any, name: str
) -> None:
    axe = node_package("axe-core") / "axe.min.js"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(served.url(PAGE_TYPES[name]))
        page.add_script_tag(path=str(axe))
        found = page.evaluate("async () => (await axe.run(document)).violations")
        serious = [
            f"{violation['impact']} {violation['id']}: {violation['help']} "
            f"({len(violation['nodes'])}x, first: {violation['nodes'][0]['target']})"
            for violation in found
            if violation["impact"] in {"serious", "critical"}
        ]
        assert serious == [], f"{name} ({scheme}):\n" + "\n".join(serious)


def _first_visit_bytes(page: Any, address: str) -> dict[str, int]:
    """Every file a first visit loads, with the bytes it takes on the wire."""
    loaded: dict[str, int] = {}

    def measure(response: Any) -> None:
        if response.request.method == "GET" and response.status == 200:
            body = response.body()
            kind = response.headers.get("content-type", "")
            compressed = kind.startswith(COMPRESSED)
            loaded[response.url] = len(gzip.compress(body, 6) if compressed else body)

    page.on("response", measure)
    page.goto(address, wait_until="networkidle")
    page.wait_for_timeout(300)  # anything Material's script asks for after the load
    return loaded


@pytest.mark.parametrize("name", PAGE_WEIGHT_BUDGET)
def test_first_visit_weight_stays_within_budget(served: Served, page: Any, name: str) -> None:
    loaded = _first_visit_bytes(page, served.url(PAGE_TYPES[name]))
    total = sum(loaded.values())
    listing = "\n".join(f"{size:>9,} {url}" for url, size in sorted(loaded.items()))
    print(f"\n{name}: {total:,} bytes gzip\n{listing}")
    assert total <= PAGE_WEIGHT_BUDGET[name], (
        f"a first visit of the {name} page downloads {total:,} bytes, over its budget of "
        f"{PAGE_WEIGHT_BUDGET[name]:,}:\n{listing}"
    )


def test_the_organizer_guide_states_the_budget() -> None:
    guide = (REPOSITORY / "docs" / "panduan-penyelenggara.md").read_text(encoding="utf-8")
    for budget in set(PAGE_WEIGHT_BUDGET.values()):
        assert f"**{budget:,} bita**".replace(",", ".") in guide


def test_the_search_index_is_fetched_only_when_the_reader_searches(
    served: Served, page: Any
) -> None:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(served.url("modul/desain-inovasi/"), wait_until="networkidle")
    page.wait_for_timeout(500)
    assert not any("search_index" in url for url in asked)
    with page.expect_response(lambda response: "search_index.json" in response.url):
        addresses = _search(page, "prototipe")
    assert any("modul/desain-inovasi/" in address for address in addresses), addresses


def test_program_and_cohort_pages_carry_course_data(served: Served, page: Any) -> None:
    page.goto(served.url("program/"))
    (program,) = [
        json.loads(text)
        for text in page.locator('script[type="application/ld+json"]').all_text_contents()
    ]
    assert program["@type"] == "Course"
    assert program["url"] == served.url("program/")
    instances = {instance["name"] for instance in program["hasCourseInstance"]}
    assert instances == {"Angkatan I Tahun 2019", "Angkatan II Tahun 2027"}
    page.goto(served.url("angkatan/angkatan-ii-2027/"))
    (cohort,) = [
        json.loads(text)
        for text in page.locator('script[type="application/ld+json"]').all_text_contents()
    ]
    (instance,) = cohort["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance"
    assert (instance["startDate"], instance["endDate"]) == ("2027-02-01", "2027-04-13")
    assert page.locator('meta[property="og:url"]').get_attribute("content") == served.url(
        "angkatan/angkatan-ii-2027/"
    )
