"""What a phone shows first, and how soon: nothing of Silabus's holds back the first
paint, the stylesheet it sends minified is the one it is written as, and the cohort
page does not move under the reader's eyes when its script says which session is on.
(Search, which the script in each page holds back until it is used, is in
tests/test_browser.py; the Lighthouse figures in benchmarks/lighthouse.py.)"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import Any

from silabus.render.minify import minified_css
from tests import test_browser
from tests.test_browser import PAGE_TYPES, PHONE, Served, screenshot

# The browser suite's fixtures: the sample served under a sub-path, a phone-sized tab.
served = test_browser.served
browser = test_browser.browser
page = test_browser.page

COHORT = PAGE_TYPES["cohort"]
# Inside Angkatan II, in a session (its times are in WITA, UTC+8).
IN_A_SESSION = "2027-02-02T10:00:00+08:00"
_SHIFTS = """
window.silabusShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.silabusShifts.push(entry.value);
}).observe({ type: "layout-shift", buffered: true });
"""


def test_the_head_loads_no_script_from_a_file(served: Served, page: Any) -> None:
    """A script the head loads from a file holds back the first paint until it has
    come; Silabus's search script is in the page, right before Material's."""
    for name in ("home", "module", "cohort", "not-found"):
        page.goto(served.url(PAGE_TYPES[name]))
        assert page.locator("head script[src]").count() == 0, name
        assert page.locator("body > script#silabus-search-on-demand").count() == 1, name


def test_chromium_reads_the_minified_stylesheet_as_the_one_written(page: Any) -> None:
    written = files("silabus.render").joinpath("assets", "silabus.css").read_text(encoding="utf-8")
    rules = page.evaluate(
        """texts => texts.map(text => {
             const sheet = new CSSStyleSheet();
             sheet.replaceSync(text);
             return [...sheet.cssRules].map(rule => rule.cssText);
           })""",
        [written, minified_css(written)],
    )
    assert len(rules[0]) > 50
    # A custom property's value is kept as written; the minifier drops the spaces
    # after its commas, which mean nothing where the value is used.
    assert [_without_comma_spaces(rule) for rule in rules[1]] == [
        _without_comma_spaces(rule) for rule in rules[0]
    ]


def _without_comma_spaces(rule: str) -> str:
    return re.sub(r",\s+", ",", rule)


def test_the_cohort_page_does_not_move_when_it_marks_the_session_on(
    served: Served, page: Any
) -> None:
    page.clock.install(time=IN_A_SESSION)
    page.add_init_script(_SHIFTS)
    page.goto(served.url(COHORT), wait_until="networkidle")
    status = page.locator(".silabus-now")
    assert (
        status.locator(".silabus-now__line")
        .first.inner_text()
        .startswith("Sedang berlangsung: 09.45\N{EN DASH}12.00")
    )
    assert page.locator("tr.silabus-session--now").count() == 1
    assert page.locator("tr.silabus-session--next").count() == 1
    assert page.evaluate("window.silabusShifts") == []
    screenshot(page, "cohort-in-a-session-phone")


def test_on_a_wide_screen_the_cohort_page_does_not_move_either(served: Served, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.clock.install(time=IN_A_SESSION)
    page.add_init_script(_SHIFTS)
    page.goto(served.url(COHORT), wait_until="networkidle")
    assert page.locator(".silabus-now__line").count() == 2
    assert page.evaluate("window.silabusShifts") == []
    screenshot(page, "cohort-in-a-session-desktop")


def test_before_the_cohort_the_status_names_the_next_two_sessions(
    served: Served, page: Any
) -> None:
    page.clock.install(time="2027-01-20T09:00:00+08:00")
    page.goto(served.url(COHORT), wait_until="networkidle")
    lines = page.locator(".silabus-now__line").all_inner_texts()
    assert [line.split(":")[0] for line in lines] == ["Berikutnya", "Sesudahnya"]
    assert lines[0].startswith("Berikutnya: Senin, 1 Februari, ")


def test_after_the_cohort_the_status_says_it_is_over(served: Served, page: Any) -> None:
    page.clock.install(time="2027-06-01T09:00:00+08:00")
    page.goto(served.url(COHORT), wait_until="networkidle")
    assert page.locator(".silabus-now").inner_text().strip() == "Angkatan ini sudah selesai."
    assert page.locator("tr.silabus-session--next").count() == 0


def test_without_javascript_the_cohort_page_has_no_empty_status(
    browser: Any, served: Served
) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    opened = context.new_page()
    opened.goto(served.url(COHORT))
    assert not opened.locator(".silabus-now").is_visible()
    assert opened.locator("td.silabus-session__time").first.inner_text() == "07.30\N{EN DASH}08.00"
    context.close()
