"""The course home on the sample site's home page, in a real browser at phone size:
the cohort of the moment and its day, by the page's clock, in the cohort's own time
zone wherever the reader is; without JavaScript, the cohorts and where to start.
Fixtures and helpers are those of test_browser.py."""

# The fixtures of test_browser.py are imported, and taken again as arguments; the
# page's dashes are en dashes.
# ruff: noqa: F811, RUF001
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import node_package
from tests.test_browser import (  # noqa: F401
    PHONE,
    SUB_PATH,
    Served,
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
    assert "Mata pelatihan sesi berikutnya: Berpikir Kreatif dalam Pelayanan" in start.inner_text()
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
    assert "Hari ini, Selasa, 16 Februari 2027" in text
    assert "08.00–13.45 WITA" in text


def test_before_the_first_cohort_the_home_shows_the_next(served: Served, reader: Any) -> None:
    tab = reader(datetime.fromisoformat("2019-01-07T09:00:00+07:00"))
    tab.goto(served.url(""))
    text = panel_text(live(tab))
    assert "Angkatan I Tahun 2019" in text
    assert "Dimulai Senin, 18 Maret 2019" in text
    assert "Sesi berikutnya, Senin, 18 Maret 2019" in text
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
