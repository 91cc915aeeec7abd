"""Marks of the pages studied in a real browser, at 360 px: a participant marks a material
page and a module page, the marks survive a reload, the lists of modules show
them, the program page counts them, and clearing removes them; on the site
published under a sub-path and in the offline copy opened from files. The marks
stay in the browser: no request leaves the site."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import test_browser, test_browser_first_paint
from tests.conftest import node_package
from tests.test_browser import PHONE, Served, h1, screenshot

# The sample site served under a sub-path, its offline copies and the browser.
served = test_browser.served
offline_site = test_browser.offline_site
browser = test_browser.browser

MATERIAL = "modul/diagnosis-inovasi/siklus-5d/"
MODULE = "modul/diagnosis-inovasi/"
AGENDA = "agenda/laboratorium-inovasi/"
MODULES = 11  # in the sample curriculum
MARKED_ON = re.compile(r"^Sudah dipelajari, ditandai \d{1,2} \w+ \d{4}$")


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh phone-sized tab, nothing stored; every address it asks for is kept in
    `page.asked`."""
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    asked: list[str] = []
    opened.on("request", lambda request: asked.append(request.url))
    opened.asked = asked
    yield opened
    context.close()


def toggle(page: Any) -> Any:
    return page.get_by_role("button", name="Tandai sudah dipelajari")


def studied_links(page: Any) -> list[str]:
    """The links in the page's content that show the check mark, by their text."""
    return [
        " ".join(str(text).replace("\u2713", "").split())
        for text in page.locator("article a:has(.silabus-studied)").all_inner_texts()
    ]


def summary(page: Any) -> str:
    return str(page.locator(".silabus-progress-summary__count").inner_text())


def mark(page: Any) -> None:
    button = toggle(page)
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert MARKED_ON.match(str(page.locator(".silabus-progress__when").inner_text()))


def test_a_page_marked_studied_stays_marked_and_shows_in_the_lists(
    served: Served, page: Any
) -> None:
    page.goto(served.url(MATERIAL))
    mark(page)
    page.reload()
    assert toggle(page).get_attribute("aria-pressed") == "true"
    page.goto(served.url(MODULE))
    # The module's list of its materials checks the one studied, with words for a
    # screen reader.
    assert studied_links(page) == ["Siklus 5D Laboratorium Inovasi (sudah dipelajari)"]
    mark(page)
    page.reload()
    assert toggle(page).get_attribute("aria-pressed") == "true"
    screenshot(page, "progress-module-phone")
    page.goto(served.url(AGENDA))
    assert studied_links(page) == ["Diagnosis Inovasi Pelayanan Publik (sudah dipelajari)"]
    page.goto(served.url("program/"))
    assert summary(page) == f"1 dari {MODULES} mata pelatihan sudah dipelajari"
    bar = page.get_by_role("progressbar")
    assert (bar.get_attribute("value"), bar.get_attribute("max")) == ("1", str(MODULES))
    assert bar.evaluate("bar => bar.labels.length || bar.getAttribute('aria-labelledby')")
    assert studied_links(page) == ["Diagnosis Inovasi Pelayanan Publik (sudah dipelajari)"]
    screenshot(page, "progress-program-phone")
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, "progress-program-desktop")
    # Kept under the address of the site's root, which the published site has below
    # a sub-path.
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('silabus-'))")
    assert stored == [f"silabus-progress:{served.base}"]
    assert all(url.startswith(served.base) for url in page.asked), page.asked


def test_a_mark_is_taken_back_by_pressing_again(served: Served, page: Any) -> None:
    page.goto(served.url(MODULE))
    mark(page)
    toggle(page).click()
    assert toggle(page).get_attribute("aria-pressed") == "false"
    assert page.locator(".silabus-progress__when").inner_text() == ""
    page.goto(served.url("program/"))
    assert summary(page) == f"0 dari {MODULES} mata pelatihan sudah dipelajari"
    assert not page.get_by_role("button", name="Hapus tanda kemajuan saya").is_visible()


def test_clearing_asks_first_and_then_removes_every_mark(served: Served, page: Any) -> None:
    for address in (MATERIAL, MODULE):
        page.goto(served.url(address))
        mark(page)
    page.goto(served.url("program/"))
    clear = page.get_by_role("button", name="Hapus tanda kemajuan saya")
    asked: list[str] = []

    def answer(dialog: Any, accept: bool) -> None:
        asked.append(dialog.message)
        if accept:
            dialog.accept()
        else:
            dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    clear.click()
    assert asked == [
        "Hapus semua tanda \u201csudah dipelajari\u201d di peramban ini? Tanda yang sudah "
        "dihapus tidak dapat dikembalikan."
    ]
    assert summary(page) == f"1 dari {MODULES} mata pelatihan sudah dipelajari"
    page.once("dialog", lambda dialog: answer(dialog, accept=True))
    clear.click()
    assert summary(page) == f"0 dari {MODULES} mata pelatihan sudah dipelajari"
    assert studied_links(page) == []
    assert page.evaluate("document.activeElement.id") == "silabus-progress-count"
    page.goto(served.url(MODULE))
    assert toggle(page).get_attribute("aria-pressed") == "false"
    assert studied_links(page) == []
    page.goto(served.url(MATERIAL))
    assert toggle(page).get_attribute("aria-pressed") == "false"
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('silabus-'))") == []


def test_without_javascript_no_toggle_or_count_shows(served: Served, browser: Any) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        for address in (MODULE, MATERIAL, "program/"):
            page.goto(served.url(address))
            assert page.get_by_role("button").filter(has_text="dipelajari").count() == 0
            assert not page.locator(".silabus-progress-summary").is_visible()
    finally:
        context.close()


def test_the_print_page_has_no_toggle(served: Served, page: Any) -> None:
    page.goto(served.url("cetak/"))
    assert page.locator(".silabus-progress, .silabus-progress-summary").count() == 0
    assert not any("silabus-progress.js" in url for url in page.asked)


def test_a_marked_page_prints_without_its_toggle(served: Served, page: Any) -> None:
    page.goto(served.url(MODULE))
    mark(page)
    page.emulate_media(media="print")
    assert not toggle(page).is_visible()


def test_marks_work_in_the_offline_copy(offline_site: Path, page: Any) -> None:
    folder = offline_site.parent
    material = folder / "modul" / "diagnosis-inovasi" / "siklus-5d.html"
    page.goto(material.as_uri())
    assert h1(page) == "Siklus 5D Laboratorium Inovasi"
    mark(page)
    page.reload()
    assert toggle(page).get_attribute("aria-pressed") == "true"
    page.goto((folder / "modul" / "diagnosis-inovasi.html").as_uri())
    assert studied_links(page) == ["Siklus 5D Laboratorium Inovasi (sudah dipelajari)"]
    mark(page)
    page.goto((folder / "program" / "index.html").as_uri())
    assert summary(page) == f"1 dari {MODULES} mata pelatihan sudah dipelajari"
    assert studied_links(page) == ["Diagnosis Inovasi Pelayanan Publik (sudah dipelajari)"]
    # Two offline copies on one computer share the origin file://, not the marks.
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('silabus-'))")
    assert stored == [f"silabus-progress:{folder.as_uri()}/"]
    assert all(url.startswith("file://") for url in page.asked), page.asked


@pytest.mark.parametrize("address", [MODULE, MATERIAL, "program/", AGENDA])
def test_marked_pages_have_no_accessibility_violation(
    served: Served, page: Any, address: str
) -> None:
    axe = node_package("axe-core") / "axe.min.js"
    for marked in (MATERIAL, MODULE):
        page.goto(served.url(marked))
        mark(page)
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(served.url(address))
        page.add_script_tag(path=str(axe))
        found = page.evaluate(
            "async () => (await axe.run(document.querySelector('article'))).violations"
        )
        problems = [
            f"{violation['impact']} {violation['id']}: {violation['help']} "
            f"({len(violation['nodes'])}x, first: {violation['nodes'][0]['target']})"
            for violation in found
        ]
        assert problems == [], f"{address} ({scheme}):\n" + "\n".join(problems)


# Every layout shift of the page, as Chromium reports it (the first paint tests').
_SHIFTS = test_browser_first_paint._SHIFTS

# Each time the text of a live region changes (on a page already shown), what a screen
# reader would announce: the text set, as the script sets it.
_ANNOUNCED = """
window.silabusAnnounced = [];
const text = Object.getOwnPropertyDescriptor(Node.prototype, "textContent");
Object.defineProperty(Node.prototype, "textContent", {
  configurable: true,
  get() { return text.get.call(this); },
  set(value) {
    if (this.isConnected && this.closest && this.closest("[aria-live]") && value) {
      window.silabusAnnounced.push(String(value));
    }
    text.set.call(this, value);
  },
});
"""


def _script_late(page: Any) -> None:
    """The progress script arrives half a second late, as on a slow link: the page is
    painted before it runs."""

    def late(route: Any) -> None:
        time.sleep(0.5)
        route.continue_()

    page.route("**/silabus-progress.js", late)


@pytest.mark.parametrize("marked", [False, True], ids=["unmarked", "marked"])
@pytest.mark.parametrize("address", [MODULE, MATERIAL, "program/"])
def test_the_toggle_and_count_appear_without_moving_the_page(
    served: Served, page: Any, address: str, marked: bool
) -> None:
    if marked:
        for studied in (MODULE, MATERIAL):
            page.goto(served.url(studied))
            mark(page)
    _script_late(page)
    page.add_init_script(_SHIFTS)

    page.goto(served.url(address), wait_until="commit")
    painted = page.evaluate(
        "new Promise(done => requestAnimationFrame(() => setTimeout(() => done("
        "!document.querySelector('.silabus-progress__toggle, .silabus-progress-summary__count')"
        "), 0)))"
    )
    page.wait_for_selector(".silabus-progress__toggle, .silabus-progress-summary__count")
    page.wait_for_timeout(300)

    assert painted, "the script ran before the page was painted: nothing measured"
    assert page.evaluate("window.silabusShifts") == []
    if address == "program/":
        # Below the list of modules, where the count does not push the list down.
        count = page.locator(".silabus-progress-summary").bounding_box()
        last = page.locator("article li a").nth(MODULES - 1).bounding_box()
        assert count["y"] > last["y"]


def test_only_what_changes_after_loading_is_announced(served: Served, page: Any) -> None:
    page.goto(served.url(MODULE))
    mark(page)
    page.add_init_script(_ANNOUNCED)

    # On loading, the page says "marked on ..." and counts the modules studied with
    # the rest of the page; a screen reader does not interrupt to read them out.
    page.goto(served.url(MODULE), wait_until="networkidle")
    assert toggle(page).get_attribute("aria-pressed") == "true"
    assert page.locator(".silabus-progress__when").get_attribute("aria-live") == "polite"
    assert page.evaluate("window.silabusAnnounced") == []
    page.goto(served.url("program/"), wait_until="networkidle")
    assert summary(page) == f"1 dari {MODULES} mata pelatihan sudah dipelajari"
    assert page.locator("#silabus-progress-count").get_attribute("aria-live") == "polite"
    assert page.evaluate("window.silabusAnnounced") == []

    # What the participant changes is.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Hapus tanda kemajuan saya").click()
    assert page.evaluate("window.silabusAnnounced") == [
        f"0 dari {MODULES} mata pelatihan sudah dipelajari"
    ]
    page.goto(served.url(MODULE), wait_until="networkidle")
    toggle(page).click()
    (announced,) = page.evaluate("window.silabusAnnounced")
    assert MARKED_ON.match(announced)
