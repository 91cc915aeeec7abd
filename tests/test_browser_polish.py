"""The phone polish in a real browser at 360 px (see test_browser for the served
sample and Chromium): the header's title readable, tables in the body's type size,
the index pages of agendas and modules, and the print button."""

from __future__ import annotations

from typing import Any

from tests.test_browser import PHONE, Served, browser, page, screenshot, served

__all__ = ["browser", "page", "served"]  # fixtures shared with test_browser

INDEX_PAGES = {"agendas": "agenda/", "modules": "modul/"}


def test_the_header_shows_the_whole_program_name(served: Served, page: Any) -> None:
    for address in ("program/", "modul/tantangan-peluang-pelayanan-prima/", "cetak/"):
        page.goto(served.url(address))
        title = page.locator(".md-header__topic").first.locator(".md-ellipsis")
        cut = title.evaluate("(element) => element.scrollHeight > element.clientHeight + 1")
        assert not cut, f"{address}: the header cuts {title.inner_text()!r}"


def test_tables_use_a_readable_type_size_on_a_phone(served: Served, page: Any) -> None:
    page.goto(served.url("program/"))
    size = page.locator("article table").first.evaluate(
        "(table) => parseFloat(getComputedStyle(table).fontSize)"
    )
    assert size >= 14
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_the_index_pages_of_agendas_and_modules_on_a_phone(served: Served, page: Any) -> None:
    for name, address in INDEX_PAGES.items():
        response = page.goto(served.url(address))
        assert response.status == 200
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(page, f"{name}-phone")
    page.locator("article").get_by_role("link", name="Studi Tiru Inovasi Pelayanan Publik").click()
    assert page.url == served.url("modul/studi-tiru/")


def test_the_print_button_prints_and_is_not_printed(served: Served, page: Any) -> None:
    page.goto(served.url("cetak/"))
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    button = page.get_by_role("button", name="Cetak atau simpan sebagai PDF")
    button.click()
    assert page.evaluate("window.printed") == 1
    assert "Ctrl+P" not in str(page.locator("article").inner_text())
    page.emulate_media(media="print")
    assert not button.is_visible()


def test_without_scripts_the_print_page_says_how_to_print(browser: Any, served: Served) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    opened = context.new_page()
    opened.goto(served.url("cetak/"))
    assert "Cetak lewat menu peramban atau dengan Ctrl+P." in opened.locator("article").inner_text()
    context.close()
