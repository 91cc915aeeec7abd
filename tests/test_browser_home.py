"""The course home on the sample site's home page, in a real browser at phone size:
the cohort of the moment and its day, by the page's clock, in the cohort's own time
zone wherever the reader is; without JavaScript, the cohorts and where to start.
Fixtures and helpers are those of test_browser.py."""

# The fixtures of test_browser.py are imported, and taken again as arguments; the
# page's dashes are en dashes.
# ruff: noqa: F811, RUF001
from __future__ import annotations

import http.server
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import copy_sample, node_package
from tests.test_browser import (  # noqa: F401
    PHONE,
    SUB_PATH,
    Served,
    _SubPathSite,
    browser,
    offline_site,
    screenshot,
    served,
)

# Tuesday 16 February 2027, 10:00 in Makassar (WITA, UTC+8): a classroom day of
# Angkatan II, during its second session of Berpikir Kreatif.
IN_ANGKATAN_II = datetime.fromisoformat("2027-02-16T10:00:00+08:00")


@pytest.fixture
def reader(browser: Any) -> Iterator[Any]:
    """Opens a phone-sized tab with the clock at a given instant, in a given time
    zone, with or without JavaScript."""
    contexts: list[Any] = []

    def open_tab(
        moment: datetime | None = IN_ANGKATAN_II,
        timezone: str = "Asia/Makassar",
        javascript: bool = True,
    ) -> Any:
        context = browser.new_context(
            viewport=PHONE, locale="id-ID", timezone_id=timezone, java_script_enabled=javascript
        )
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        if moment is not None:
            tab.clock.set_fixed_time(moment)
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def panel_text(tab: Any) -> str:
    return str(tab.locator(".silabus-home").inner_text())


def live(tab: Any) -> Any:
    """The tab once the script has shown the course home."""
    tab.locator(".silabus-home__now--live").wait_for()
    return tab


def test_the_home_shows_the_day_of_angkatan_ii_by_the_clock(served: Served, reader: Any) -> None:
    tab = reader()
    tab.goto(served.url(""))
    text = panel_text(live(tab))
    panel = tab.locator(".silabus-home")
    assert "Angkatan II Tahun 2027" in text
    assert "Sedang berlangsung, 1 Feb–13 Apr 2027" in text
    assert "Tahap Klasikal, 15–26 Feb 2027" in text
    assert "Hari ini, Selasa, 16 Februari 2027" in text
    # The day's sessions of one module in a row are one item, at the cohort's times.
    sessions = panel.locator(".silabus-home__sessions").first.locator("li")
    assert sessions.count() == 2
    now = panel.locator(".silabus-home__session--now")
    assert "08.00–13.45 WITA" in now.inner_text()
    assert "Sedang berlangsung" in now.inner_text()
    assert "Ruang Anggrek · Widyaiswara: Dr. Andi Pratama, M.Si." in now.inner_text()
    now.get_by_role("link", name="Berpikir Kreatif dalam Pelayanan").click()
    assert tab.url == served.url("modul/berpikir-kreatif/")


def test_the_home_shows_the_next_sessions_and_the_weeks_materials(
    served: Served, reader: Any
) -> None:
    tab = reader()
    tab.goto(served.url(""))
    text = panel_text(live(tab))
    assert "Sesi berikutnya, Rabu, 17 Februari 2027" in text
    assert "Bahan pekan ini" in text
    week = tab.locator(".silabus-home__week")
    module = week.get_by_role("link", name="Berpikir Kreatif dalam Pelayanan", exact=True)
    assert module.count() == 1
    assert "Lembar kerja:" in week.inner_text() or "Materi:" in week.inner_text()
    start = tab.locator(".silabus-home__first")
    assert (
        "Mata pelatihan sesi yang sedang berlangsung: Berpikir Kreatif dalam Pelayanan"
        in start.inner_text()
    )
    screenshot(tab, "home-session-day-phone")
    tab.set_viewport_size({"width": 1280, "height": 800})
    screenshot(tab, "home-session-day-desktop")


def test_the_mark_moves_to_the_next_session_while_the_page_stays_open(
    served: Served, reader: Any
) -> None:
    tab = reader(None)
    tab.clock.install(time=datetime.fromisoformat("2027-02-16T13:40:00+08:00"))
    tab.goto(served.url(""))
    now = live(tab).locator(".silabus-home__session--now")
    assert "08.00–13.45 WITA" in now.inner_text()
    tab.clock.run_for("10:00")
    assert "13.45–16.15 WITA" in now.inner_text()
    assert tab.locator(".silabus-home__session--now").count() == 1


def test_a_reader_on_another_continent_sees_the_cohorts_day(served: Served, reader: Any) -> None:
    # 10:00 in Makassar is still Monday 15 February, 18:00, in Los Angeles.
    tab = reader(timezone="America/Los_Angeles")
    tab.goto(served.url(""))
    assert tab.evaluate("new Date().getDate()") == 15
    text = panel_text(live(tab))
    # "Today" is the cohort's date, which the heading says.
    assert "Hari ini menurut WITA, Selasa, 16 Februari 2027" in text
    assert "08.00–13.45 WITA" in text


def test_before_the_cohort_the_home_shows_the_next(served: Served, reader: Any) -> None:
    # The site is built after Angkatan I ended: its days are not in the page.
    tab = reader(datetime.fromisoformat("2027-01-07T09:00:00+08:00"))
    tab.goto(served.url(""))
    text = panel_text(live(tab))
    assert "Angkatan II Tahun 2027" in text
    assert "Dimulai Senin, 1 Februari 2027" in text
    assert "Sesi berikutnya, Senin, 1 Februari 2027" in text
    assert "Hari ini" not in text


def test_after_the_last_cohort_the_home_says_it_has_ended(served: Served, reader: Any) -> None:
    tab = reader(datetime.fromisoformat("2028-01-10T09:00:00+08:00"))
    tab.goto(served.url(""))
    text = panel_text(live(tab))
    assert "Angkatan II Tahun 2027" in text
    assert "Angkatan terakhir, sudah selesai pada Selasa, 13 April 2027" in text
    assert "Sesi berikutnya" not in text


def test_without_javascript_the_home_lists_the_cohorts(served: Served, reader: Any) -> None:
    tab = reader(None, javascript=False)
    tab.goto(served.url(""))
    panel = tab.locator(".silabus-home")
    assert panel.get_by_role("link", name="Angkatan II Tahun 2027").count() == 1
    assert panel.get_by_role("link", name="Konsep Pelayanan Publik").count() == 1
    assert panel.get_by_role("link", name="Panduan peserta").count() == 1
    screenshot(tab, "home-without-javascript-phone")
    tab.set_viewport_size({"width": 1280, "height": 800})
    screenshot(tab, "home-without-javascript-desktop")


def test_the_script_does_not_move_the_page_below_the_panel(served: Served, reader: Any) -> None:
    tab = reader()
    tab.goto(served.url(""))
    live(tab)
    shifts = tab.evaluate(
        """() => new Promise(resolve => {
            new PerformanceObserver(list => resolve(list.getEntries().map(e => e.value)))
                .observe({type: "layout-shift", buffered: true});
            setTimeout(() => resolve([]), 500);
        })"""
    )
    assert sum(shifts) < 0.01, shifts


def test_the_home_asks_no_other_server(served: Served, reader: Any) -> None:
    origin = served.base.removesuffix(SUB_PATH)
    elsewhere: list[str] = []
    tab = reader()
    tab.on(
        "request",
        lambda request: None if request.url.startswith(origin) else elsewhere.append(request.url),
    )
    tab.goto(served.url(""), wait_until="networkidle")
    live(tab)
    assert elsewhere == []


def test_the_home_works_in_the_offline_copy(offline_site: Path, reader: Any) -> None:
    elsewhere: list[str] = []
    tab = reader()
    tab.on(
        "request",
        lambda request: (
            None if request.url.startswith("file://") else elsewhere.append(request.url)
        ),
    )
    tab.goto(offline_site.as_uri())
    text = panel_text(live(tab))
    assert "Hari ini, Selasa, 16 Februari 2027" in text
    tab.locator(".silabus-home__session--now").get_by_role("link").click()
    assert tab.url == (offline_site.parent / "modul" / "berpikir-kreatif.html").as_uri()
    assert elsewhere == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_course_home_has_no_accessibility_violation(
    served: Served, reader: Any, scheme: str
) -> None:
    tab = reader()
    tab.emulate_media(color_scheme=scheme)
    tab.goto(served.url(""))
    live(tab)
    tab.add_script_tag(path=str(node_package("axe-core") / "axe.min.js"))
    found = tab.evaluate("async () => (await axe.run('.silabus-home')).violations")
    assert [f"{violation['id']}: {violation['help']}" for violation in found] == []


def test_once_the_cohort_ends_the_home_points_to_the_first_module_again(
    served: Served, reader: Any
) -> None:
    tab = reader(None)
    tab.clock.install(time=datetime.fromisoformat("2027-04-13T07:00:00+08:00"))
    tab.goto(served.url(""))
    start = live(tab).locator(".silabus-home__first")
    assert "Mata pelatihan sesi berikutnya:" in start.inner_text()
    tab.clock.run_for("18:00:00")
    assert "sudah selesai pada Selasa, 13 April 2027" in panel_text(tab)
    assert start.inner_text() == "Mata pelatihan pertama: Konsep Pelayanan Publik"
    start.get_by_role("link").click()
    assert tab.url == served.url("modul/konsep-pelayanan-publik/")


def test_a_redraw_leaves_the_readers_focus_where_it_is(served: Served, reader: Any) -> None:
    tab = reader(None)
    tab.clock.install(time=datetime.fromisoformat("2027-02-16T13:40:00+08:00"))
    tab.goto(served.url(""))
    session = live(tab).locator(".silabus-home__session--now a")
    session.focus()
    tab.clock.run_for("10:00")
    focused = tab.evaluate("document.activeElement.textContent")
    assert focused == "Berpikir Kreatif dalam Pelayanan"
    assert tab.evaluate("document.activeElement.isConnected")
    # Once the focus leaves the panel, it shows the session of the moment.
    tab.locator("h1").first.click()
    tab.clock.run_for("00:01")
    now = tab.locator(".silabus-home__session--now")
    assert "13.45–16.15 WITA" in now.inner_text()


# Cohort III runs beside Angkatan II, in Jakarta, its timetable not yet written.
ANGKATAN_III = """\
id: angkatan-iii-2027
name: Angkatan III Tahun 2027
venue: Balai Pelatihan Wilayah Barat, Jakarta
timezone: Asia/Jakarta
start: 2027-02-08
end: 2027-03-12
participants: 30
phases:
  - kind: classroom
    start: 2027-02-08
    end: 2027-03-12
"""

# Counts the page's running intervals, to see that an old page's stop.
COUNT_INTERVALS = """
window.__intervals = new Set();
const setInterval = window.setInterval, clearInterval = window.clearInterval;
window.setInterval = function () {
  const id = setInterval.apply(window, arguments);
  window.__intervals.add(id);
  return id;
};
window.clearInterval = function (id) {
  window.__intervals.delete(id);
  return clearInterval.call(window, id);
};
"""


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def variant(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Served]:
    """The sample with a second cohort in progress beside Angkatan II, Material's
    instant navigation on, and the course home in the participant guide, a page
    written with Windows line endings, built by each engine and served."""
    project = copy_sample(tmp_path_factory.mktemp(f"home-{request.param}") / "project")
    project.write("curriculum/cohorts/angkatan-iii-2027.yml", ANGKATAN_III)
    guide = project.read("docs/panduan-peserta.md").replace(
        "# Panduan Peserta\n", "# Panduan Peserta\n\n<!-- silabus: course-home -->\n", 1
    )
    project.path("docs/panduan-peserta.md").write_bytes(guide.replace("\n", "\r\n").encode())
    site_dir = project.root / "site"
    handler = type("Handler", (_SubPathSite,), {"site_dir": site_dir})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: handler(*a, directory=str(site_dir))
    )
    base = f"http://127.0.0.1:{server.server_port}{SUB_PATH}"
    config = project.read("mkdocs.yml").replace(
        "    - navigation.indexes\n", "    - navigation.indexes\n    - navigation.instant\n", 1
    )
    project.write("mkdocs.yml", f"site_url: {base}\n{config}")
    if request.param == "mkdocs":
        built = project.mkdocs_build("--strict")
    else:
        built = project.run(sys.executable, "-m", "silabus", "build", "--engine", "zensical")
    assert built.returncode == 0, built.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(site_dir, base)
    server.shutdown()
    server.server_close()


def test_the_home_on_another_page_links_from_the_sites_root(variant: Served, reader: Any) -> None:
    tab = reader()
    tab.goto(variant.url("panduan-peserta/"))
    panel = live(tab).locator(".silabus-home")
    assert "Pelatihan Anda" in panel.inner_text()
    link = panel.locator(".silabus-home__session--now a")
    assert link.get_attribute("href") == variant.url("modul/berpikir-kreatif/")
    week = panel.locator(".silabus-home__week a").first
    assert week.get_attribute("href").startswith(variant.url("modul/"))
    link.click()
    tab.wait_for_url(variant.url("modul/berpikir-kreatif/"))


def test_the_reader_chooses_among_cohorts_in_progress(variant: Served, reader: Any) -> None:
    tab = reader()
    tab.goto(variant.url("panduan-peserta/"))
    panel = live(tab).locator(".silabus-home")
    chooser = panel.get_by_label("Pilih angkatan Anda")
    assert chooser.locator("option").all_inner_texts() == [
        "Angkatan II Tahun 2027",
        "Angkatan III Tahun 2027",
    ]
    assert "08.00–13.45 WITA" in panel.inner_text()
    screenshot(tab, "home-cohort-chooser-phone")
    chooser.select_option(label="Angkatan III Tahun 2027")
    text = panel.inner_text()
    assert "Jadwal sesi angkatan ini belum diumumkan." in text
    assert "Tidak ada sesi terjadwal hari ini." not in text
    assert "WITA" not in text
    assert tab.evaluate("document.activeElement.id") == "silabus-home-cohort"
    # The browser remembers the choice.
    tab.reload()
    live(tab)
    assert "Jadwal sesi angkatan ini belum diumumkan." in panel_text(tab)
    assert panel.get_by_label("Pilih angkatan Anda").input_value().startswith("angkatan/")


def test_instant_navigation_shows_the_home_live_and_stops_the_old_clock(
    variant: Served, reader: Any
) -> None:
    tab = reader(None)
    tab.clock.install(time=IN_ANGKATAN_II)
    tab.add_init_script(COUNT_INTERVALS)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    tab.goto(variant.url("panduan-peserta/"))
    live(tab)
    running = tab.evaluate("window.__intervals.size")
    for _ in range(2):
        tab.locator(".silabus-home__session--now a").click()
        tab.wait_for_url(variant.url("modul/berpikir-kreatif/"))
        tab.locator(".silabus-home").wait_for(state="detached")
        tab.go_back()
        tab.wait_for_url(variant.url("panduan-peserta/"))
        live(tab)
    # The page was shown in place, not loaded again.
    assert tab.evaluate("typeof window.__intervals") == "object"
    link = tab.locator(".silabus-home__session--now a")
    assert link.get_attribute("href") == variant.url("modul/berpikir-kreatif/")
    tab.clock.run_for("01:01")
    # No clock piles up: the panel shown now has its own, the panels gone have none
    # (a theme's own timers may have ended meanwhile).
    assert 1 <= tab.evaluate("window.__intervals.size") <= running
    assert errors == []
