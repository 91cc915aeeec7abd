"""A worksheet filled in on a phone, in Chromium: the answers are typed into the
page, kept on the device across a reload, printed in place of the blank lines,
shared as text and erased on request, and none of it goes to any server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests import test_browser
from tests.conftest import node_package
from tests.test_browser import PHONE, SUB_PATH, Served, screenshot

# The fixtures of the browser tests: the served sample site, its offline copy,
# Chromium, and a fresh phone-sized tab.
served = test_browser.served
offline_site = test_browser.offline_site
browser = test_browser.browser
page = test_browser.page

SHEET = "lembar-kerja/studi-tiru/"
OTHER_SHEET = "lembar-kerja/jurnal-belajar/"
QUESTION = "Bagian rancangan inovasi Anda yang ingin diperkaya"
ANSWER = "Alur pengaduan daring.\nJam layanan akhir pekan."


@pytest.fixture
def sheet(served: Served, page: Any) -> Any:
    """The studi tiru worksheet open on a phone, its script done."""
    page.goto(served.url(SHEET), wait_until="networkidle")
    page.wait_for_selector("html.silabus-worksheet-live")
    return page


def _field(page: Any, label: str) -> Any:
    return page.get_by_label(label, exact=True)


def _fill_in(page: Any) -> None:
    _field(page, "Nama peserta").fill("Dewi Lestari")
    _field(page, "Tanggal").fill("2027-05-12")
    _field(page, QUESTION).fill(ANSWER)
    _field(page, "Temuan, baris 2").fill("Antrean daring")


def test_every_place_to_write_is_a_labelled_field_on_a_phone(sheet: Any) -> None:
    assert _field(sheet, "Nama peserta").is_visible()
    assert _field(sheet, "Unit kerja").is_visible()
    assert _field(sheet, "Tanggal").get_attribute("type") == "date"
    assert _field(sheet, QUESTION).evaluate("field => field.tagName") == "TEXTAREA"
    assert _field(sheet, "Bukti atau contoh, baris 5").is_visible()
    # The blank lines give way to the fields on screen.
    assert not sheet.locator(".silabus-line").first.is_visible()
    assert sheet.get_by_text("tersimpan di perangkat ini saja").is_visible()
    width = sheet.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the worksheet is {width}px wide on a 360px screen"
    # Big enough to touch: every button and field outside a table is 44px high at least.
    for control in sheet.locator(
        ".silabus-worksheet__tools button, .silabus-prompt .silabus-field, "
        ".silabus-worksheet__identity .silabus-field"
    ).all():
        box = control.bounding_box()
        assert box["height"] >= 44, control.evaluate("e => e.outerHTML")


def test_an_answer_is_back_after_a_reload(sheet: Any) -> None:
    _fill_in(sheet)

    sheet.reload()

    assert _field(sheet, "Nama peserta").input_value() == "Dewi Lestari"
    assert _field(sheet, "Tanggal").input_value() == "2027-05-12"
    assert _field(sheet, QUESTION).input_value() == ANSWER
    assert _field(sheet, "Temuan, baris 2").input_value() == "Antrean daring"
    assert _field(sheet, "Temuan, baris 1").input_value() == ""
    screenshot(sheet, "worksheet-filled-phone")


def test_two_worksheets_keep_their_answers_apart(served: Served, sheet: Any) -> None:
    _fill_in(sheet)
    # The answer is kept under its question's name, not its place on the sheet.
    question = _field(sheet, QUESTION).get_attribute("data-silabus-field")
    assert question.startswith("q-")

    sheet.goto(served.url(OTHER_SHEET))

    assert _field(sheet, "Nama peserta").input_value() == ""
    keys = sheet.evaluate("Object.keys(localStorage)")
    assert f"silabus-worksheet:{SUB_PATH}:studi-tiru:{question}" in keys
    assert not any(":jurnal-belajar:" in key for key in keys)


def test_printing_shows_the_answers_in_place_of_the_blank_lines(sheet: Any) -> None:
    _fill_in(sheet)
    answered = sheet.locator(".silabus-prompt").filter(has_text=QUESTION)
    empty = sheet.locator(".silabus-prompt").filter(has_text="Pertanyaan kunci")

    sheet.emulate_media(media="print")

    printed = answered.locator(".silabus-answer")
    assert printed.is_visible()
    assert printed.inner_text() == ANSWER  # with its line break
    assert not answered.locator(".silabus-line").first.is_visible()
    assert empty.locator(".silabus-line").count() == 4
    assert empty.locator(".silabus-line").first.is_visible()
    assert not sheet.locator(".silabus-field").first.is_visible()
    assert not sheet.locator(".silabus-worksheet__tools").is_visible()
    identity = sheet.locator(".silabus-worksheet__identity")
    assert "Dewi Lestari" in identity.inner_text()
    assert "12 Mei 2027" in identity.inner_text()
    cell = sheet.locator("table.silabus-worksheet-table td.silabus-filled")
    assert cell.inner_text() == "Antrean daring"
    screenshot(sheet, "worksheet-filled-print")


def test_the_print_button_opens_the_print_dialog(sheet: Any) -> None:
    sheet.evaluate("window.print = () => { window.printed = true; }")

    sheet.get_by_role("button", name="Cetak / simpan PDF").click()

    assert sheet.evaluate("window.printed") is True


def test_erasing_asks_first_and_then_clears_every_answer(sheet: Any) -> None:
    _fill_in(sheet)
    asked: list[str] = []

    def answer(dialog: Any, accept: bool) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    sheet.once("dialog", lambda dialog: answer(dialog, False))
    sheet.get_by_role("button", name="Hapus jawaban saya").click()
    assert _field(sheet, QUESTION).input_value() == ANSWER

    sheet.once("dialog", lambda dialog: answer(dialog, True))
    sheet.get_by_role("button", name="Hapus jawaban saya").click()

    assert asked == ["Hapus semua jawaban lembar kerja ini dari perangkat ini?"] * 2
    assert sheet.get_by_role("status").inner_text() == (
        "Jawaban Anda sudah dihapus dari perangkat ini."
    )
    assert _field(sheet, QUESTION).input_value() == ""
    sheet.reload()
    assert _field(sheet, "Nama peserta").input_value() == ""
    keys = sheet.evaluate("Object.keys(localStorage)")
    assert [key for key in keys if key.startswith("silabus-worksheet:")] == []
    sheet.emulate_media(media="print")
    assert sheet.locator(".silabus-line").first.is_visible()


SHARED = """Lembar Kerja Studi Tiru

Nama peserta: Dewi Lestari
Unit kerja: (belum diisi)
Angkatan: (belum diisi)
Tanggal: 12 Mei 2027

1. Persiapan

Bagian rancangan inovasi Anda yang ingin diperkaya
Alur pengaduan daring.
Jam layanan akhir pekan.

Pertanyaan kunci untuk pengelola inovasi
(belum diisi)

2. Pengamatan di lokus

Baris 2
- Temuan: Antrean daring

3. Faktor keberhasilan
"""


def test_sharing_hands_the_answers_as_text_to_the_phone_share_sheet(
    served: Served, page: Any
) -> None:
    page.add_init_script(
        "navigator.share = data => { window.shared = data; return Promise.resolve(); };"
    )
    page.goto(served.url(SHEET))
    _fill_in(page)

    page.get_by_role("button", name="Bagikan sebagai teks").click()

    shared = page.evaluate("window.shared")
    assert shared["title"] == "Lembar Kerja Studi Tiru"
    assert shared["text"].startswith(SHARED)
    assert page.get_by_role("status").inner_text() == "Jawaban dibagikan."


def test_sharing_without_a_share_sheet_copies_the_text(served: Served, sheet: Any) -> None:
    sheet.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=served.base.removesuffix(SUB_PATH)
    )
    sheet.evaluate("delete Navigator.prototype.share")  # as on most laptops
    _fill_in(sheet)

    sheet.get_by_role("button", name="Bagikan sebagai teks").click()

    assert sheet.get_by_role("status").inner_text() == (
        "Jawaban disalin sebagai teks. Tempelkan di pesan atau surel."
    )
    assert sheet.evaluate("navigator.clipboard.readText()").startswith(SHARED)


def test_filling_in_printing_sharing_and_erasing_send_nothing(sheet: Any) -> None:
    requests: list[str] = []
    sheet.on("request", lambda request: requests.append(request.url))
    sheet.evaluate("navigator.share = () => Promise.resolve()")
    _fill_in(sheet)
    sheet.get_by_role("button", name="Bagikan sebagai teks").click()
    sheet.evaluate("window.print = () => {}")
    sheet.get_by_role("button", name="Cetak / simpan PDF").click()
    sheet.once("dialog", lambda dialog: dialog.accept())
    sheet.get_by_role("button", name="Hapus jawaban saya").click()
    sheet.wait_for_timeout(300)

    assert requests == []


def test_without_javascript_the_page_is_the_blank_sheet(served: Served, browser: Any) -> None:
    context = browser.new_context(viewport=PHONE, locale="id-ID", java_script_enabled=False)
    try:
        blank = context.new_page()
        blank.goto(served.url(SHEET))
        assert blank.locator(".silabus-line").first.is_visible()
        assert not blank.locator(".silabus-field").first.is_visible()
        assert not blank.get_by_role("button", name="Hapus jawaban saya").is_visible()
        blank.emulate_media(media="print")
        assert blank.locator(".silabus-line").first.is_visible()
        assert blank.get_by_role("columnheader", name="Temuan").is_visible()
    finally:
        context.close()


def test_the_filled_in_worksheet_has_no_accessibility_violation(sheet: Any) -> None:
    axe = node_package("axe-core") / "axe.min.js"
    _fill_in(sheet)
    for scheme in ("light", "dark"):
        sheet.emulate_media(color_scheme=scheme)
        sheet.reload()  # the theme takes its colours from the scheme as the page loads
        sheet.wait_for_selector("html.silabus-worksheet-live")
        sheet.add_script_tag(path=str(axe))
        found = sheet.evaluate(
            "async () => (await axe.run(document.querySelector('article'))).violations"
        )
        assert found == [], f"{scheme}:\n" + json.dumps(found, indent=1)[:3000]


def test_the_offline_copy_keeps_the_answers_from_files(offline_site: Path, page: Any) -> None:
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith("file://") else elsewhere.append(request.url)
        ),
    )
    worksheet = offline_site.parent / "lembar-kerja" / "studi-tiru.html"
    page.goto(worksheet.as_uri())
    _field(page, QUESTION).fill(ANSWER)

    page.reload()

    assert _field(page, QUESTION).input_value() == ANSWER
    page.emulate_media(media="print")
    assert page.locator(".silabus-filled .silabus-answer").first.inner_text() == ANSWER
    assert elsewhere == []


def test_where_nothing_can_copy_the_text_is_shown_to_copy_by_hand(sheet: Any) -> None:
    sheet.evaluate(
        """() => {
            delete Navigator.prototype.share;
            navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
            document.execCommand = () => false;
        }"""
    )
    _fill_in(sheet)

    sheet.get_by_role("button", name="Bagikan sebagai teks").click()

    copy = "Salin teks jawaban ini, lalu tempelkan di pesan atau surel."
    assert sheet.get_by_role("status").inner_text() == copy
    assert sheet.get_by_label(copy).input_value().startswith(SHARED)
